import { doneInChapter } from '../../lib/progress';
import { useHydrated } from '../../lib/useHydrated';
import { useProgress } from './store';
import { useProgressStrings } from './strings';

/** The sidebar's marks for one chapter: a tick once visited, and exercises done out of all. */
export function ChapterProgress({ slug, exercises = 0 }: { slug: string; exercises?: number }) {
  const hydrated = useHydrated();
  const progress = useProgress();
  const text = useProgressStrings();
  if (!hydrated) return null;
  const visited = progress.visited.includes(slug);
  const done = doneInChapter(progress, slug);
  if (!visited && done === 0) return null;
  return (
    <span className="chapter-progress" data-progress={slug}>
      {visited && (
        <span className="chapter-visited" data-visited="true">
          <span aria-hidden="true">✓</span>
          <span className="visually-hidden">{text.visited}</span>
        </span>
      )}
      {exercises > 0 && done > 0 && (
        <span className="chapter-exercises" data-done={done} title={text.exercisesDone(done, exercises)}>
          <span aria-hidden="true">
            {done}/{exercises}
          </span>
          <span className="visually-hidden">{text.exercisesDone(done, exercises)}</span>
        </span>
      )}
    </span>
  );
}
