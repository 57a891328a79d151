/**
 * Which built files a page loads before it becomes interactive, read from Vite's manifest
 * (`build.manifest`, written by scripts/build.ts into `<outDir>/.vite/manifest.json`).
 *
 * A chapter page's entry script awaits the chapter's own chunk before hydrating
 * (src/entry-client.tsx); that chunk statically imports the figures the chapter shows
 * (src/mdx/plugins/figure-imports.ts). The prerender links those chunks (modulepreload) and their
 * stylesheets into the HTML, so they download in parallel with the entry and a prerendered figure is
 * styled before any script runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One entry of Vite's `.vite/manifest.json` (the fields used here). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export const MANIFEST_FILE = path.join('.vite', 'manifest.json');

export function readManifest(outDir: string): Manifest | undefined {
  const file = path.join(outDir, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/** The JS files and stylesheets of the chunks `keys` name, with everything they import statically. */
export function staticClosure(manifest: Manifest, keys: Iterable<string>): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the Vite manifest has no entry "${key}"`);
    js.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  for (const key of keys) visit(key);
  return { js: [...js], css: [...css] };
}

/**
 * `<link>` tags for the modules a page loads before hydration (`modules`: manifest keys such as
 * `content/03-losses.mdx`), leaving out files the HTML already references. `base` is the site's base.
 */
export function preloadTags(manifest: Manifest, modules: string[], base: string, html: string): string {
  const known = modules.filter((key) => manifest[key]);
  if (known.length === 0) return '';
  const { js, css } = staticClosure(manifest, known);
  const absent = (file: string) => !html.includes(`"${base}${file}"`);
  return [
    ...css.filter(absent).map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    ...js.filter(absent).map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
  ].join('\n    ');
}

/** The site's base as the built HTML writes it: the prefix before the entry script's file name. */
export function baseOf(manifest: Manifest, html: string): string {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry chunk');
  const match = new RegExp(`src="([^"]*)${entry.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).exec(html);
  if (!match) throw new Error(`index.html does not load the entry ${entry.file}`);
  return match[1] ?? '/';
}
