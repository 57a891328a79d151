/**
 * The structure of a chapter's MDX source, item by item, for comparing a translation with its
 * original (tests/content/zh-structure.test.ts; the translators' tool /work/tools/zh-check.mts
 * uses the same rules). Compared, in order: heading depth + explicit id, JSX component tags with
 * their attributes (free-text attributes such as title= and caption= by name only, since they are
 * translated), \label{..}, id="..." anchors, code/mermaid fences, $$ display-math blocks and
 * internal link targets (/chapters/..., /labs/..., #...).
 */

/** Attributes whose values are prose (translated), compared by name only. */
const FREE_TEXT = /^(title|caption|label|alt|summary|question|answer|term|text|description|aria-label)$/;

export function structure(source: string): string[] {
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  let fence = false;
  for (const line of body.split('\n')) {
    const f = /^\s*(```+|~~~+)\s*([a-z]*)/.exec(line);
    if (f) {
      if (!fence) out.push(`fence:${f[2] || 'plain'}`);
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const h = /^(#{1,6}) .*?(\\\{#[A-Za-z0-9_-]+\})?\s*$/.exec(line);
    if (h) out.push(`h${h[1].length}:${h[2] ?? '(no id)'}`);
    for (const m of line.matchAll(/<([A-Z][A-Za-z0-9.]*)((?:\s+[a-zA-Z-]+(?:=(?:"[^"]*"|\{[^}]*\}))?)*)\s*\/?>/g)) {
      const attrs = [...m[2].matchAll(/([a-zA-Z-]+)(?:=("[^"]*"|\{[^}]*\}))?/g)]
        .map((a) => (FREE_TEXT.test(a[1]) ? a[1] : `${a[1]}=${a[2] ?? ''}`))
        .join(' ');
      out.push(`<${m[1]} ${attrs}>`);
    }
    for (const m of line.matchAll(/\\label\{([^}]*)\}/g)) out.push(`label:${m[1]}`);
    for (const m of line.matchAll(/\bid="([^"]*)"/g)) out.push(`id:${m[1]}`);
    for (const m of line.matchAll(/\]\((\/[^)\s]*|#[^)\s]*)\)/g)) out.push(`link:${m[1]}`);
    if (/^\s*\$\$/.test(line)) out.push('$$');
  }
  return out;
}

/** The first `limit` differences between two structures, as readable lines ("" when equal). */
export function structureDiff(original: string[], translation: string[], limit = 10): string[] {
  const lines: string[] = [];
  const n = Math.max(original.length, translation.length);
  for (let i = 0; i < n && lines.length < limit; i++) {
    if (original[i] !== translation[i]) {
      lines.push(`item ${i}: English ${original[i] ?? '(none)'} | translation ${translation[i] ?? '(none)'}`);
    }
  }
  return lines;
}

/** One kind of item, e.g. every heading id (`h`), label (`label:`) or component (`<`). */
export const itemsOf = (items: string[], prefix: string) => items.filter((item) => item.startsWith(prefix));
