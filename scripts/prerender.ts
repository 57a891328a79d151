/**
 * Writes one HTML file per route into the build folder from the SSR bundle, so every page is
 * readable before JavaScript runs and can be served by any static host. Called by scripts/build.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { baseOf, preloadTags, readManifest } from './route-assets';

interface ServerEntry {
  allRoutes(): string[];
  render(path: string): Promise<{ html: string; title: string; description: string; found: boolean; lang?: string }>;
  /** Deep lecture addresses (`/lecture/<slug>/3/1`): each gets a small page that boots the app there. */
  deckRoutes(): Promise<string[]>;
  pageMeta(path: string): { title: string; description: string; lang?: string };
  /** The source modules (manifest keys) the client loads before hydrating a path: their chunks get preloaded. */
  routeModules?(path: string): string[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Returns the number of routes written (404.html not counted). */
export async function prerender({ outDir, ssrEntry }: { outDir: string; ssrEntry: string }): Promise<number> {
  const server = (await import(pathToFileURL(ssrEntry).href)) as ServerEntry;
  const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  // A chapter's chunk (with its figures' code and CSS) is linked into its page: scripts/route-assets.ts.
  const manifest = readManifest(outDir);
  const base = manifest && baseOf(manifest, template);
  const preloads = (route: string) =>
    manifest && base !== undefined ? preloadTags(manifest, server.routeModules?.(route) ?? [], base, template) : '';
  // `data-route` names the path the HTML was rendered for: the client hydrates only that path
  // (404.html also answers deep lecture links, which it renders afresh; see src/entry-client.tsx).
  const page = (
    route: string,
    { html, title, description, lang = 'en' }: { html: string; title: string; description: string; lang?: string },
  ) =>
    template
      .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(lang)}"`)
      .replace('<div id="root">', `<div id="root" data-route="${escapeHtml(route)}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"/,
        `<meta name="description" content="${escapeHtml(description)}"`,
      )
      .replace('</head>', () => {
        const tags = preloads(route);
        return tags ? `  ${tags}\n  </head>` : '</head>';
      })
      .replace('<!--app-->', () => html);

  const routes = server.allRoutes();
  for (const route of routes) {
    const file = path.join(outDir, route, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page(route, await server.render(route)));
  }
  const noScript = (lang = 'en') =>
    lang.startsWith('zh')
      ? '<noscript><p>讲课视图需要 JavaScript。章节正文无需 JavaScript 即可阅读。</p></noscript>'
      : '<noscript><p>The lecture view needs JavaScript. The chapter itself reads without it.</p></noscript>';
  for (const route of await server.deckRoutes()) {
    const file = path.join(outDir, route, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    const meta = server.pageMeta(route);
    writeFileSync(file, page(route, { ...meta, html: '' }).replace('</body>', `${noScript(meta.lang)}</body>`));
  }
  writeFileSync(path.join(outDir, '404.html'), page('/404', await server.render('/404')));
  // The Chinese edition's 404 (lang zh-CN), for hosts that serve the nearest 404.html (scripts/serve.ts does).
  mkdirSync(path.join(outDir, 'zh'), { recursive: true });
  writeFileSync(path.join(outDir, 'zh', '404.html'), page('/zh/404', await server.render('/zh/404')));
  writeFileSync(path.join(outDir, 'routes.json'), JSON.stringify(routes, null, 2));
  return routes.length;
}
