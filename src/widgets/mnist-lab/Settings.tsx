import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { MNIST_MODEL_NAMES, MNIST_MODEL_PARAMS, type MnistModelName } from '../../ml/models';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../ml/training/optimizers';
import { ScheduleSelect } from '../shared/training/ScheduleSelect';
import type { MnistLabConfig } from './protocol';

export interface SettingsProps {
  config: MnistLabConfig;
  onChange(config: MnistLabConfig): void;
  disabled: boolean;
}

/** Model and training settings. Changing one builds a fresh model (the curves start over). */
export function Settings({ config, onChange, disabled }: SettingsProps) {
  const t = useT();
  const set = <K extends keyof MnistLabConfig>(key: K, value: MnistLabConfig[K]) =>
    onChange({ ...config, [key]: value });
  return (
    <fieldset className="lab-settings" disabled={disabled}>
      <legend>{t('labUi.common.settings')}</legend>
      <label>
        {t('labUi.common.model')}
        <select value={config.model} onChange={(e) => set('model', e.target.value as MnistModelName)}>
          {MNIST_MODEL_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`labUi.mnist.models.${name}`)} —{' '}
              {t('labUi.common.parameters', { n: MNIST_MODEL_PARAMS[name].toLocaleString('en-US') })}
            </option>
          ))}
        </select>
      </label>
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
      <label>
        {t('labUi.common.learningRate')}
        <select value={config.learningRate} onChange={(e) => set('learningRate', Number(e.target.value))}>
          {[0.0003, 0.001, 0.003, 0.01, 0.03, 0.1].map((rate) => (
            <option key={rate} value={rate}>
              {rate}
            </option>
          ))}
        </select>
      </label>
      <ScheduleSelect value={config.schedule} onChange={(schedule) => set('schedule', schedule)} />
      <label>
        {t('labUi.common.batchSize')}
        <select value={config.batchSize} onChange={(e) => set('batchSize', Number(e.target.value))}>
          {[16, 32, 64, 128, 256].map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('labUi.common.epochs')}
        <select value={config.epochs} onChange={(e) => set('epochs', Number(e.target.value))}>
          {[1, 2, 3, 5, 10].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
