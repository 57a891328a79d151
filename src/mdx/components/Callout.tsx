import type { ReactNode } from 'react';
import { useT } from '../../i18n';

export type CalloutType = 'note' | 'tip' | 'warning';

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
  const t = useT();
  const heading = title ?? t(`content.${type}`);
  return (
    <aside className={`callout callout-${type}`} aria-label={heading}>
      <p className="callout-title">{heading}</p>
      {children}
    </aside>
  );
}
