import { memo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { BackendInfo } from '../../ml/backend';
import { AUTO_WASM_FROM_BATCH, BACKEND_CHOICES, type BackendChoice } from '../../ml/playground/setup';
import { ChoiceSelect } from './fields';
import type { BenchResult } from './protocol';

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
  const t = useT();
  const fellBack = backend?.fallbacks.find((f) => f.backend !== backend.backend);
  return (
    <section className="mlp-backend" aria-label={t('labUi.mlp.backendSpeed')}>
      <ChoiceSelect
        label={t('lab.backend')}
        value={choice}
        options={BACKEND_CHOICES.map((c) => ({
          value: c,
          label: t(`labUi.mlp.backends.${c}`, { n: AUTO_WASM_FROM_BATCH }),
        }))}
        onChange={onChange}
      />
      <p className="mlp-note">
        {t('labUi.mlp.runningOn')}
        <strong>{backend?.backend ?? '…'}</strong>
        {t('labUi.mlp.backendNote', { n: AUTO_WASM_FROM_BATCH })}
      </p>
      {fellBack && (
        <p className="notice" role="status">
          {t('labUi.mlp.fellBack', { failed: fellBack.backend, reason: fellBack.reason, used: backend?.backend })}
        </p>
      )}
      <button type="button" onClick={onBench} disabled={benchRunning || busy}>
        {benchRunning ? t('labUi.mlp.measuring') : t('labUi.mlp.measure')}
      </button>
      {bench && (
        <table className="mlp-bench">
          <caption>{t('labUi.mlp.benchCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('labUi.mlp.benchBackend')}</th>
              <th scope="col">{t('labUi.mlp.benchBatch', { n: 32 })}</th>
              <th scope="col">{t('labUi.mlp.benchBatch', { n: 500 })}</th>
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
                  <td colSpan={2}>{t('labUi.mlp.notAvailable', { error: result.error })}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});
