import { Component, Suspense, useContext, type ReactNode } from 'react';
import { PrintModeContext } from '../lib/print-mode';
import { useLang, useT } from '../i18n';
import { useHydrated } from '../lib/useHydrated';
import type { LabName } from './catalog';
import { labs } from './index';
import type { LabProps } from './lab-props';

/**
 * Shows a lab by name. Labs run only in the browser: the prerendered page and the first
 * client render show a placeholder, then the lab's chunk loads. `preset` is handed to the lab
 * (e.g. `<Lab name="mlp" preset="overfitting" />`); labs without presets ignore it.
 */
export function Lab({ name, preset }: { name: LabName } & LabProps) {
  const mounted = useHydrated();
  const t = useT();
  const lang = useLang();
  const printPage = useContext(PrintModeContext);
  const placeholder = (
    <div className="lab-placeholder" data-lab-placeholder={name}>
      <p>
        <strong>{t(`labs.${name}.title`)}</strong> {t('lab.loading')}
      </p>
    </div>
  );
  // On paper (and on the whole-book print page, where no lab starts) a description stands in.
  const printed = (
    <div className="lab-print" data-lab-print={name}>
      <p>
        <strong>{t('lab.printedTitle', { title: t(`labs.${name}.title`) })}</strong> {t(`labs.${name}.summary`)}{' '}
        {t('lab.printedRun')}{' '}
        <a href={`${import.meta.env.BASE_URL}${lang === 'zh' ? 'zh/' : ''}labs/${name}`}>{`/labs/${name}`}</a>.
      </p>
    </div>
  );
  if (!mounted || printPage) {
    return (
      <>
        {placeholder}
        {printed}
      </>
    );
  }
  const LabComponent = labs[name];
  return (
    <>
      <LabErrorBoundary name={name}>
        <Suspense fallback={placeholder}>
          <LabComponent preset={preset} />
        </Suspense>
      </LabErrorBoundary>
      {printed}
    </>
  );
}

class LabErrorBoundary extends Component<{ name: LabName; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return <LabFailed name={this.props.name} message={this.state.error.message} />;
    }
    return this.props.children;
  }
}

function LabFailed({ name, message }: { name: LabName; message: string }) {
  const t = useT();
  return (
    <div className="lab-placeholder" role="alert">
      {t('lab.failed', { title: t(`labs.${name}.title`), message })}
    </div>
  );
}
