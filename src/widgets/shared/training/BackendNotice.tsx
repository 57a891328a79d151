import type { BackendInfo } from '../../../ml/backend';

/** A visible notice when TF.js is not on the GPU, saying what that means for the reader. */
export function BackendNotice({ backend }: { backend?: BackendInfo }) {
  if (!backend || backend.backend === 'webgl') return null;
  const why = backend.fallbacks.find((f) => f.backend === 'webgl')?.reason;
  return (
    <p className="notice" role="status">
      Training on the <strong>{backend.backend}</strong> backend (the CPU), not the GPU: WebGL is not available
      {why ? ` (${why})` : ''}. Everything works, only more slowly.
    </p>
  );
}
