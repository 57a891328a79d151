import type { ReactNode } from 'react';

const TITLES = { note: 'Note', tip: 'Tip', warning: 'Warning' } as const;

export type CalloutType = keyof typeof TITLES;

/** A boxed aside: `<Callout type="warning" title="...">`. */
export function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: CalloutType;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`callout callout-${type}`} aria-label={title ?? TITLES[type]}>
      <p className="callout-title">{title ?? TITLES[type]}</p>
      {children}
    </aside>
  );
}
