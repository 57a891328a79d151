import { useT } from '../../../i18n';
import type { BackendInfo } from '../../../ml/backend';

/** A visible notice when TF.js is not on the GPU, saying what that means for the reader. */
export function BackendNotice({ backend }: { backend?: BackendInfo }) {
  const t = useT();
  if (!backend || backend.backend === 'webgl') return null;
  const why = backend.fallbacks.find((f) => f.backend === 'webgl')?.reason;
  return (
    <p className="notice" role="status">
      {t('lab.cpuBefore')}
      <strong>{backend.backend}</strong>
      {t('lab.cpuAfter', { why: why ? ` (${why})` : '' })}
    </p>
  );
}
