import type { ReactNode } from 'react';
import { useT } from '../../../i18n';
import type { BackendInfo } from '../../../ml/backend';
import { Metric } from './Metric';

export interface DiagnosticsPanelProps {
  backend?: BackendInfo;
  numTensors?: number;
  gpuBytes?: number;
  examplesPerSecond?: number;
  /** More diagnostics of one lab, shown below the common ones. */
  children?: ReactNode;
}

/** Backend, WebGL version, tensors, GPU memory and speed: what an instructor checks first. */
export function DiagnosticsPanel({
  backend,
  numTensors,
  gpuBytes,
  examplesPerSecond,
  children,
}: DiagnosticsPanelProps) {
  const t = useT();
  return (
    <details className="diagnostics-panel">
      <summary>{t('lab.diagnostics')}</summary>
      <dl className="metric-grid">
        <Metric name="backend" label={t('lab.backend')} value={backend?.backend ?? '…'} />
        <Metric
          name="webgl-version"
          label={t('lab.webglVersion')}
          value={backend ? String(backend.webglVersion) : '…'}
        />
        <Metric
          name="num-tensors"
          label={t('lab.tensors')}
          value={numTensors === undefined ? '…' : String(numTensors)}
        />
        <Metric
          name="gpu-megabytes"
          label={t('lab.gpuMemory')}
          value={gpuBytes === undefined ? '…' : (gpuBytes / 2 ** 20).toFixed(1)}
          unit="MiB"
        />
        <Metric
          name="diagnostics-examples-per-second"
          label={t('lab.speed')}
          value={examplesPerSecond === undefined ? '…' : examplesPerSecond.toFixed(0)}
          unit={t('lab.examplesPerSecond')}
        />
      </dl>
      {backend && backend.fallbacks.length > 0 && (
        <p className="fallbacks">
          {t('lab.triedFirst', { list: backend.fallbacks.map((f) => `${f.backend} (${f.reason})`).join('; ') })}
        </p>
      )}
      {children}
    </details>
  );
}
