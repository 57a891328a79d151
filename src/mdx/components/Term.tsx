import { Children, isValidElement, useEffect, useId, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import './term.css';

/** Holds a term's definition inside `<Term>` (added at build time by src/mdx/plugins/terms.ts). */
export function TermDefinition({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/**
 * A glossary term in the text: a link to its entry in the glossary appendix that shows the
 * definition in a tooltip on hover and on keyboard focus (Esc hides it; the pointer can move
 * onto it). The definition is also the link's accessible description, and is in the
 * prerendered page, so it needs no JavaScript.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const tipId = `term-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(false);
  const parts = Children.toArray(children);
  const definition = parts.find((part) => isValidElement(part) && part.type === TermDefinition);
  const word = parts.filter((part) => part !== definition);

  useEffect(() => {
    if (!active || dismissed) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, dismissed]);

  const enter = () => {
    setActive(true);
    setDismissed(false);
  };
  const leave = () => {
    setActive(false);
    setDismissed(false);
  };
  return (
    <span
      className="term"
      data-term={id}
      data-dismissed={dismissed || undefined}
      onMouseEnter={enter}
      onMouseLeave={leave}
      onFocus={enter}
      onBlur={leave}
    >
      <Link href={`/chapters/glossary#${id}`} className="term-link" aria-describedby={definition ? tipId : undefined}>
        {word}
      </Link>
      {definition && (
        <span role="tooltip" id={tipId} className="term-tooltip">
          {definition}
        </span>
      )}
    </span>
  );
}
