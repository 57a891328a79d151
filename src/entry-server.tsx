import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { chapters, loadChapter } from './app/chapters';
import { allRoutes, chapterSlugFromPath, lectureSlugFromPath, pageMeta } from './app/routes';
import { allPositions, deckPath, deckShape } from './lecture/positions';
import type { SlideInfo } from './mdx/plugins/slides';

export { allRoutes, pageMeta };

/**
 * Every slide and step address of every lecture and presenter view except the first (which
 * `allRoutes` prerenders in full). The prerender writes a small page for each that starts the
 * app at that position, so reload and shared links get a real page (HTTP 200) on any static host.
 */
export async function deckRoutes(): Promise<string[]> {
  const routes: string[] = [];
  for (const chapter of chapters) {
    const module = (await loadChapter(chapter.slug)) as { slides?: SlideInfo[] } | undefined;
    for (const position of allPositions(deckShape(module?.slides ?? [])).slice(1)) {
      routes.push(deckPath('lecture', chapter.slug, position), deckPath('presenter', chapter.slug, position));
    }
  }
  return routes;
}

/** Renders one route to HTML (used by scripts/prerender.ts after the SSR build). */
export async function render(
  path: string,
): Promise<{ html: string; title: string; description: string; found: boolean }> {
  const slug = chapterSlugFromPath(path) ?? lectureSlugFromPath(path);
  if (slug) await loadChapter(slug);
  const html = renderToString(<App ssrPath={path} />);
  return { html, ...pageMeta(path) };
}
