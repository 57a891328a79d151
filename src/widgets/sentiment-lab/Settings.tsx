import { memo } from 'react';
import { SENTIMENT_MODEL_NAMES, sentimentParamCount, type SentimentModelName } from '../../ml/models/sentiment';
import { OPTIMIZER_LABELS, OPTIMIZER_NAMES, type OptimizerName } from '../../ml/training/optimizers';
import { ScheduleSelect } from '../shared/training/ScheduleSelect';
import type { SentimentLabConfig } from './protocol';

const MODEL_LABELS: Record<SentimentModelName, string> = {
  average: 'Average of word vectors (the seed model)',
  cnn: '1-D convolution + max-pooling',
};

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

const LABELS: Record<NumericKey, string> = {
  vocabularySize: 'Vocabulary size',
  sequenceLength: 'Sequence length (tokens)',
  embeddingDim: 'Embedding size',
  learningRate: 'Learning rate',
  batchSize: 'Batch size',
  epochs: 'Epochs',
  maxSteps: 'Stop after',
};

const show = (key: NumericKey, value: number) =>
  key === 'maxSteps'
    ? value === 0
      ? 'all epochs'
      : `${value} batches`
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
  const set = <K extends keyof SentimentLabConfig>(key: K, value: SentimentLabConfig[K]) =>
    onChange({ ...config, [key]: value });
  const select = (key: NumericKey) => (
    <label key={key}>
      {LABELS[key]}
      <select value={config[key]} onChange={(e) => set(key, Number(e.target.value))}>
        {CHOICES[key].map((value) => (
          <option key={value} value={value}>
            {show(key, value)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="lab-settings" disabled={disabled}>
      <legend>Settings</legend>
      <label>
        Model
        <select value={config.model} onChange={(e) => set('model', e.target.value as SentimentModelName)}>
          {SENTIMENT_MODEL_NAMES.map((name) => (
            <option key={name} value={name}>
              {MODEL_LABELS[name]} — {sentimentParamCount({ ...config, model: name }).toLocaleString('en-US')}{' '}
              parameters
            </option>
          ))}
        </select>
      </label>
      {(['vocabularySize', 'sequenceLength', 'embeddingDim'] as const).map(select)}
      <label>
        Optimizer
        <select value={config.optimizer} onChange={(e) => set('optimizer', e.target.value as OptimizerName)}>
          {OPTIMIZER_NAMES.map((name) => (
            <option key={name} value={name}>
              {OPTIMIZER_LABELS[name]}
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
