/** Text cut into plain and matching parts, for `<mark>`ing the words a search matched. Pure functions. */
export interface Part {
  text: string;
  match: boolean;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[\p{Script=Latin}\d]/u;

/**
 * A pattern for `terms`: a Latin or digit term matches at the start of a word ("entropy" in
 * "cross-entropy", "adam" in "AdamW"), any other term (Chinese) wherever it occurs. Case-insensitive.
 */
export function termPattern(terms: string[]): RegExp | undefined {
  const unique = [...new Set(terms.filter(Boolean).map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return undefined;
  const alternatives = unique.map((t) => (LATIN.test(t[0] ?? '') ? `(?<![\\p{L}\\p{N}])${escape(t)}` : escape(t)));
  return new RegExp(alternatives.join('|'), 'giu');
}

/** `text` as parts, the occurrences of `terms` marked. */
export function highlight(text: string, terms: string[]): Part[] {
  const pattern = termPattern(terms);
  if (!pattern) return [{ text, match: false }];
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: match[0], match: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * About `length` characters of `text` around the first occurrence of a term (the start of the text
 * when none occurs), cut at spaces where there are any, with … where text was left out.
 */
export function snippet(text: string, terms: string[], length = 160): string {
  const pattern = termPattern(terms);
  const first = pattern ? (text.search(pattern) ?? -1) : -1;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, first)) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end)}${end < text.length ? ' …' : ''}`;
}
