import { useT } from '../../i18n';
import { ArmCheckboxes } from '../shared/training/ArmCheckboxes';
import '../../i18n/lab-strings';
import { ARMS, type Arm } from '../../ml/transfer/arms';
import { DEFAULT_FINETUNE_CONFIG, K_CHOICES, type FineTuneConfig } from '../../ml/transfer/experiment';

/** What the reader chooses. */
export interface TransferSettings {
  k: number;
  sweep: boolean;
  rank: number;
  steps: number;
  arms: Arm[];
}

export const defaultTransferSettings: TransferSettings = { k: 10, sweep: false, rank: 4, steps: 150, arms: [...ARMS] };

export const RANKS = [1, 2, 4, 8, 16] as const;
export const STEP_CHOICES = [50, 150, 300] as const;

/** The experiment the settings describe (a sweep runs every K in {@link K_CHOICES}). */
export function toConfig(settings: TransferSettings): FineTuneConfig {
  return {
    ...DEFAULT_FINETUNE_CONFIG,
    ks: settings.sweep ? [...K_CHOICES] : [settings.k],
    arms: ARMS.filter((arm) => settings.arms.includes(arm)),
    rank: settings.rank,
    steps: settings.steps,
  };
}

export function Settings({
  settings,
  onChange,
  disabled,
}: {
  settings: TransferSettings;
  onChange(settings: TransferSettings): void;
  disabled: boolean;
}) {
  const t = useT();
  const set = <K extends keyof TransferSettings>(key: K, value: TransferSettings[K]) =>
    onChange({ ...settings, [key]: value });
  return (
    <fieldset className="lab-settings transfer-settings" disabled={disabled}>
      <legend>{t('labUi.transfer.legend')}</legend>
      <label>
        {t('labUi.transfer.examplesPerClass')}
        <select value={settings.k} disabled={settings.sweep} onChange={(e) => set('k', Number(e.target.value))}>
          {K_CHOICES.map((k) => (
            <option key={k} value={k}>
              {t('labUi.transfer.perClass', { k, digits: k * 5 })}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.sweep} onChange={(e) => set('sweep', e.target.checked)} />
        {t('labUi.transfer.sweep', { list: K_CHOICES.join(', ') })}
      </label>
      <label>
        {t('labUi.transfer.rank')}
        <select value={settings.rank} onChange={(e) => set('rank', Number(e.target.value))}>
          {RANKS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('labUi.transfer.stepsPerArm')}
        <select value={settings.steps} onChange={(e) => set('steps', Number(e.target.value))}>
          {STEP_CHOICES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <ArmCheckboxes
        arms={ARMS}
        chosen={settings.arms}
        label={t('labUi.transfer.armsToCompare')}
        labelOf={(arm) => t(`labUi.transfer.arms.${arm}`)}
        onChange={(arms) => set('arms', arms)}
      />
    </fieldset>
  );
}
