import { useMemo, useState } from 'react';
import '../shared/training/training.css';
import './transfer-lab.css';
import { ARM_LABELS, ARMS } from '../../ml/transfer/arms';
import { BackendNotice } from '../shared/training/BackendNotice';
import { DiagnosticsPanel } from '../shared/training/DiagnosticsPanel';
import { LiveChart, type ChartSeries } from '../shared/training/LiveChart';
import { Metric } from '../shared/training/Metric';
import { ProgressBar } from '../shared/training/ProgressBar';
import { TrainControls } from '../shared/training/TrainControls';
import { ResultsTable } from './ResultsTable';
import { defaultTransferSettings, Settings, toConfig, type TransferSettings } from './Settings';
import { latestByArm, type TransferLabView } from './state';
import { ARM_COLORS, SweepChart } from './SweepChart';
import { useTransferLab } from './useTransferLab';

function lossSeries(view: TransferLabView): { x: number[]; series: ChartSeries[] } {
  const length = Math.max(0, ...ARMS.map((arm) => view.losses[arm]?.length ?? 0));
  const x = Array.from({ length }, (_, i) => i + 1);
  const series = ARMS.filter((arm) => view.losses[arm]).map((arm) => ({
    label: ARM_LABELS[arm],
    color: ARM_COLORS[arm],
    dashed: arm === 'scratch',
    values: x.map((_, i) => view.losses[arm]?.[i] ?? null),
  }));
  return { x, series };
}

function progressOf(
  view: TransferLabView,
  settings: TransferSettings,
): { done: number; total: number; detail: string } {
  const pre = view.pretraining;
  if (view.job === 'pretrain' && pre) {
    const total = pre.batchesPerEpoch * pre.epochs;
    return {
      done: pre.step,
      total,
      detail: `pre-training: epoch ${pre.epoch} of ${pre.epochs}, step ${pre.step} / ${total}`,
    };
  }
  const run = view.current;
  if (!run) return { done: 0, total: 1, detail: '' };
  const done = run.index * settings.steps + run.step;
  const total = run.total * settings.steps;
  return { done, total, detail: `${ARM_LABELS[run.arm]}, K = ${run.k}: run ${run.index + 1} of ${run.total}` };
}

/**
 * The transfer lab: a small CNN pre-trained on digits 0–4 (shipped with the site, or pre-trained
 * again here) learns digits 5–9 from K labelled examples per class, four ways side by side.
 */
export default function TransferLab() {
  const [settings, setSettings] = useState(defaultTransferSettings);
  const { view, send, clearResults, dismissError } = useTransferLab();
  const busy = view.state === 'training' || view.state === 'paused' || view.state === 'loading';
  const chart = useMemo(() => lossSeries(view), [view]);
  const latest = useMemo(() => latestByArm(view.results), [view.results]);
  const progress = progressOf(view, settings);
  const noArms = settings.arms.length === 0;
  const swept = new Set(view.results.map((r) => r.k)).size > 1;

  const train = () => {
    if (noArms) return;
    clearResults();
    send({ type: 'train', config: toConfig(settings) });
  };

  return (
    <section
      className="lab transfer-lab"
      data-lab="transfer"
      data-state={view.state}
      aria-label="Transfer learning lab"
    >
      <BackendNotice backend={view.backend} />
      {view.error && (
        <div role="alert" className="lab-error">
          {view.error}{' '}
          <button type="button" className="link-button" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {view.state === 'loading' && (
        <ProgressBar
          label="Downloading 10,000 digits and the pre-trained network"
          value={view.download?.loaded ?? 0}
          max={view.download?.total ?? 1}
          detail={view.download ? `${(view.download.loaded / 2 ** 20).toFixed(1)} MiB` : undefined}
        />
      )}
      <p className="transfer-checkpoint">
        {view.checkpoint ? (
          <>
            Pre-trained network ({view.checkpoint.source === 'shipped' ? 'shipped with the book' : 'pre-trained here'}):{' '}
            {view.checkpoint.epochs} epochs on {view.checkpoint.trainExamples.toLocaleString('en-US')} digits 0–4,
            validation accuracy{' '}
            <span data-metric="pretrain-accuracy">{view.checkpoint.validationAccuracy.toFixed(4)}</span>.{' '}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => {
                clearResults();
                send({ type: 'pretrain' });
              }}
            >
              Re-run stage 1 here
            </button>
          </>
        ) : (
          'Loading the pre-trained network…'
        )}
      </p>
      <Settings settings={settings} onChange={setSettings} disabled={busy} />
      {noArms && <p className="notice">Choose at least one arm to train.</p>}
      <TrainControls
        state={view.state}
        onTrain={train}
        onPause={() => send({ type: 'pause' })}
        onResume={() => send({ type: 'resume' })}
        onStop={() => send({ type: 'stop' })}
        onReset={() => {
          clearResults();
          send({ type: 'reset' });
        }}
      />
      <ProgressBar label="Training" value={progress.done} max={progress.total} detail={progress.detail} />
      <dl className="metric-grid">
        <Metric name="k" label="K" value={String(view.current?.k ?? view.results.at(-1)?.k ?? '')} />
        <Metric name="step" label="Step" value={String(view.current?.step ?? 0)} />
      </dl>
      <ResultsTable results={latest} params={view.params} />
      <p className="transfer-note">
        Accuracy on 5–9 is 5-way (chance is 0.2), on the test split&apos;s 5–9 digits. Forgetting is the drop in
        accuracy on the test digits 0–4 of the pre-trained 0–4 head put back on the network each arm leaves behind. From
        scratch builds a new network, so it has nothing to forget; LoRA is measured with its adapter applied (removing
        it restores the pre-trained network exactly). All arms take the same number of steps.
      </p>
      <div className="lab-charts">
        <LiveChart title="Training loss on 5–9 (current K)" xLabel="step" x={chart.x} series={chart.series} />
        {swept && (
          <figure className="transfer-sweep">
            <figcaption>Accuracy on 5–9 against K</figcaption>
            <SweepChart results={view.results} />
          </figure>
        )}
      </div>
      <DiagnosticsPanel backend={view.backend} numTensors={view.memory?.numTensors} gpuBytes={view.memory?.gpuBytes} />
    </section>
  );
}
