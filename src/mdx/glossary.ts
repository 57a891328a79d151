import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProcessor } from '@mdx-js/mdx';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';

/**
 * The glossary appendix read at build time (Node only): every `### Term \{#id}` entry of
 * content/14-glossary.mdx (or the translated edition's) with the first paragraph of its
 * definition, for `<Term id>` (src/mdx/plugins/terms.ts) to show on hover and focus.
 */

export interface GlossaryEntry {
  id: string;
  term: string;
  /** The definition's first paragraph: links turned into their text, the closing "See Chapter N." dropped. */
  definition: PhrasingContent[];
}

/** The project's content/ folder. (A string, not a URL object: jsdom test environments replace URL.) */
export const CONTENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');
const GLOSSARY_FILE = /^\d+-glossary\.mdx$/;
const HEADING_ID = /\s*\{#([a-z0-9-]+)\}\s*$/;

/** Links become their text: a tooltip holds nothing interactive. */
function unlink(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node) => (node.type === 'link' ? unlink(node.children) : [node]));
}

/** Drops a closing cross-reference ("… See [Chapter 3](…)." / "参见…"): the tooltip links to the glossary. */
function dropSeeAlso(nodes: PhrasingContent[]): PhrasingContent[] {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node.type !== 'text') continue;
    const match = /(?:^|\s)See\s*$/.exec(node.value) ?? /(?:参见|详见|见)\s*$/.exec(node.value);
    if (match) {
      const kept = node.value.slice(0, match.index).replace(/\s+$/, '');
      return [...nodes.slice(0, i), ...(kept ? [{ ...node, value: kept }] : [])];
    }
  }
  return nodes;
}

/** Parses a glossary chapter's source into its entries, in order. */
export function parseGlossary(source: string): GlossaryEntry[] {
  const tree = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkMath] }).parse(source) as Root;
  const entries: GlossaryEntry[] = [];
  const children: RootContent[] = tree.children;
  children.forEach((node, index) => {
    if (node.type !== 'heading' || (node as Heading).depth !== 3) return;
    const text = toString(node);
    const id = HEADING_ID.exec(text)?.[1];
    if (!id) return;
    const paragraph = children.slice(index + 1).find((next) => next.type === 'paragraph' || next.type === 'heading');
    if (paragraph?.type !== 'paragraph') return;
    const definition = dropSeeAlso(unlink((paragraph as Paragraph).children));
    entries.push({ id, term: text.replace(HEADING_ID, ''), definition });
  });
  return entries;
}

const cache = new Map<string, { mtime: number; entries: Map<string, GlossaryEntry> }>();

/** The glossary of an edition (`lang` '' for English): the entries by id, or undefined if it has none. */
export function readGlossary(lang = '', contentDir = CONTENT_DIR): Map<string, GlossaryEntry> | undefined {
  const dir = path.join(contentDir, lang);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((file) => GLOSSARY_FILE.test(file));
  if (!name) return undefined;
  const file = path.join(dir, name);
  const mtime = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached && cached.mtime === mtime) return cached.entries;
  const entries = new Map(parseGlossary(readFileSync(file, 'utf8')).map((entry) => [entry.id, entry]));
  cache.set(file, { mtime, entries });
  return entries;
}
