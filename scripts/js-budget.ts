/**
 * The JavaScript performance budget, measured by every build (scripts/build.ts) and enforced by the
 * browser suite (tests/e2e/js-budget.test.ts): a text-only chapter (one without a lab; diagrams
 * render lazily) may load at most JS_BUDGET_BYTES of gzipped JavaScript before it is interactive,
 * and no page may load TF.js, Mermaid or uPlot before it is interactive (they load when a lab starts
 * or a diagram scrolls into view; the build itself fails on that).
 *
 * "Before interaction" is what the prerendered HTML loads: its entry script, every
 * `<link rel="modulepreload">` (the chapter's chunk and its figures: scripts/route-assets.ts), and
 * everything those import statically. Sizes are gzip level 6 (what static hosts typically serve).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { baseOf, MANIFEST_FILE, readManifest, staticClosure, type Manifest } from './route-assets';

export const JS_BUDGET_BYTES = 150 * 1000;

/** Libraries that must never be part of a page's initial JavaScript. */
export const HEAVY_LIBRARIES = {
  'TF.js': /[\\/]node_modules[\\/]@tensorflow[\\/]/,
  Mermaid: /[\\/]node_modules[\\/]mermaid[\\/]/,
  uPlot: /[\\/]node_modules[\\/]uplot[\\/]/,
};

/** Records, during the client build, which source modules went into each JS chunk (by file name). */
export function chunkModulesPlugin(into: Map<string, string[]>): Plugin {
  return {
    name: 'book-chunk-modules',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') into.set(output.fileName, output.moduleIds);
      }
    },
  };
}

export interface RouteJs {
  route: string;
  /** JS files loaded before interaction. */
  files: string[];
  gzip: number;
  /** A chapter page without labs and diagrams. */
  textOnly: boolean;
  chapter: boolean;
  /** Heavy libraries (HEAVY_LIBRARIES) found in the initial JS. */
  heavy: string[];
}

const gzipCache = new Map<string, number>();
export function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The JS files a prerendered page references before interaction: entry scripts and modulepreloads. */
export function referencedScripts(html: string, base: string): string[] {
  const files: string[] = [];
  for (const tag of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const text = tag[0];
    const isModule = tag[1] === 'script' ? /\btype="module"/.test(text) : /\brel="modulepreload"/.test(text);
    const url = /\b(?:src|href)="([^"]+)"/.exec(text)?.[1];
    if (isModule && url?.startsWith(base) && url.endsWith('.js')) files.push(url.slice(base.length));
  }
  return files;
}

