import { useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import '../shared/training/training.css';
import '../mnist-lab/mnist-lab.css';
import './quantization-lab.css';
import { QUANTIZATION_SPECS } from '../../ml/quantize';
import { DiagnosticsPanel } from '../shared/training/DiagnosticsPanel';
import { Metric } from '../shared/training/Metric';
import { LabAlert } from '../shared/training/LabAlert';
import { ProgressBar } from '../shared/training/ProgressBar';
import { TrainControls } from '../shared/training/TrainControls';
import { ErrorTable, ResultsTable } from './ResultsTable';
import { TRAINING_LENGTHS, type TrainingLength } from './settings';
import { useQuantizationLab } from './useQuantizationLab';

const fixed = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined ? '' : value.toFixed(digits);

/**
 * Quantisation before and after: train the small MNIST CNN, then store its kernels in 8, 4 and 2
 * bits (one scale per tensor or per output channel), rebuild each version and test it.
 */
export default function QuantizationLab() {
  const t = useT();
  const [length, setLength] = useState<TrainingLength>('epoch');
  const { view, send, dismissError } = useQuantizationLab(length);
  const busy = view.state === 'training' || view.state === 'paused' || view.state === 'loading';
  const total = QUANTIZATION_SPECS.length;
  const batch = view.lastBatch;
  const steps = TRAINING_LENGTHS[length].maxSteps ?? batch?.batchesPerEpoch ?? 125;

  return (
    <section
      className="lab quantization-lab"
      data-lab="quantization"
      data-state={view.state}
      aria-label={t('labUi.quantization.label')}
    >
      <LabAlert message={view.error} onDismiss={dismissError} />
      {view.state === 'loading' && (
        <ProgressBar
          label={t('labUi.mnist.downloading')}
          value={view.download?.loaded ?? 0}
          max={view.download?.total ?? 1}
          detail={view.download ? `${(view.download.loaded / 2 ** 20).toFixed(1)} MiB` : undefined}
        />
      )}
      <p className="data-source">
        {t('labUi.quantization.modelNote', {
          params: view.params?.toLocaleString('en-US') ?? '…',
          train: view.counts?.train.toLocaleString('en-US') ?? '8,000',
        })}
        <strong>{view.backend?.backend ?? '…'}</strong>
        {t('labUi.quantization.backendAfter')}
      </p>
      <fieldset className="lab-settings" disabled={busy}>
        <legend>{t('labUi.common.settings')}</legend>
        <label>
          {t('labUi.quantization.trainingLength')}
          <select
            value={length}
            onChange={(e) => {
              const next = e.target.value as TrainingLength;
              setLength(next);
              send({ type: 'configure', length: next });
            }}
          >
            {(Object.keys(TRAINING_LENGTHS) as TrainingLength[]).map((key) => (
              <option key={key} value={key}>
                {t(`labUi.quantization.lengths.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <TrainControls
        state={view.state}
        onTrain={() => send({ type: 'train' })}
        onPause={() => send({ type: 'pause' })}
        onResume={() => send({ type: 'resume' })}
        onStop={() => send({ type: 'stop' })}
        onReset={() => send({ type: 'reset' })}
      />
      <ProgressBar
        label={t('labUi.common.training')}
        value={batch?.step ?? 0}
        max={steps}
        detail={t('labUi.quantization.batchesProgress', { done: batch?.step ?? 0, total: steps })}
      />
      <ProgressBar
        label={t('labUi.quantization.quantising')}
        value={view.rows.length}
        max={total}
        detail={t('labUi.quantization.versionsProgress', { done: view.rows.length, total })}
      />
      <dl className="metric-grid">
        <Metric name="batch" label={t('labUi.common.batch')} value={String(batch?.step ?? 0)} />
        <Metric name="train-loss" label={t('labUi.common.trainLoss')} value={fixed(batch?.loss)} />
        <Metric name="train-accuracy" label={t('labUi.common.trainAccuracy')} value={fixed(batch?.accuracy)} />
        <Metric
          name="versions-tested"
          label={t('labUi.quantization.versionsTested')}
          value={String(view.rows.length)}
        />
      </dl>
      {view.rows.length > 0 ? (
        <>
          <ResultsTable rows={view.rows} total={total} testCount={view.counts?.test ?? 1000} />
          <ErrorTable rows={view.rows} />
        </>
      ) : (
        <p className="quantization-hint">{t('labUi.quantization.hint')}</p>
      )}
      <DiagnosticsPanel backend={view.backend} numTensors={view.memory?.numTensors} gpuBytes={view.memory?.gpuBytes} />
    </section>
  );
}
