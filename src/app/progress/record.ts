import { recordVisit } from '../../lib/progress';
import type { TocEntry } from '../../mdx/plugins/toc';
import { updateProgress } from './store';

/**
 * Records a visit to chapter `slug` and then, as the reader scrolls, the section (h2) in view.
 * Returns the function that stops watching.
 */
export function watchProgress(slug: string, toc: readonly TocEntry[]): () => void {
  // Opening a chapter keeps the section remembered for it, if it is the last one read.
  updateProgress((p) =>
    p.last?.slug === slug ? recordVisit(p, slug, p.last.section, p.last.sectionTitle) : recordVisit(p, slug),
  );
  const sections = toc
    .filter((entry) => entry.depth === 2)
    .map((entry) => ({ entry, element: document.getElementById(entry.id) }))
    .filter((s): s is { entry: TocEntry; element: HTMLElement } => s.element !== null);
  if (sections.length === 0) return () => {};
  const observer = new IntersectionObserver(
    (observed) => {
      const top = observed
        .filter((e) => e.isIntersecting)
        .sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
      const section = sections.find((s) => s.element === top?.target);
      if (section) updateProgress((progress) => recordVisit(progress, slug, section.entry.id, section.entry.text));
    },
    { rootMargin: '0px 0px -70% 0px' },
  );
  sections.forEach((s) => observer.observe(s.element));
  return () => observer.disconnect();
}
