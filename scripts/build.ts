/**
 * The production build: client bundle, SSR bundle, then one prerendered HTML file per route.
 *
 *   tsx scripts/build.ts                      -> dist/ for the host's root
 *   BASE_PATH=/book/ tsx scripts/build.ts     -> dist/ for https://host/book/
 *   tsx scripts/build.ts --out-dir dist-book  -> another output folder (the browser tests use one)
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { applyCsp } from './csp';
import { chunkModulesPlugin, reportJsBudget } from './js-budget';
import { prerender } from './prerender';
import { writeIcons } from './pwa/icons';
import { generateServiceWorker } from './pwa/service-worker';

const root = path.resolve(import.meta.dirname, '..');

export async function buildSite(options: { outDir?: string; base?: string } = {}): Promise<void> {
  const outDir = path.resolve(root, options.outDir ?? 'dist');
  // The SSR bundle stays inside the project so Node resolves react-dom etc. from node_modules,
  // whatever folder the site itself is built into.
  const ssrDir = path.join(root, 'node_modules', '.ssr', createHash('sha1').update(outDir).digest('hex').slice(0, 12));
  const base = options.base ?? process.env.BASE_PATH ?? '/';
  const started = performance.now();
  // The manifest and the chunk contents feed the JS budget check (scripts/js-budget.ts).
  const chunkModules = new Map<string, string[]>();
  await build({
    root,
    base,
    configLoader: 'runner',
    logLevel: 'warn',
    plugins: [chunkModulesPlugin(chunkModules)],
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  await build({
    root,
    base,
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir: ssrDir, ssr: 'src/entry-server.tsx', emptyOutDir: true },
  });
  const routes = await prerender({ outDir, ssrEntry: path.join(ssrDir, 'entry-server.js') });
  rmSync(ssrDir, { recursive: true, force: true });
  reportJsBudget(outDir, chunkModules); // JS per page; fails when TF.js, Mermaid or uPlot load up front
  // After prerendering: the CSP goes into every page, then the service worker precaches the result.
  applyCsp(outDir);
  writeIcons(outDir);
  const sw = await generateServiceWorker(outDir);
  sw.warnings.forEach((warning) => console.warn(`service worker: ${warning}`));
  console.log(`service worker: ${sw.count} files precached, ${(sw.size / 1024 / 1024).toFixed(1)} MB`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`built ${routes} pages into ${path.relative(root, outDir)}/ (base ${base}) in ${seconds} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf('--out-dir');
  buildSite({ outDir: flag > 0 ? process.argv[flag + 1] : undefined }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
