import type { ReactNode } from 'react';

/** A numbered exercise; put the answer in `<Solution>`, which stays folded until opened. */
export function Exercise({ number, title, children }: { number?: string; title?: string; children: ReactNode }) {
  return (
    <section className="exercise" aria-label={`Exercise ${number ?? ''}`.trim()}>
      <p className="exercise-title">
        Exercise {number}
        {title ? `: ${title}` : ''}
      </p>
      {children}
    </section>
  );
}

export function Solution({ children }: { children: ReactNode }) {
  return (
    <details className="solution">
      <summary>Show solution</summary>
      {children}
    </details>
  );
}
