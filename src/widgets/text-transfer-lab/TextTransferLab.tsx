import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import '../shared/training/training.css';
import '../transfer-lab/transfer-lab.css';
import { TEXT_ARMS } from '../../ml/text-transfer/classifier';
import { LabAlert } from '../shared/training/LabAlert';
import { LabLink } from '../shared/training/LabLink';
import { BackendNotice } from '../shared/training/BackendNotice';
import { DiagnosticsPanel } from '../shared/training/DiagnosticsPanel';
import { LiveChart, type ChartSeries } from '../shared/training/LiveChart';
import { Metric } from '../shared/training/Metric';
import { ProgressBar } from '../shared/training/ProgressBar';
import { TrainControls } from '../shared/training/TrainControls';
import { BLUE } from '../shared/palette';
import { pageLabDebug } from '../shared/worker/debug';
import { noticeText } from '../shared/worker/notice';
import { NeighboursTable } from './NeighboursTable';
import { ResultsTable } from './ResultsTable';
import { defaultTextTransferSettings, Settings, toConfig } from './Settings';
import { latestByArm, type TextTransferView } from './state';
import { SweepChart, TEXT_ARM_COLORS } from './SweepChart';
import { useTextTransferLab } from './useTextTransferLab';

/** Live pre-training lengths offered (steps of 8,192 pairs; the shipped vectors took 750). */
const PRETRAIN_STEPS = [50, 250, 750] as const;

function lossSeries(view: TextTransferView, t: TFunction): { x: number[]; series: ChartSeries[] } {
  const length = Math.max(0, ...TEXT_ARMS.map((arm) => view.losses[arm]?.length ?? 0));
  const x = Array.from({ length }, (_, i) => i + 1);
  const series = TEXT_ARMS.filter((arm) => view.losses[arm]).map((arm) => ({
    label: t(`labUi.textTransfer.arms.${arm}`),
    color: TEXT_ARM_COLORS[arm],
    dashed: arm === 'scratch',
    values: x.map((_, i) => view.losses[arm]?.[i] ?? null),
  }));
  return { x, series };
}

function progressOf(view: TextTransferView, steps: number, t: TFunction) {
  const pre = view.pretraining;
  if (view.job === 'pretrain' && pre) {
    return {
      done: pre.step,
      total: pre.steps,
      detail: t('labUi.textTransfer.pretrainProgress', {
        step: pre.step,
        steps: pre.steps,
        loss: (pre.losses.at(-1) ?? 0).toFixed(3),
        rate: Math.round(pre.pairsPerSecond).toLocaleString('en-US'),
      }),
    };
  }
  const run = view.current;
  if (!run) return { done: 0, total: 1, detail: '' };
  return {
    done: run.index * steps + run.step,
    total: run.total * steps,
    detail: t('labUi.textTransfer.runProgress', {
      arm: t(`labUi.textTransfer.arms.${run.arm}`),
      labels: run.labels,
      n: run.index + 1,
      total: run.total,
    }),
  };
}

/**
 * The text track of pre-train → fine-tune: word vectors learned by skip-gram from unlabelled IMDB
 * reviews (shipped with the site, or pre-trained again here) against random ones, when a sentiment
 * classifier learns from 50–1,000 labelled reviews; and each word's nearest words before and after.
 */
