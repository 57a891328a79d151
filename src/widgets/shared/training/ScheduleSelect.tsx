import { scheduleLabels, type ScheduleName } from '../../../ml/worked/schedules';

const SCHEDULES: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine', 'warmup-cosine'];

/**
 * The learning-rate schedule of a lab's run (the trainer applies it per step; the learning-rate
 * setting is its peak). The schedules are drawn in the optimizers chapter.
 */
export function ScheduleSelect({ value, onChange }: { value: ScheduleName; onChange(value: ScheduleName): void }) {
  return (
    <label>
      Schedule
      <select value={value} onChange={(e) => onChange(e.target.value as ScheduleName)}>
        {SCHEDULES.map((name) => (
          <option key={name} value={name}>
            {scheduleLabels[name]}
          </option>
        ))}
      </select>
    </label>
  );
}
