import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { chapterBySlug, chaptersIn, loadChapter, loadSummaries } from './app/chapters';
import { LANGS, localizedPath, splitLang } from './i18n/lang';
import { preloadPrintPage } from './app/print-preload';
import { allRoutes, chapterSlugFromPath, lectureSlugFromPath, pageMeta, PRINT_PATH, routerBase } from './app/routes';
import { loadLectureViews } from './lecture/lazy';
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
  for (const lang of LANGS) {
    for (const chapter of chaptersIn(lang)) {
      const module = (await loadChapter(chapter.slug, lang)) as { slides?: SlideInfo[] } | undefined;
      for (const position of allPositions(deckShape(module?.slides ?? [])).slice(1)) {
        for (const view of ['lecture', 'presenter'] as const) {
          routes.push(localizedPath(deckPath(view, chapter.slug, position), lang));
        }
      }
    }
  }
  return routes;
}

/** Renders one route to HTML (used by scripts/prerender.ts after the SSR build). */
export async function render(
  path: string,
): Promise<{ html: string; title: string; description: string; found: boolean; lang: string }> {
  const edition = splitLang(path);
  const slug = chapterSlugFromPath(edition.path) ?? lectureSlugFromPath(edition.path);
  if (slug) await loadChapter(slug, edition.lang);
  await loadSummaries(edition.lang);
  if (lectureSlugFromPath(edition.path)) await loadLectureViews();
  await preloadPrintPage(path);
  // wouter strips its base from the location, so the server location carries it too (a sub-path build).
  const html = renderToString(<App ssrPath={routerBase + path} />);
  return { html, ...pageMeta(path) };
}

/**
 * The source files (as Vite's manifest names them: `content/03-losses.mdx`) whose modules the client
 * loads before hydrating `path`. The prerender links their chunks (modulepreload) and stylesheets
 * (a chapter's figures bring their own CSS) into the page: scripts/route-assets.ts.
 */
export function routeModules(path: string): string[] {
  const edition = splitLang(path);
  const files =
    edition.path.replace(/\/+$/, '') === PRINT_PATH
      ? chaptersIn(edition.lang).map((chapter) => chapter.file)
      : [chapterSlugFromPath(edition.path) ?? lectureSlugFromPath(edition.path)]
          .map((slug) => (slug ? chapterBySlug(slug, edition.lang)?.file : undefined))
          .filter((file): file is string => file !== undefined);
  // The lecture and presenter views are their own chunk (src/lecture/lazy.tsx).
  if (lectureSlugFromPath(edition.path)) files.push('/src/lecture/views.ts');
  return [...new Set(files.map((file) => file.replace(/^\//, '')))];
}
