import { memo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import {
  CHOICES,
  LIMITS,
  OPTIMIZERS,
  SCHEDULES,
  taskOf,
  type PlaygroundLoss,
  type PlaygroundSetup,
} from '../../ml/playground/setup';
import { ChoiceSelect, NumberSelect, percent, SliderField } from './fields';

export interface TrainingPanelProps {
  setup: PlaygroundSetup;
  onChange(patch: Partial<PlaygroundSetup>): void;
}

/** Loss, optimizer, learning rate and schedule, batch size, regularisation, run length, seed. */
export const TrainingPanel = memo(function TrainingPanel({ setup, onChange }: TrainingPanelProps) {
  const t = useT();
  const penalty = (value: number) => (value === 0 ? t('labUi.mlp.off') : String(value));
  const regression = taskOf(setup.data) === 'regression';
  const losses: { value: PlaygroundLoss; label: string; disabled?: boolean }[] = [
    { value: 'bce', label: t('labUi.mlp.losses.bce'), disabled: regression },
    { value: 'mse', label: t('labUi.mlp.losses.mse') },
  ];
  return (
    <fieldset className="mlp-panel">
      <legend>{t('labUi.common.training')}</legend>
      <ChoiceSelect
        label={t('labUi.common.loss')}
        value={regression ? 'mse' : setup.loss}
        options={losses}
        onChange={(loss) => onChange({ loss })}
      />
      {regression && <p className="mlp-note">{t('labUi.mlp.regressionNote')}</p>}
      <ChoiceSelect
        label={t('labUi.common.optimizer')}
        value={setup.optimizer}
        options={OPTIMIZERS.map((o) => ({ value: o, label: t(`labUi.optimizers.${o}`) }))}
        onChange={(optimizer) => onChange({ optimizer })}
      />
      <NumberSelect
        label={t('labUi.common.learningRate')}
        value={setup.learningRate}
        options={CHOICES.learningRate}
        onChange={(learningRate) => onChange({ learningRate })}
      />
      <ChoiceSelect
        label={t('labUi.common.schedule')}
        value={setup.schedule}
        options={SCHEDULES.map((s) => ({ value: s, label: t(`labUi.mlp.schedules.${s}`) }))}
        onChange={(schedule) => onChange({ schedule })}
      />
      <NumberSelect
        label={t('labUi.common.batchSize')}
        value={setup.batchSize}
        options={CHOICES.batchSize}
        onChange={(batchSize) => onChange({ batchSize })}
      />
      <NumberSelect
        label={t('labUi.mlp.l1')}
        value={setup.l1}
        options={CHOICES.penalty}
        format={penalty}
        onChange={(l1) => onChange({ l1 })}
      />
      <NumberSelect
        label={t('labUi.mlp.l2')}
        value={setup.l2}
        options={CHOICES.penalty}
        format={penalty}
        onChange={(l2) => onChange({ l2 })}
      />
      <SliderField
        label={t('labUi.mlp.dropout')}
        value={setup.dropout}
        min={LIMITS.dropout[0]}
        max={LIMITS.dropout[1]}
        step={0.05}
        format={percent}
        onChange={(dropout) => onChange({ dropout })}
      />
      <NumberSelect
        label={t('labUi.mlp.trainFor')}
        value={setup.steps}
        options={CHOICES.steps}
        format={(n) => n.toLocaleString('en-US')}
        onChange={(steps) => onChange({ steps })}
      />
      <div className="mlp-field">
        <span>{t('labUi.mlp.weightSeed', { seed: setup.seed })}</span>
        <button type="button" onClick={() => onChange({ seed: (setup.seed % LIMITS.seed[1]) + 1 })}>
          {t('labUi.mlp.newWeights')}
        </button>
      </div>
    </fieldset>
  );
});
