import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { SENTIMENT_MODEL_NAMES, sentimentParamCount, type SentimentModelName } from '../../ml/models/sentiment';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../ml/training/optimizers';
import { ScheduleSelect } from '../shared/training/ScheduleSelect';
import type { SentimentLabConfig } from './protocol';

/** The choices of each numeric setting. */
export const CHOICES = {
  vocabularySize: [1_000, 2_000, 5_000, 10_000, 20_000],
  sequenceLength: [50, 100, 200, 256],
  embeddingDim: [8, 16, 32, 64],
  learningRate: [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1],
  batchSize: [16, 32, 64, 128, 256],
  epochs: [1, 2, 3, 5, 10],
  maxSteps: [0, 10, 20, 50, 200, 1000],
} as const satisfies Partial<Record<keyof SentimentLabConfig, readonly number[]>>;

type NumericKey = keyof typeof CHOICES;

/** The label of each numeric setting (keys of labUi.common or labUi.sentiment.settings). */
const LABELS = {
  vocabularySize: 'labUi.sentiment.settings.vocabularySize',
  sequenceLength: 'labUi.sentiment.settings.sequenceLength',
  embeddingDim: 'labUi.sentiment.settings.embeddingDim',
  learningRate: 'labUi.common.learningRate',
  batchSize: 'labUi.common.batchSize',
  epochs: 'labUi.common.epochs',
  maxSteps: 'labUi.sentiment.settings.maxSteps',
} as const satisfies Record<NumericKey, string>;

const show = (key: NumericKey, value: number, t: TFunction) =>
  key === 'maxSteps'
    ? value === 0
      ? t('labUi.sentiment.allEpochs')
      : t('labUi.sentiment.batches', { n: value })
    : key === 'learningRate'
      ? String(value)
      : value.toLocaleString('en-US');

export interface SettingsProps {
  config: SentimentLabConfig;
  onChange(config: SentimentLabConfig): void;
  disabled: boolean;
}

/** Model and training settings. Changing one builds a fresh model (curves and results start over). */
export const Settings = memo(function Settings({ config, onChange, disabled }: SettingsProps) {
  const t = useT();
  const set = <K extends keyof SentimentLabConfig>(key: K, value: SentimentLabConfig[K]) =>
    onChange({ ...config, [key]: value });
  const select = (key: NumericKey) => (
    <label key={key}>
      {t(LABELS[key])}
      <select value={config[key]} onChange={(e) => set(key, Number(e.target.value))}>
        {CHOICES[key].map((value) => (
          <option key={value} value={value}>
            {show(key, value, t)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="lab-settings" disabled={disabled}>
      <legend>{t('labUi.common.settings')}</legend>
      <label>
        {t('labUi.common.model')}
        <select value={config.model} onChange={(e) => set('model', e.target.value as SentimentModelName)}>
          {SENTIMENT_MODEL_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`labUi.sentiment.models.${name}`)} —{' '}
              {t('labUi.common.parameters', {
                n: sentimentParamCount({ ...config, model: name }).toLocaleString('en-US'),
              })}
            </option>
          ))}
        </select>
      </label>
      {(['vocabularySize', 'sequenceLength', 'embeddingDim'] as const).map(select)}
      <label>
        {t('labUi.common.optimizer')}
        <select value={config.optimizer} onChange={(e) => set('optimizer', e.target.value as OptimizerName)}>
          {OPTIMIZER_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`labUi.optimizers.${name}`)}
            </option>
          ))}
        </select>
      </label>
      {select('learningRate')}
      <ScheduleSelect value={config.schedule} onChange={(schedule) => set('schedule', schedule)} />
      {(['batchSize', 'epochs', 'maxSteps'] as const).map(select)}
    </fieldset>
  );
});
