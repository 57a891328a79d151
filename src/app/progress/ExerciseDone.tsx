import { useLocation } from 'wouter';
import { exerciseKey, setExerciseDone } from '../../lib/progress';
import { useHydrated } from '../../lib/useHydrated';
import { chapterSlugFromPath } from '../routes';
import { updateProgress, useProgress } from './store';
import { useProgressStrings } from './strings';

/**
 * "Mark as done" on an exercise (a toggle button, aria-pressed). Shown on chapter pages only,
 * after hydration: the prerendered page and lecture slides have none.
 */
export function ExerciseDone({ number }: { number?: string }) {
  const [location] = useLocation();
  const hydrated = useHydrated();
  const progress = useProgress();
  const text = useProgressStrings();
  const slug = chapterSlugFromPath(location);
  if (!hydrated || !slug || !number) return null;
  const key = exerciseKey(slug, number);
  const done = progress.done.includes(key);
  return (
    <button
      type="button"
      className="exercise-done"
      aria-pressed={done}
      data-exercise={key}
      onClick={() => updateProgress((p) => setExerciseDone(p, key, !done))}
    >
      <span aria-hidden="true" className="exercise-done-box">
        {done ? '✓' : ''}
      </span>
      {text.markDone}
    </button>
  );
}
