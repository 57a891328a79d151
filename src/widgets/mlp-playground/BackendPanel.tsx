import { memo } from 'react';
import type { BackendInfo } from '../../ml/backend';
import { AUTO_WASM_FROM_BATCH, BACKEND_CHOICES, type BackendChoice } from '../../ml/playground/setup';
import { ChoiceSelect } from './fields';
import type { BenchResult } from './protocol';

const LABELS: Record<BackendChoice, string> = {
  auto: `automatic (the fastest here: cpu, or wasm for batches of ${AUTO_WASM_FROM_BATCH}+)`,
  webgl: 'webgl (the GPU)',
  wasm: 'wasm (WebAssembly on the CPU)',
  cpu: 'cpu (plain JavaScript)',
};

export interface BackendPanelProps {
  choice: BackendChoice;
  onChange(choice: BackendChoice): void;
  backend?: BackendInfo;
  bench?: BenchResult[];
  benchRunning: boolean;
  onBench(): void;
  /** Measuring replaces the network, so it waits while a run is in progress. */
  busy: boolean;
}

const rate = (value: number) => value.toFixed(0);

/**
 * Which TF.js backend trains the network, why the default is the CPU, and a button that measures
 * every backend on the reader's own machine (steps per second of a 2-8-8-1 network on 500 points).
 */
export const BackendPanel = memo(function BackendPanel({
  choice,
  onChange,
  backend,
  bench,
  benchRunning,
  onBench,
  busy,
}: BackendPanelProps) {
  const fellBack = backend?.fallbacks.find((f) => f.backend !== backend.backend);
  return (
    <section className="mlp-backend" aria-label="Backend and speed">
      <ChoiceSelect
        label="Backend"
        value={choice}
        options={BACKEND_CHOICES.map((c) => ({ value: c, label: LABELS[c] }))}
        onChange={onChange}
      />
      <p className="mlp-note">
        Running on <strong>{backend?.backend ?? '…'}</strong>. A network this small does a few dozen tiny operations per
        step, so the fixed cost of each operation decides the speed, not arithmetic. Handing them to the GPU (webgl)
        costs more than it saves; plain JavaScript (cpu) is fastest for small batches and WebAssembly (wasm) for big
        ones, so “automatic” picks cpu below batches of {AUTO_WASM_FROM_BATCH} and wasm from there on. The GPU wins for
        big models like the CNN of the MNIST lab. Measure it on your machine:
      </p>
      {fellBack && (
        <p className="notice" role="status">
          {fellBack.backend} could not start ({fellBack.reason}); using {backend?.backend} instead.
        </p>
      )}
      <button type="button" onClick={onBench} disabled={benchRunning || busy}>
        {benchRunning ? 'Measuring…' : 'Measure backends'}
      </button>
      {bench && (
        <table className="mlp-bench">
          <caption>Training steps per second, 2-8-8-1 network (tanh, Adam) on 500 points</caption>
          <thead>
            <tr>
              <th scope="col">backend</th>
              <th scope="col">batch 32</th>
              <th scope="col">batch 500</th>
            </tr>
          </thead>
          <tbody>
            {bench.map((result) => (
              <tr key={result.backend}>
                <th scope="row">{result.backend}</th>
                {result.stepsPerSecond ? (
                  <>
                    <td data-metric={`bench-${result.backend}-32`}>{rate(result.stepsPerSecond.batch32)}</td>
                    <td data-metric={`bench-${result.backend}-500`}>{rate(result.stepsPerSecond.batch500)}</td>
                  </>
                ) : (
                  <td colSpan={2}>not available: {result.error}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});
