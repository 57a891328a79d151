import { useEffect } from 'react';
import type { TocEntry } from '../../mdx/plugins/toc';

/**
 * Remembers that the reader opened chapter `slug` and which of its sections (h2) they reached,
 * for the sidebar's ticks and "Continue where you left off". `toc` is undefined until the
 * chapter's content is there (nothing is recorded before). The recording code is its own chunk,
 * loaded after the page is interactive.
 */
export function useRecordProgress(slug: string, toc: readonly TocEntry[] | undefined): void {
  useEffect(() => {
    if (!toc) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./record').then(({ watchProgress }) => {
      if (!cancelled) stop = watchProgress(slug, toc);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [slug, toc]);
}
