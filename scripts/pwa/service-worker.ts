/**
 * Generates the offline service worker (`sw.js`) for a finished build with workbox-build, after
 * prerendering and the CSP pass (so precache revisions match the final HTML). Called by
 * scripts/build.ts; registered by src/app/offline/service-worker.ts in production builds.
 *
 * Precached (on install, before the "Available offline" state):
 * - every fully prerendered page named in routes.json (contents, chapters, labs, the first slide of
 *   each lecture and presenter view, /print) and 404.html; the ~2,000 small pages for deeper slides
 *   are not: a navigation the precache cannot answer gets 404.html, which boots the app at that
 *   address, the same thing it does on a static host;
 * - all JS, CSS, woff2 fonts and wasm binaries, the web app manifest and icons;
 * - the MNIST digits (data/mnist.bin, 7.5 MB).
 * Cached on first use (CacheFirst): everything else under data/ (the IMDB reviews, 19 MB, and
 * their vocabulary) and the woff/ttf font fallbacks browsers with woff2 never fetch.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateSW, type ManifestEntry } from 'workbox-build';

export interface ServiceWorkerReport {
  count: number;
  size: number;
  warnings: string[];
}

/** A route's prerendered file, relative to the build folder: `/chapters/x` -> `chapters/x/index.html`. */
const routeFile = (route: string) => `${route.replace(/^\/+|\/+$/g, '')}/index.html`.replace(/^\//, '');

export async function generateServiceWorker(outDir: string): Promise<ServiceWorkerReport> {
  const routes = JSON.parse(readFileSync(path.join(outDir, 'routes.json'), 'utf8')) as string[];
  const pages = routes.map(routeFile);
  // Pages are precached under their address (`chapters/x`, `zh/`), not their file, so that a
  // navigation to the address finds them (the root keeps `index.html`: workbox maps `/` to it).
  const addresses = new Map(routes.filter((route) => route !== '/').map((route) => [routeFile(route), route.slice(1)]));
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      ...pages,
      '404.html',
      'assets/**/*.{js,css,woff2,wasm,svg,png}',
      'manifest.webmanifest',
      'icon*.{svg,png}',
      'data/mnist.bin',
      'data/manifest.json',
    ],
    swDest: path.join(outDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    cacheId: 'large-models-book',
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Vite's file names carry a content hash already: no revision needed for those.
    dontCacheBustURLsMatching: /^assets\//,
    manifestTransforms: [
      (entries: (ManifestEntry & { size: number })[]) => ({
        manifest: entries.map((entry) => ({ ...entry, url: addresses.get(entry.url) ?? entry.url })),
      }),
    ],
    // `/labs/mlp?data=moons` is the page `/labs/mlp`: the app reads the query itself.
    ignoreURLParametersMatching: [/./],
    navigateFallback: '404.html',
    navigateFallbackDenylist: [/\/[^/]+\.[a-z0-9]+$/i],
    clientsClaim: true,
    // No skipWaiting: a new version waits until the reader accepts the "Update available" prompt
    // (the page then posts {type: 'SKIP_WAITING'}, which workbox's generated worker handles).
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/[^/]+$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'large-models-book-data' },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\.(woff|ttf)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'large-models-book-fonts' },
      },
    ],
  });
  return { count, size, warnings };
}