/** Measures one route of the build in `outDir`. */
export function measureRoute(
  outDir: string,
  route: string,
  manifest: Manifest,
  base: string,
  chunkModules: Map<string, string[]>,
): RouteJs {
  const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const direct = referencedScripts(html, base);
  const keys = direct.map((file) => keyOf.get(file)).filter((key): key is string => key !== undefined);
  const files = [...new Set([...direct, ...staticClosure(manifest, keys).js])];
  const heavy = Object.entries(HEAVY_LIBRARIES)
    .filter(([, pattern]) => files.some((file) => (chunkModules.get(file) ?? []).some((id) => pattern.test(id))))
    .map(([name]) => name);
  const chapter = /^(?:\/[a-z]{2})?\/chapters\/[^/]+$/.test(route);
  const textOnly = chapter && !html.includes('data-lab-placeholder');
  const gzip = files.reduce((sum, file) => sum + gzipSize(path.join(outDir, file)), 0);
  return { route, files, gzip, textOnly, chapter, heavy };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** A printable report; `problems` is empty when the build is within budget. */
export function checkJsBudget(
  outDir: string,
  routes: string[],
  manifest: Manifest,
  base: string,
  chunkModules: Map<string, string[]>,
): { problems: string[]; report: string; measured: RouteJs[] } {
  const measured = routes.map((route) => measureRoute(outDir, route, manifest, base, chunkModules));
  const problems: string[] = [];
  for (const page of measured) {
    if (page.textOnly && page.gzip > JS_BUDGET_BYTES) {
      problems.push(
        `${page.route} loads ${kb(page.gzip)} of JS (gzip) before interaction; the budget is ${kb(JS_BUDGET_BYTES)}`,
      );
    }
    if (page.heavy.length > 0) problems.push(`${page.route} loads ${page.heavy.join(', ')} before interaction`);
  }
  const shown = measured.filter((page) => page.chapter || page.route === '/' || /^(\/[a-z]{2})?\/?$/.test(page.route));
  const lines = [
    'JS before interaction (gzip):',
    ...shown.map(
      (page) => `  ${kb(page.gzip).padStart(9)}  ${page.route}${page.chapter && !page.textOnly ? '  (has a lab)' : ''}`,
    ),
  ];
  const chunks = [...new Set(shown.flatMap((page) => page.files))]
    .map((file) => ({
      file,
      gzip: gzipSize(path.join(outDir, file)),
      pages: shown.filter((page) => page.files.includes(file)).length,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  lines.push(
    'Chunks in those pages (gzip, pages using it):',
    ...chunks.map((c) => `  ${kb(c.gzip).padStart(9)}  ${String(c.pages).padStart(3)}  ${c.file}`),
  );
  const worst = Math.max(0, ...measured.filter((page) => page.textOnly).map((page) => page.gzip));
  lines.push(`Largest text-only chapter: ${kb(worst)} of ${kb(JS_BUDGET_BYTES)}.`);
  return { problems, report: lines.join('\n'), measured };
}

/** Where the build writes the measurements (read by tests/e2e/js-budget.test.ts). */
export const BUDGET_REPORT = 'js-budget.json';

export interface BudgetReport {
  budget: number;
  routes: RouteJs[];
  /** gzip bytes of every JS file some measured page loads before interaction. */
  chunks: Record<string, number>;
}

/**
 * Measures the finished build in `outDir` (scripts/build.ts calls it after prerendering): prints the
 * tables, writes `js-budget.json` for the browser suite (which fails when a text-only chapter is over
 * budget) and removes Vite's manifest (only the build needs it). Throws, failing the build, when a page
 * loads TF.js, Mermaid or uPlot before interaction.
 */
export function reportJsBudget(outDir: string, chunkModules: Map<string, string[]>): BudgetReport {
  const manifest = readManifest(outDir);
  if (!manifest) throw new Error(`JS budget: ${MANIFEST_FILE} is missing (build.manifest must be on)`);
  const routes = JSON.parse(readFileSync(path.join(outDir, 'routes.json'), 'utf8')) as string[];
  const base = baseOf(manifest, readFileSync(path.join(outDir, 'index.html'), 'utf8'));
  const { problems, report, measured } = checkJsBudget(outDir, routes, manifest, base, chunkModules);
  console.log(report);
  if (problems.length > 0) console.warn(`JS budget exceeded:\n  ${problems.join('\n  ')}`);
  const chunks = Object.fromEntries(
    [...new Set(measured.flatMap((page) => page.files))].map((file) => [file, gzipSize(path.join(outDir, file))]),
  );
  const result: BudgetReport = { budget: JS_BUDGET_BYTES, routes: measured, chunks };
  writeFileSync(path.join(outDir, BUDGET_REPORT), JSON.stringify(result, null, 1));
  rmSync(path.join(outDir, path.dirname(MANIFEST_FILE)), { recursive: true, force: true });
  const heavy = measured.filter((page) => page.heavy.length > 0);
  if (heavy.length > 0) {
    throw new Error(
      `Heavy libraries in a page's initial JS:\n  ${heavy.map((p) => `${p.route}: ${p.heavy.join(', ')}`).join('\n  ')}`,
    );
  }
  return result;
}
