import { useState } from 'react';
import { Link } from 'wouter';
import { useHydrated } from '../../lib/useHydrated';
import { useChapters } from '../chapters';
import { resetProgress, useProgress } from './store';
import { useProgressStrings } from './strings';

/**
 * The contents page's progress box: "Continue where you left off" (the last chapter and
 * section read), a one-line summary and "Reset progress" (asks first). Nothing before
 * hydration, and nothing for a reader with no progress.
 */
export function ContinueReading() {
  const hydrated = useHydrated();
  const progress = useProgress();
  const chapters = useChapters();
  const text = useProgressStrings();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  if (!hydrated) return null;
  const last = progress.last && chapters.find((chapter) => chapter.slug === progress.last?.slug);
  const status = (
    <p role="status" className="progress-status">
      {cleared ? text.cleared : ''}
    </p>
  );
  // The status line stays in place (a live region must exist before its text changes).
  if (!last && progress.visited.length === 0 && progress.done.length === 0) return <div>{status}</div>;
  const visited = chapters.filter((chapter) => progress.visited.includes(chapter.slug)).length;
  const section = last && progress.last?.section;
  return (
    <div>
      <section className="continue-reading" aria-labelledby="continue-title" data-progress-box="true">
        <h2 id="continue-title">{text.continueTitle}</h2>
        {last && (
          <p className="continue-link">
            <Link href={`/chapters/${last.slug}${section ? `#${section}` : ''}`} data-continue={last.slug}>
              <span className="chapter-number">{last.label}</span> {last.title}
              {section && progress.last?.sectionTitle ? ` — ${progress.last.sectionTitle}` : ''}
            </Link>
          </p>
        )}
        <p className="progress-summary">{text.summary(visited, chapters.length, progress.done.length)}</p>
        {confirming ? (
          <div className="progress-confirm" role="group" aria-labelledby="progress-confirm-question">
            <p id="progress-confirm-question">{text.confirm}</p>
            <button
              type="button"
              onClick={() => {
                resetProgress();
                setConfirming(false);
                setCleared(true);
              }}
            >
              {text.confirmYes}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {text.cancel}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {text.reset}
          </button>
        )}
      </section>
      {status}
    </div>
  );
}
