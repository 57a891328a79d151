/**
 * Writes one HTML file per route into the build folder from the SSR bundle, so every page is
 * readable before JavaScript runs and can be served by any static host. Called by scripts/build.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface ServerEntry {
  allRoutes(): string[];
  render(path: string): Promise<{ html: string; title: string; description: string; found: boolean }>;
  /** Deep lecture addresses (`/lecture/<slug>/3/1`): each gets a small page that boots the app there. */
  deckRoutes(): Promise<string[]>;
  pageMeta(path: string): { title: string; description: string };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Returns the number of routes written (404.html not counted). */
export async function prerender({ outDir, ssrEntry }: { outDir: string; ssrEntry: string }): Promise<number> {
  const server = (await import(pathToFileURL(ssrEntry).href)) as ServerEntry;
  const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  // `data-route` names the path the HTML was rendered for: the client hydrates only that path
  // (404.html also answers deep lecture links, which it renders afresh; see src/entry-client.tsx).
  const page = (route: string, { html, title, description }: { html: string; title: string; description: string }) =>
    template
      .replace('<div id="root">', `<div id="root" data-route="${escapeHtml(route)}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"/,
        `<meta name="description" content="${escapeHtml(description)}"`,
      )
      .replace('<!--app-->', html);

  const routes = server.allRoutes();
  for (const route of routes) {
    const file = path.join(outDir, route, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page(route, await server.render(route)));
  }
  const noScript =
    '<noscript><p>The lecture view needs JavaScript. The chapter itself reads without it.</p></noscript>';
  for (const route of await server.deckRoutes()) {
    const file = path.join(outDir, route, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page(route, { ...server.pageMeta(route), html: '' }).replace('</body>', `${noScript}</body>`));
  }
  writeFileSync(path.join(outDir, '404.html'), page('/404', await server.render('/404')));
  writeFileSync(path.join(outDir, 'routes.json'), JSON.stringify(routes, null, 2));
  return routes.length;
}
