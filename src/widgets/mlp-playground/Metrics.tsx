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
  const s = frame?.snapshot;
  return (
    <dl className="metric-grid">
      <Metric name="epoch" label="Epoch" value={fixed(s?.epoch ?? 0, 1)} />
      <Metric name="step" label={`Step (of ${totalSteps.toLocaleString('en-US')})`} value={String(s?.step ?? 0)} />
      <Metric name="train-loss" label="Train loss" value={fixed(s?.trainLoss)} />
      <Metric name="test-loss" label="Test loss" value={fixed(s?.testLoss)} />
      {task === 'classification' && (
        <>
          <Metric name="train-accuracy" label="Train accuracy" value={fixed(s?.trainAccuracy, 3)} />
          <Metric name="test-accuracy" label="Test accuracy" value={fixed(s?.testAccuracy, 3)} />
        </>
      )}
      <Metric
        name="learning-rate"
        label="Learning rate"
        value={s ? String(Number(s.learningRate.toPrecision(4))) : ''}
      />
      <Metric name="steps-per-second" label="Speed" value={fixed(frame?.stepsPerSecond, 0)} unit="steps/s" />
      <Metric name="fps" label="Redraws" value={String(fps)} unit="frames/s" />
    </dl>
  );
}
