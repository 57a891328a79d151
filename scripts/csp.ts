/**
 * The site's Content-Security-Policy. Applied after prerendering (scripts/build.ts): every HTML
 * page in the build gets it as `<meta http-equiv>`, with the sha256 of each inline script that
 * page carries (the theme script in index.html), and `_headers` (the Netlify / Cloudflare Pages
 * format, read by scripts/serve.ts) carries the same policy as an HTTP header, which also
 * covers workers and the service worker (a `<meta>` policy does not reach them).
 *
 * - script-src: no 'unsafe-eval' and no 'unsafe-inline'. 'wasm-unsafe-eval' lets the TF.js wasm
 *   backend compile its binaries.
 * - style-src 'unsafe-inline': KaTeX sets inline `style` attributes and Mermaid puts a `<style>`
 *   into each SVG. Styles cannot run code; scripts stay strict.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The policy with the given inline-script hashes (`'sha256-…'`). */
export function contentSecurityPolicy(scriptHashes: Iterable<string> = []): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${hashes.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** `'sha256-…'` of the text of every inline `<script>` (no `src`) in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1] ?? '')) continue;
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(match[2] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return hashes;
}

/** Inserts the policy as the first element of `<head>`, before any script it governs. */
export function withCspMeta(html: string, policy: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.replace(/<head([^>]*)>/i, (head) => `${head}\n    ${meta}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Writes the policy into every page of the build in `outDir` and into `outDir/_headers`.
 * Returns the site-wide policy (the union of all pages' inline-script hashes).
 */
export function applyCsp(outDir: string): string {
  const files = htmlFiles(outDir);
  const all = new Set<string>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const hashes = inlineScriptHashes(html);
    hashes.forEach((hash) => all.add(hash));
    writeFileSync(file, withCspMeta(html, contentSecurityPolicy(hashes)));
  }
  const policy = contentSecurityPolicy(all);
  writeFileSync(path.join(outDir, '_headers'), `/*\n  Content-Security-Policy: ${policy}\n`);
  return policy;
}

/** The headers `_headers` gives every path (`/*` block only), for scripts/serve.ts. */
export function readHeadersFile(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