export default function TextTransferLab() {
  const t = useT();
  const [settings, setSettings] = useState(defaultTextTransferSettings);
  const [pretrainSteps, setPretrainSteps] = useState<number>(PRETRAIN_STEPS[1]);
  const { view, send, clearResults, dismissError } = useTextTransferLab();
  const [debug] = useState(pageLabDebug);
  const busy = view.state === 'training' || view.state === 'paused' || view.state === 'loading';
  const chart = useMemo(() => lossSeries(view, t), [view, t]);
  const pretrainChart = useMemo(() => {
    const losses = view.pretraining?.losses ?? [];
    const series: ChartSeries[] = [{ label: t('labUi.textTransfer.pretrainLossTitle'), color: BLUE, values: losses }];
    return { x: losses.map((_, i) => i + 1), series };
  }, [view.pretraining, t]);
  const latest = useMemo(() => latestByArm(view.results), [view.results]);
  const progress = progressOf(view, settings.steps, t);
  const noArms = settings.arms.length === 0;
  const swept = new Set(view.results.map((r) => r.labels)).size > 1;
  const info = view.vectors?.info;

  const train = () => {
    if (noArms) return;
    clearResults();
    send({ type: 'train', config: toConfig(settings) });
  };

  return (
    <section
      className="lab transfer-lab text-transfer-lab"
      data-lab="text-transfer"
      data-state={view.state}
      aria-label={t('labUi.textTransfer.label')}
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
          label={t('labUi.textTransfer.downloading')}
          value={view.download?.loaded ?? 0}
          max={view.download?.total ?? 1}
          detail={view.download ? `${(view.download.loaded / 2 ** 20).toFixed(1)} MiB` : undefined}
        />
      )}
      <p className="transfer-checkpoint">
        {view.vectors && info ? (
          <>
            {t('labUi.textTransfer.vectors', {
              source:
                view.vectors.source === 'shipped' ? t('labUi.textTransfer.shipped') : t('labUi.textTransfer.here'),
              words: info.vocabularySize.toLocaleString('en-US'),
              dim: info.dim,
              pairs: info.pairs.toLocaleString('en-US'),
            })}
            <span data-metric="pretrain-loss">{info.finalLoss.toFixed(3)}</span>
            {t('labUi.textTransfer.period')}
          </>
        ) : (
          t('labUi.textTransfer.loadingVectors')
        )}
      </p>
      {view.vectors && <NeighboursTable before={view.vectors.before} after={view.vectors.after} />}
      <fieldset className="lab-settings transfer-settings" disabled={busy}>
        <legend>{t('labUi.textTransfer.pretrainLegend')}</legend>
        <label>
          {t('labUi.textTransfer.pretrainSteps')}
          <select value={pretrainSteps} onChange={(e) => setPretrainSteps(Number(e.target.value))}>
            {PRETRAIN_STEPS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            clearResults();
            send({ type: 'pretrain', steps: pretrainSteps });
          }}
        >
          {t('labUi.textTransfer.pretrain')}
        </button>
        <p className="transfer-note">{t('labUi.textTransfer.pretrainNote')}</p>
      </fieldset>
      <Settings settings={settings} onChange={setSettings} disabled={busy} />
      {noArms && <p className="notice">{t('labUi.textTransfer.noArms')}</p>}
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
        <Metric
          name="labels"
          label={t('labUi.textTransfer.labelCount')}
          value={String(view.current?.labels ?? view.results.at(-1)?.labels ?? '')}
        />
        <Metric
          name="step"
          label={t('labUi.common.step')}
          value={String(view.current?.step ?? view.pretraining?.step ?? 0)}
        />
      </dl>
      <ResultsTable results={latest} params={view.params} />
      <p className="transfer-note">{t('labUi.textTransfer.note')}</p>
      <p className="transfer-note">
        {t('labUi.textTransfer.otherTrack')}
        <LabLink lab="transfer">{t('labUi.textTransfer.otherTrackLink')}</LabLink>
        {t('labUi.textTransfer.period')}
      </p>
      <div className="lab-charts">
        {view.pretraining && view.pretraining.losses.length > 0 && (
          <LiveChart
            title={t('labUi.textTransfer.pretrainLossTitle')}
            xLabel={t('labUi.common.stepAxis')}
            x={pretrainChart.x}
            series={pretrainChart.series}
          />
        )}
        <LiveChart
          title={t('labUi.textTransfer.lossTitle')}
          xLabel={t('labUi.common.stepAxis')}
          x={chart.x}
          series={chart.series}
        />
        {swept && (
          <figure className="transfer-sweep">
            <figcaption>{t('labUi.textTransfer.sweepTitle')}</figcaption>
            <SweepChart results={view.results} />
          </figure>
        )}
      </div>
      <DiagnosticsPanel backend={view.backend} numTensors={view.memory?.numTensors} gpuBytes={view.memory?.gpuBytes} />
    </section>
  );
}
