import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import type { TocEntry } from '../mdx/plugins/toc';

/** "On this page": the chapter's h2/h3 headings, the one in view highlighted. */
export function Toc({ entries }: { entries: TocEntry[] }) {
  const active = useActiveHeading(entries);
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-label={t('chapter.onThisPage')}>
      <h2 className="toc-title">{t('chapter.onThisPage')}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} className={`toc-depth-${entry.depth}`}>
            <a href={`#${entry.id}`} aria-current={entry.id === active ? 'location' : undefined}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function useActiveHeading(entries: TocEntry[]): string | undefined {
  const [active, setActive] = useState<string>();
  useEffect(() => {
    const headings = entries
      .map((entry) => document.getElementById(entry.id))
      .filter((element): element is HTMLElement => element !== null);
    if (headings.length === 0) return;
    const observer = new IntersectionObserver(
      (observed) => {
        const visible = observed
          .filter((e) => e.isIntersecting)
          .sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top);
        if (visible[0]) setActive(visible[0].target.id);
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    headings.forEach((heading) => observer.observe(heading));
    return () => observer.disconnect();
  }, [entries]);
  return active;
}
