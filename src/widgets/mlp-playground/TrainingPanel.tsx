import { memo } from 'react';
import { OPTIMIZER_LABELS } from '../../ml/training/optimizers';
import {
  CHOICES,
  LIMITS,
  OPTIMIZERS,
  SCHEDULES,
  taskOf,
  type PlaygroundLoss,
  type PlaygroundSetup,
} from '../../ml/playground/setup';
import type { ScheduleName } from '../../ml/worked/schedules';
import { ChoiceSelect, NumberSelect, percent, SliderField } from './fields';

const SCHEDULE_LABELS: Record<ScheduleName, string> = {
  constant: 'constant',
  step: 'step decay (×0.1 at 50 %, 75 %)',
  exponential: 'exponential decay (to 1 %)',
  cosine: 'cosine decay',
  'warmup-cosine': 'warm-up 10 %, then cosine',
};

const penalty = (value: number) => (value === 0 ? 'off' : String(value));

export interface TrainingPanelProps {
  setup: PlaygroundSetup;
  onChange(patch: Partial<PlaygroundSetup>): void;
}

/** Loss, optimizer, learning rate and schedule, batch size, regularisation, run length, seed. */
export const TrainingPanel = memo(function TrainingPanel({ setup, onChange }: TrainingPanelProps) {
  const regression = taskOf(setup.data) === 'regression';
  const losses: { value: PlaygroundLoss; label: string; disabled?: boolean }[] = [
    { value: 'bce', label: 'binary cross-entropy', disabled: regression },
    { value: 'mse', label: 'mean squared error' },
  ];
  return (
    <fieldset className="mlp-panel">
      <legend>Training</legend>
      <ChoiceSelect
        label="Loss"
        value={regression ? 'mse' : setup.loss}
        options={losses}
        onChange={(loss) => onChange({ loss })}
      />
      {regression && <p className="mlp-note">Regression targets are numbers, not 0/1: the loss is MSE.</p>}
      <ChoiceSelect
        label="Optimizer"
        value={setup.optimizer}
        options={OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))}
        onChange={(optimizer) => onChange({ optimizer })}
      />
      <NumberSelect
        label="Learning rate"
        value={setup.learningRate}
        options={CHOICES.learningRate}
        onChange={(learningRate) => onChange({ learningRate })}
      />
      <ChoiceSelect
        label="Schedule"
        value={setup.schedule}
        options={SCHEDULES.map((s) => ({ value: s, label: SCHEDULE_LABELS[s] }))}
        onChange={(schedule) => onChange({ schedule })}
      />
      <NumberSelect
        label="Batch size"
        value={setup.batchSize}
        options={CHOICES.batchSize}
        onChange={(batchSize) => onChange({ batchSize })}
      />
      <NumberSelect
        label="L1 penalty"
        value={setup.l1}
        options={CHOICES.penalty}
        format={penalty}
        onChange={(l1) => onChange({ l1 })}
      />
      <NumberSelect
        label="L2 penalty"
        value={setup.l2}
        options={CHOICES.penalty}
        format={penalty}
        onChange={(l2) => onChange({ l2 })}
      />
      <SliderField
        label="Dropout"
        value={setup.dropout}
        min={LIMITS.dropout[0]}
        max={LIMITS.dropout[1]}
        step={0.05}
        format={percent}
        onChange={(dropout) => onChange({ dropout })}
      />
      <NumberSelect
        label="Train for (steps)"
        value={setup.steps}
        options={CHOICES.steps}
        format={(n) => n.toLocaleString('en-US')}
        onChange={(steps) => onChange({ steps })}
      />
      <div className="mlp-field">
        <span>Weight seed {setup.seed}</span>
        <button type="button" onClick={() => onChange({ seed: (setup.seed % LIMITS.seed[1]) + 1 })}>
          New weights
        </button>
      </div>
    </fieldset>
  );
});
