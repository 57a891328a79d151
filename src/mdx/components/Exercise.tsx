import type { ReactNode } from 'react';
import { ExerciseDone } from '../../app/progress/lazy';
import { useT } from '../../i18n';

/** A numbered exercise; put the answer in `<Solution>`, which stays folded until opened. */
export function Exercise({ number, title, children }: { number?: string; title?: string; children: ReactNode }) {
  const t = useT();
  const name = t('content.exercise', { number: number ?? '' }).trim();
  return (
    <section className="exercise" aria-label={name}>
      <p className="exercise-title">
        {name}
        {title ? `: ${title}` : ''}
        <ExerciseDone number={number} />
      </p>
      {children}
    </section>
  );
}

export function Solution({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <details className="solution">
      <summary>{t('content.solution')}</summary>
      {children}
    </details>
  );
}
