import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { loadChapter } from './app/chapters';
import { allRoutes, chapterSlugFromPath, pageMeta } from './app/routes';

export { allRoutes };

/** Renders one route to HTML (used by scripts/prerender.ts after the SSR build). */
export async function render(
  path: string,
): Promise<{ html: string; title: string; description: string; found: boolean }> {
  const slug = chapterSlugFromPath(path);
  if (slug) await loadChapter(slug);
  const html = renderToString(<App ssrPath={path} />);
  return { html, ...pageMeta(path) };
}
