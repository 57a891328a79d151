import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import '../shared/training/training.css';
import '../mnist-lab/mnist-lab.css';
import './sentiment-lab.css';
import { curves } from '../mnist-lab/curves';
import { ModelSummaryTable } from '../mnist-lab/ModelSummaryTable';
import { LabAlert } from '../shared/training/LabAlert';
import { BackendNotice } from '../shared/training/BackendNotice';
import { DiagnosticsPanel } from '../shared/training/DiagnosticsPanel';
import { LiveChart } from '../shared/training/LiveChart';
import { Metric } from '../shared/training/Metric';
import { ProgressBar } from '../shared/training/ProgressBar';
import { TrainControls } from '../shared/training/TrainControls';
import { pageLabDebug } from '../shared/worker/debug';
import { noticeText } from '../shared/worker/notice';
import { CsvUpload } from './CsvUpload';
import { EmbeddingView } from './EmbeddingView';
import { ModelStore } from './ModelStore';
import type { SentimentLabConfig } from './protocol';
export { defaultSentimentLabConfig } from './config';
import { ReviewBox } from './ReviewBox';
import { Settings } from './Settings';
import { TestResults } from './TestResults';
import { recentSpeed } from './speed';
import { useSentimentLab } from './useSentimentLab';

const fixed = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits);

const SummaryTable = memo(ModelSummaryTable);

/** The sentiment lab: train a word-embedding classifier on IMDB reviews (or your CSV), then probe it. */
export default function SentimentLab() {
  const t = useT();
  const { view, send, dismiss } = useSentimentLab();
  const analysisId = useRef(0);
  const busy = view.state === 'training' || view.state === 'paused' || view.state === 'loading';
  // The reader's settings (a loaded model brings its own).
  const shown = view.config;

  // Stable callbacks: the memoised panels below then re-render only when their data change,
  // not on every batch (keeping the main thread free while training).
  const changeConfig = useCallback((next: SentimentLabConfig) => send({ type: 'configure', config: next }), [send]);
  const findNeighbours = useCallback((word: string) => send({ type: 'neighbours', word }), [send]);
  const backToImdb = useCallback(() => send({ type: 'use-imdb' }), [send]);
  const save = useCallback(() => send({ type: 'save' }), [send]);
  const load = useCallback(() => send({ type: 'load' }), [send]);
  const exportFiles = useCallback(() => send({ type: 'export' }), [send]);
  const analyze = useCallback((text: string) => send({ type: 'analyze', id: ++analysisId.current, text }), [send]);
  const useCsv = useCallback(
    (name: string, texts: string[], labels: Uint8Array) => send({ type: 'use-csv', name, texts, labels }),
    [send],
  );
  const chart = useMemo(() => curves(view.batches, view.epochs, t), [view.batches, view.epochs, t]);
  const lastBatch = view.batches.at(-1);
  const lastEpoch = view.epochs.at(-1);
  const speed = recentSpeed(view.batches, view.config.batchSize);
  const runSteps = (lastBatch?.step ?? 0) - (view.offset?.step ?? 0);
  const perEpoch = lastBatch?.batchesPerEpoch ?? Math.ceil((view.data?.counts?.train ?? 0) / shown.batchSize);
  const totalSteps = Math.max(
    1,
    shown.maxSteps > 0 ? Math.min(shown.maxSteps, perEpoch * shown.epochs) : perEpoch * shown.epochs,
  );
  const modelVersion = `${view.model?.summary.totalParams}/${view.batches.length === 0 ? 0 : view.epochs.length}/${view.test ? 'test' : ''}/${view.state}`;
  const source = view.data?.source;
  const counts = view.data?.counts;
  const [debug] = useState(pageLabDebug);

  return (
    <section
      className="lab sentiment-lab"
      data-lab="sentiment"
      data-state={view.state}
      aria-label={t('labUi.sentiment.label')}
    >
      <BackendNotice backend={view.backend} />
      <LabAlert message={view.error} onDismiss={dismiss} />
      {view.notice && (
        <p role="status" className="notice">
          {noticeText(t, view.notice, view.noticeCode)}
        </p>
      )}
      {debug.faults && (
        <button type="button" onClick={() => send({ type: 'lose-context' })}>
          {t('labUi.common.simulateContextLoss')}
        </button>
      )}
      {view.state === 'loading' && view.model && (
        <ProgressBar
          label={t('labUi.sentiment.downloading')}
          value={view.download?.loaded ?? 0}
          max={view.download?.total ?? 1}
          detail={view.download ? `${(view.download.loaded / 2 ** 20).toFixed(1)} MiB` : undefined}
        />
      )}
      <p className="data-source">
        {t('labUi.sentiment.dataLabel')}
        {source?.kind === 'csv' ? t('labUi.sentiment.dataCsv', { name: source.name }) : t('labUi.sentiment.dataImdb')}
        {counts
          ? t('labUi.sentiment.dataCounts', {
              train: counts.train.toLocaleString('en-US'),
              validation: counts.validation.toLocaleString('en-US'),
              test: counts.test.toLocaleString('en-US'),
            })
          : t('labUi.sentiment.dataLater')}
      </p>
      <div className="lab-top">
        <Settings config={shown} onChange={changeConfig} disabled={busy} />
        {view.model && <SummaryTable summary={view.model.summary} />}
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
        value={runSteps}
        max={totalSteps}
        detail={t('labUi.sentiment.progress', { done: runSteps, total: totalSteps })}
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
          title={t('labUi.sentiment.lossTitle')}
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
      <h3 className="lab-subtitle">{t('labUi.sentiment.scoreTitle')}</h3>
      <ReviewBox
        onAnalyze={analyze}
        analysis={view.analysis?.analysis}
        modelVersion={modelVersion}
        disabled={!view.model}
      />
      <h3 className="lab-subtitle">{t('labUi.sentiment.embeddingTitle')}</h3>
      <EmbeddingView map={view.map} neighbours={view.neighbours} onWord={findNeighbours} />
      <h3 className="lab-subtitle">{t('labUi.sentiment.ownDataTitle')}</h3>
      <CsvUpload source={source} onUse={useCsv} onBackToImdb={backToImdb} disabled={busy} />
      <h3 className="lab-subtitle">{t('labUi.sentiment.keepTitle')}</h3>
      <ModelStore
        savedAt={view.savedAt}
        onSave={save}
        onLoad={load}
        onDownload={exportFiles}
        disabled={busy || !view.model}
      />
      <DiagnosticsPanel
        backend={view.backend}
        numTensors={view.memory?.numTensors}
        gpuBytes={view.memory?.gpuBytes}
        examplesPerSecond={speed}
      />
    </section>
  );
}
