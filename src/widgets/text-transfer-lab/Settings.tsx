import { useT } from '../../i18n';
import { ArmCheckboxes } from '../shared/training/ArmCheckboxes';
import '../../i18n/lab-strings';
import { TEXT_ARMS, type TextArm } from '../../ml/text-transfer/classifier';
import { DEFAULT_FEW_LABEL_CONFIG, LABEL_CHOICES, type FewLabelConfig } from '../../ml/text-transfer/experiment';

/** What the reader chooses for stage 2. */
export interface TextTransferSettings {
  labels: number;
  sweep: boolean;
  steps: number;
  arms: TextArm[];
}

export const defaultTextTransferSettings: TextTransferSettings = {
  labels: 100,
  sweep: false,
  steps: DEFAULT_FEW_LABEL_CONFIG.steps,
  arms: [...TEXT_ARMS],
};

export const STEP_CHOICES = [20, 100, 300] as const;

/** The experiment the settings describe (a sweep runs every count in {@link LABEL_CHOICES}). */
export function toConfig(settings: TextTransferSettings): FewLabelConfig {
  return {
    ...DEFAULT_FEW_LABEL_CONFIG,
    labels: settings.sweep ? [...LABEL_CHOICES] : [settings.labels],
    arms: TEXT_ARMS.filter((arm) => settings.arms.includes(arm)),
    steps: settings.steps,
  };
}

export function Settings({
  settings,
  onChange,
  disabled,
}: {
  settings: TextTransferSettings;
  onChange(settings: TextTransferSettings): void;
  disabled: boolean;
}) {
  const t = useT();
  const set = <K extends keyof TextTransferSettings>(key: K, value: TextTransferSettings[K]) =>
    onChange({ ...settings, [key]: value });
  return (
    <fieldset className="lab-settings transfer-settings" disabled={disabled}>
      <legend>{t('labUi.textTransfer.legend')}</legend>
      <label>
        {t('labUi.textTransfer.labels')}
        <select
          value={settings.labels}
          disabled={settings.sweep}
          onChange={(e) => set('labels', Number(e.target.value))}
        >
          {LABEL_CHOICES.map((labels) => (
            <option key={labels} value={labels}>
              {t('labUi.textTransfer.labelsOption', { labels })}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.sweep} onChange={(e) => set('sweep', e.target.checked)} />
        {t('labUi.textTransfer.sweep', { list: LABEL_CHOICES.join(', ') })}
      </label>
      <label>
        {t('labUi.textTransfer.stepsPerArm')}
        <select value={settings.steps} onChange={(e) => set('steps', Number(e.target.value))}>
          {STEP_CHOICES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <ArmCheckboxes
        arms={TEXT_ARMS}
        chosen={settings.arms}
        label={t('labUi.textTransfer.armsToCompare')}
        labelOf={(arm) => t(`labUi.textTransfer.arms.${arm}`)}
        onChange={(arms) => set('arms', arms)}
      />
    </fieldset>
  );
}
