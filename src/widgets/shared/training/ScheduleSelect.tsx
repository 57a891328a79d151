import { useT } from '../../../i18n';
import '../../../i18n/lab-strings';
import { type ScheduleName } from '../../../ml/worked/schedules';

const SCHEDULES: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine', 'warmup-cosine'];

/**
 * The learning-rate schedule of a lab's run (the trainer applies it per step; the learning-rate
 * setting is its peak). The schedules are drawn in the optimizers chapter.
 */
export function ScheduleSelect({ value, onChange }: { value: ScheduleName; onChange(value: ScheduleName): void }) {
  const t = useT();
  return (
    <label>
      {t('labUi.common.schedule')}
      <select value={value} onChange={(e) => onChange(e.target.value as ScheduleName)}>
        {SCHEDULES.map((name) => (
          <option key={name} value={name}>
            {t(`labUi.schedules.${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
