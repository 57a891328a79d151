import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import '../shared/training/training.css';
import './transfer-lab.css';
import { ARMS } from '../../ml/transfer/arms';
import { LabAlert } from '../shared/training/LabAlert';
import { LabLink } from '../shared/training/LabLink';
import { BackendNotice } from '../shared/training/BackendNotice';
import { DiagnosticsPanel } from '../shared/training/DiagnosticsPanel';
import { LiveChart, type ChartSeries } from '../shared/training/LiveChart';
import { Metric } from '../shared/training/Metric';
import { ProgressBar } from '../shared/training/ProgressBar';
import { TrainControls } from '../shared/training/TrainControls';
import { ResultsTable } from './ResultsTable';
import { defaultTransferSettings, Settings, toConfig, type TransferSettings } from './Settings';
import { latestByArm, type TransferLabView } from './state';
import { ARM_COLORS, ARM_DASH, SweepChart } from './SweepChart';
import { useTransferLab } from './useTransferLab';
import { pageLabDebug } from '../shared/worker/debug';
import { noticeText } from '../shared/worker/notice';

function lossSeries(view: TransferLabView, t: TFunction): { x: number[]; series: ChartSeries[] } {
  const length = Math.max(0, ...ARMS.map((arm) => view.losses[arm]?.length ?? 0));
  const x = Array.from({ length }, (_, i) => i + 1);
  const series = ARMS.filter((arm) => view.losses[arm]).map((arm) => ({
    label: t(`labUi.transfer.arms.${arm}`),
    color: ARM_COLORS[arm],
    dash: ARM_DASH[arm],
    values: x.map((_, i) => view.losses[arm]?.[i] ?? null),
  }));
  return { x, series };
}

function progressOf(
  view: TransferLabView,
  settings: TransferSettings,
  t: TFunction,
): { done: number; total: number; detail: string } {
  const pre = view.pretraining;
  if (view.job === 'pretrain' && pre) {
    const total = pre.batchesPerEpoch * pre.epochs;
    return {
      done: pre.step,
      total,
      detail: t('labUi.transfer.pretrainProgress', { epoch: pre.epoch, epochs: pre.epochs, step: pre.step, total }),
    };
  }
  const run = view.current;
  if (!run) return { done: 0, total: 1, detail: '' };
  const done = run.index * settings.steps + run.step;
  const total = run.total * settings.steps;
  return {
    done,
    total,
    detail: t('labUi.transfer.runProgress', {
      arm: t(`labUi.transfer.arms.${run.arm}`),
      k: run.k,
      n: run.index + 1,
      total: run.total,
    }),
  };
}

/**
 * The transfer lab: a small CNN pre-trained on digits 0–4 (shipped with the site, or pre-trained
 * again here) learns digits 5–9 from K labelled examples per class, four ways side by side.
 */
export default function TransferLab() {
  const t = useT();
  const [settings, setSettings] = useState(defaultTransferSettings);
  const { view, send, clearResults, dismissError } = useTransferLab();
  const [debug] = useState(pageLabDebug);
  const busy = view.state === 'training' || view.state === 'paused' || view.state === 'loading';
  const chart = useMemo(() => lossSeries(view, t), [view, t]);
  const latest = useMemo(() => latestByArm(view.results), [view.results]);
  const progress = progressOf(view, settings, t);
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
      aria-label={t('labUi.transfer.label')}
    >
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
          label={t('labUi.transfer.downloading')}
          value={view.download?.loaded ?? 0}
          max={view.download?.total ?? 1}
          detail={view.download ? `${(view.download.loaded / 2 ** 20).toFixed(1)} MiB` : undefined}
        />
      )}
      <p className="transfer-checkpoint">
        {view.checkpoint ? (
          <>
            {t('labUi.transfer.checkpoint', {
              source: view.checkpoint.source === 'shipped' ? t('labUi.transfer.shipped') : t('labUi.transfer.here'),
              epochs: view.checkpoint.epochs,
              count: view.checkpoint.trainExamples.toLocaleString('en-US'),
            })}
            <span data-metric="pretrain-accuracy">{view.checkpoint.validationAccuracy.toFixed(4)}</span>
            {t('labUi.transfer.period')}{' '}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => {
                clearResults();
                send({ type: 'pretrain' });
              }}
            >
              {t('labUi.transfer.rerun')}
            </button>
          </>
        ) : (
          t('labUi.transfer.loadingCheckpoint')
        )}
      </p>
      <Settings settings={settings} onChange={setSettings} disabled={busy} />
      {noArms && <p className="notice">{t('labUi.transfer.noArms')}</p>}
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
      <ProgressBar
        label={t('labUi.common.training')}
        value={progress.done}
        max={progress.total}
        detail={progress.detail}
      />
      <dl className="metric-grid">
        <Metric name="k" label="K" value={String(view.current?.k ?? view.results.at(-1)?.k ?? '')} />
        <Metric name="step" label={t('labUi.common.step')} value={String(view.current?.step ?? 0)} />
      </dl>
      <ResultsTable results={latest} params={view.params} />
      <p className="transfer-note">{t('labUi.transfer.note')}</p>
      <p className="transfer-note">
        {t('labUi.transfer.otherTrack')}
        <LabLink lab="text-transfer">{t('labUi.transfer.otherTrackLink')}</LabLink>
        {t('labUi.transfer.period')}
      </p>
      <div className="lab-charts">
        <LiveChart
          title={t('labUi.transfer.lossTitle')}
          xLabel={t('labUi.common.stepAxis')}
          x={chart.x}
          series={chart.series}
        />
        {swept && (
          <figure className="transfer-sweep">
            <figcaption>{t('labUi.transfer.sweepTitle')}</figcaption>
            <SweepChart results={view.results} />
          </figure>
        )}
      </div>
      <DiagnosticsPanel backend={view.backend} numTensors={view.memory?.numTensors} gpuBytes={view.memory?.gpuBytes} />
    </section>
  );
}
