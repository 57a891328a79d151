/** Small helpers for asserting on server-rendered markup of the worked figures. */

/** The visible text of an HTML string: tags and React's `<!-- -->` separators removed, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The text inside the element carrying `data-value="name"`. */
export function dataValue(html: string, name: string): string | undefined {
  const m = new RegExp(`data-value="${name}"[^>]*>([\\s\\S]*?)</`).exec(html);
  return m ? textOf(m[1]).trim() : undefined;
}

/**
 * Accessibility problems in the markup: form controls without a label (a `<label for>` or an
 * aria-label) and SVGs that are not labelled images.
 */
export function accessibilityProblems(html: string): string[] {
  const problems: string[] = [];
  const labelled = new Set([...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]));
  for (const m of html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const attrs = m[2];
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!/\baria-label="[^"]+"/.test(attrs) && !(id && labelled.has(id))) problems.push(`unlabelled <${m[1]}${attrs}>`);
  }
  for (const m of html.matchAll(/<svg\b([^>]*)>/g)) {
    if (!/\brole="img"/.test(m[1]) || !/\baria-label="[^"]+"/.test(m[1])) problems.push(`unlabelled <svg${m[1]}>`);
  }
  return problems;
}
