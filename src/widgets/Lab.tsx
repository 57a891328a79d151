import { Component, Suspense, type ReactNode } from 'react';
import { useHydrated } from '../lib/useHydrated';
import { labCatalog, type LabName } from './catalog';
import { labs } from './index';
import type { LabProps } from './lab-props';

/**
 * Shows a lab by name. Labs run only in the browser: the prerendered page and the first
 * client render show a placeholder, then the lab's chunk loads. `preset` is handed to the lab
 * (e.g. `<Lab name="mlp" preset="overfitting" />`); labs without presets ignore it.
 */
export function Lab({ name, preset }: { name: LabName } & LabProps) {
  const mounted = useHydrated();
  const placeholder = (
    <div className="lab-placeholder" data-lab-placeholder={name}>
      <p>
        <strong>{labCatalog[name].title}</strong> — loading the interactive lab… (it needs JavaScript)
      </p>
    </div>
  );
  if (!mounted) return placeholder;
  const LabComponent = labs[name];
  return (
    <LabErrorBoundary name={name}>
      <Suspense fallback={placeholder}>
        <LabComponent preset={preset} />
      </Suspense>
    </LabErrorBoundary>
  );
}

class LabErrorBoundary extends Component<{ name: LabName; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="lab-placeholder" role="alert">
          The lab “{labCatalog[this.props.name].title}” could not start: {this.state.error.message}. Reload the page to
          try again.
        </div>
      );
    }
    return this.props.children;
  }
}
