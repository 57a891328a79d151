import { useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import '../shared/training/training.css';
import './mnist-lab.css';
import { LabAlert } from '../shared/training/LabAlert';
import { BackendNotice } from '../shared/training/BackendNotice';
import { DiagnosticsPanel } from '../shared/training/DiagnosticsPanel';
import { EpochMemory } from '../shared/training/EpochMemory';
import { LiveChart } from '../shared/training/LiveChart';
import { Metric } from '../shared/training/Metric';
import { ProgressBar } from '../shared/training/ProgressBar';
import { TrainControls } from '../shared/training/TrainControls';
import { pageLabDebug } from '../shared/worker/debug';
import { noticeText } from '../shared/worker/notice';
import { DrawDigit } from './DrawDigit';
import { FirstLayer } from './FirstLayer';
import { ModelSummaryTable } from './ModelSummaryTable';
import { curves, progressOf, smoothedSpeed } from './curves';
import type { MnistLabConfig } from './protocol';
import { Settings } from './Settings';
import { TestResults } from './TestResults';
import { useMnistLab } from './useMnistLab';

/** Defaults that reach ≥ 95 % test accuracy with the small CNN in 2 epochs (tests/ml pins it). */
export const defaultMnistLabConfig: MnistLabConfig = {
  model: 'small-cnn',
  optimizer: 'adam',
  learningRate: 0.003,
  schedule: 'constant',
  batchSize: 64,
  epochs: 2,
  seed: 1,
};

const fixed = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined ? '' : value.toFixed(digits);

/** The MNIST CNN lab: train on 8,000 real digits in a worker, watch it learn, then draw your own. */
export default function MnistLab() {
  const t = useT();
  const [config, setConfig] = useState(defaultMnistLabConfig);
  const { view, send, dismissError } = useMnistLab(config);
  const predictionId = useRef(0);
  const busy = view.state === 'training' || view.state === 'paused' || view.state === 'loading';

  const changeConfig = (next: MnistLabConfig) => {
    setConfig(next);
    send({ type: 'configure', config: next });
  };
  const predict = useCallback(
    (pixels: Float32Array) => send({ type: 'predict', id: ++predictionId.current, pixels }),
    [send],
  );
  const chart = useMemo(() => curves(view.batches, view.epochs, t), [view.batches, view.epochs, t]);
  const progress = progressOf(view, config, t);
  const lastBatch = view.batches.at(-1);
  const lastEpoch = view.epochs.at(-1);
  const speed = smoothedSpeed(view.batches);
  const [debug] = useState(pageLabDebug);

  return (
    <section className="lab mnist-lab" data-lab="mnist" data-state={view.state} aria-label={t('labUi.mnist.label')}>
      <BackendNotice backend={view.backend} />
      <LabAlert message={view.error} onDismiss={dismissError} />
      <LabAlert
        message={view.notice && noticeText(t, view.notice, view.noticeCode)}
        onDismiss={dismissError}
        className="notice"
      />
      {debug.faults && (
        <button type="button" onClick={() => send({ type: 'lose-context' })}>
          {t('labUi.common.simulateContextLoss')}
        </button>
      )}
      {view.state === 'loading' && (
        <ProgressBar
          label={t('labUi.mnist.downloading')}
          value={view.download?.loaded ?? 0}
          max={view.download?.total ?? 1}
          detail={view.download ? `${(view.download.loaded / 2 ** 20).toFixed(1)} MiB` : undefined}
        />
      )}
      <div className="lab-top">
        <Settings config={config} onChange={changeConfig} disabled={busy} />
        {view.summary && <ModelSummaryTable summary={view.summary} />}
      </div>
      <TrainControls
        state={view.state}
        onTrain={() => send({ type: 'train' })}
        onPause={() => send({ type: 'pause' })}
        onResume={() => send({ type: 'resume' })}
        onStep={() => send({ type: 'step' })}
        onStop={() => send({ type: 'stop' })}
        onReset={() => send({ type: 'reset' })}
      />
      <ProgressBar
        label={t('labUi.common.training')}
        value={progress.done}
        max={progress.total}
        detail={progress.detail}
      />
      <dl className="metric-grid">
        <Metric name="epoch" label={t('labUi.common.epoch')} value={String(lastBatch?.epoch ?? 0)} />
        <Metric name="batch" label={t('labUi.common.batch')} value={String(lastBatch?.batch ?? 0)} />
        <Metric name="train-loss" label={t('labUi.common.trainLoss')} value={fixed(lastBatch?.loss)} />
        <Metric name="train-accuracy" label={t('labUi.common.trainAccuracy')} value={fixed(lastBatch?.accuracy)} />
        <Metric name="val-loss" label={t('labUi.common.valLoss')} value={fixed(lastEpoch?.valLoss)} />
        <Metric name="val-accuracy" label={t('labUi.common.valAccuracy')} value={fixed(lastEpoch?.valAccuracy)} />
        <Metric name="test-accuracy" label={t('labUi.common.testAccuracy')} value={fixed(view.test?.accuracy)} />
        <Metric
          name="examples-per-second"
          label={t('labUi.common.speed')}
          value={fixed(speed, 0)}
          unit={t('labUi.common.examplesPerSecond')}
        />
      </dl>
      <div className="lab-charts">
        <LiveChart
          title={t('labUi.common.loss')}
          xLabel={t('labUi.common.stepAxis')}
          x={chart.steps}
          series={chart.loss}
        />
        <LiveChart
          title={t('labUi.common.accuracy')}
          xLabel={t('labUi.common.stepAxis')}
          x={chart.steps}
          series={chart.accuracy}
          yRange={[0, 1]}
        />
      </div>
      {view.test && <TestResults report={view.test} />}
      <h3 className="lab-subtitle">{t('labUi.mnist.drawTitle')}</h3>
      <DrawDigit onDrawing={predict} onClear={() => undefined} prediction={view.prediction} disabled={!view.summary} />
      {view.prediction && <FirstLayer prediction={view.prediction} />}
      <DiagnosticsPanel
        backend={view.backend}
        numTensors={view.memory?.numTensors}
        gpuBytes={view.memory?.gpuBytes}
        examplesPerSecond={speed}
      >
        <EpochMemory reports={view.epochMemory} />
      </DiagnosticsPanel>
    </section>
  );
}
