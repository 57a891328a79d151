import type { ReactNode } from 'react';
import { useT } from '../../i18n';

/** A numbered figure; `number` and the final `id` are set by the numbering plugin. */
export function Figure({
  id,
  number,
  caption,
  children,
}: {
  id?: string;
  number?: string;
  caption: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <figure id={id} className="figure">
      <div className="figure-body">{children}</div>
      <figcaption>
        <span className="figure-number">{t('content.figure', { number })}</span> {caption}
      </figcaption>
    </figure>
  );
}
