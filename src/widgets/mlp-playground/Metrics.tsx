import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { TaskKind } from '../../ml/data/toy2d';
import { Metric } from '../shared/training/Metric';
import type { Frame } from './protocol';

const fixed = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined || !Number.isFinite(value) ? '' : value.toFixed(digits);

/** The live numbers, each with its `data-metric` name (the lab contract). */
export function Metrics({
  frame,
  fps,
  totalSteps,
  task,
}: {
  frame?: Frame;
  fps: number;
  totalSteps: number;
  task: TaskKind;
}) {
  const t = useT();
  const s = frame?.snapshot;
  return (
    <dl className="metric-grid">
      <Metric name="epoch" label={t('labUi.common.epoch')} value={fixed(s?.epoch ?? 0, 1)} />
      <Metric
        name="step"
        label={t('labUi.mlp.stepOf', { total: totalSteps.toLocaleString('en-US') })}
        value={String(s?.step ?? 0)}
      />
      <Metric name="train-loss" label={t('labUi.common.trainLoss')} value={fixed(s?.trainLoss)} />
      <Metric name="test-loss" label={t('labUi.mlp.testLoss')} value={fixed(s?.testLoss)} />
      {task === 'classification' && (
        <>
          <Metric name="train-accuracy" label={t('labUi.common.trainAccuracy')} value={fixed(s?.trainAccuracy, 3)} />
          <Metric name="test-accuracy" label={t('labUi.common.testAccuracy')} value={fixed(s?.testAccuracy, 3)} />
        </>
      )}
      <Metric
        name="learning-rate"
        label={t('labUi.common.learningRate')}
        value={s ? String(Number(s.learningRate.toPrecision(4))) : ''}
      />
      <Metric
        name="steps-per-second"
        label={t('labUi.common.speed')}
        value={fixed(frame?.stepsPerSecond, 0)}
        unit={t('labUi.mlp.stepsPerSecond')}
      />
      <Metric name="fps" label={t('labUi.mlp.redraws')} value={String(fps)} unit={t('labUi.mlp.framesPerSecond')} />
    </dl>
  );
}
