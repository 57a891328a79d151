/**
 * Writes one HTML file per route into dist/ (after `vite build` and the SSR build into
 * dist-ssr/), so every page is readable before JavaScript runs and from any static host.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const ssrEntry = path.join(root, 'dist-ssr', 'entry-server.js');

interface ServerEntry {
  allRoutes(): string[];
  render(path: string): Promise<{ html: string; title: string; description: string; found: boolean }>;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function main(): Promise<void> {
  const server = (await import(pathToFileURL(ssrEntry).href)) as ServerEntry;
  const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const page = (html: string, title: string, description: string) =>
    template
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"/,
        `<meta name="description" content="${escapeHtml(description)}"`,
      )
      .replace('<!--app-->', html);

  const routes = server.allRoutes();
  for (const route of routes) {
    const { html, title, description } = await server.render(route);
    const file = path.join(dist, route, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page(html, title, description));
  }
  const missing = await server.render('/404');
  writeFileSync(path.join(dist, '404.html'), page(missing.html, missing.title, missing.description));
  writeFileSync(path.join(dist, 'routes.json'), JSON.stringify(routes, null, 2));
  rmSync(path.join(root, 'dist-ssr'), { recursive: true, force: true });
  console.log(`prerendered ${routes.length} routes + 404.html into dist/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
