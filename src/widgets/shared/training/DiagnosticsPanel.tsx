import type { BackendInfo } from '../../../ml/backend';
import { Metric } from './Metric';

export interface DiagnosticsPanelProps {
  backend?: BackendInfo;
  numTensors?: number;
  gpuBytes?: number;
  examplesPerSecond?: number;
}

/** Backend, WebGL version, tensors, GPU memory and speed: what an instructor checks first. */
export function DiagnosticsPanel({ backend, numTensors, gpuBytes, examplesPerSecond }: DiagnosticsPanelProps) {
  return (
    <details className="diagnostics-panel">
      <summary>Diagnostics</summary>
      <dl className="metric-grid">
        <Metric name="backend" label="Backend" value={backend?.backend ?? '…'} />
        <Metric name="webgl-version" label="WebGL version" value={backend ? String(backend.webglVersion) : '…'} />
        <Metric name="num-tensors" label="Tensors" value={numTensors === undefined ? '…' : String(numTensors)} />
        <Metric
          name="gpu-megabytes"
          label="GPU memory"
          value={gpuBytes === undefined ? '…' : (gpuBytes / 2 ** 20).toFixed(1)}
          unit="MiB"
        />
        <Metric
          name="diagnostics-examples-per-second"
          label="Speed"
          value={examplesPerSecond === undefined ? '…' : examplesPerSecond.toFixed(0)}
          unit="examples/s"
        />
      </dl>
      {backend && backend.fallbacks.length > 0 && (
        <p className="fallbacks">
          Tried first: {backend.fallbacks.map((f) => `${f.backend} (${f.reason})`).join('; ')}
        </p>
      )}
    </details>
  );
}
