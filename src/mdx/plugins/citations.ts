import path from 'node:path';
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { normalizeName, readBibliography, REFERENCES_FILE, type BibEntry } from '../bibliography';
import { isJsxElement, where } from './jsx';

/**
 * Links citations in the prose to their entry in the references appendix, with nothing typed
 * by hand: "Kaplan et al. (2020)", "McCulloch and Pitts (1943)", "Glorot, Bordes and Bengio (2011)",
 * "(Kingma and Ba, 2015)", "(Vaswani et al. 2017)", "(Shannon, 1948; Kullback and Leibler, 1951)",
 * and the Chinese forms "Kaplan 等人（2020）", "Glorot、Bordes 和 Bengio（2011）", "（Szegedy 等，2016）".
 *
 * A citation links to `/chapters/references#<id>` (rehypeLocalizeLinks moves it under /zh/) when
 * exactly one entry of content/NN-references.mdx has that year and those authors: the same surnames
 * in order for "A and B" / "A, B and C", the first surname of a longer list for "et al." / 等.
 * Two entries alike (Mikolov et al. 2013, twice) are told apart by the rest of their id
 * ("word2vec") appearing in the paragraph. Text that only looks like a citation ("AlexNet (2012)")
 * is left alone; an "et al." or "and" citation that names no entry is not linked either, but is
 * reported as a file message (tests/content/citations.test.ts fails on it), so it never breaks
 * the build. Not linked: headings, code, math, links, <Term>, table header cells, and the
 * references appendix itself. A work is linked once per paragraph (its first citation there).
 */

const NAME = String.raw`(?:(?:van|von|de|der|du) )?\p{Lu}[\p{Script=Latin}'’-]*`;
const SEP = String.raw`(?:,\s+|\s*、\s*)`;
const AND = String.raw`(?:,?\s+and\s+|\s*和\s*)`;
const ET_AL = String.raw`(?:\s+et\s+al\.|\s*等人?)`;
const NAMES = `${NAME}(?:${SEP}${NAME})*(?:${AND}${NAME}|${ET_AL})?`;
const CITATION = new RegExp(
  String.raw`(?<![\p{Script=Latin}\d])(${NAMES})(?:\s*[(（](\d{4})[)）]|(?:\s*[,，]\s*|\s+)(\d{4})(?=\s*[)）;；]))`,
  'gu',
);
const ONE_NAME = new RegExp(NAME, 'gu');

export interface Citation {
  /** Offsets of the citation in the text: what becomes the link. */
  start: number;
  end: number;
  /** The bibliography id it names, or undefined. */
  id?: string;
  /** Written with "et al." / "and" / a list of names: surely meant as a citation. */
  strong: boolean;
  /** Ids of the entries it could name when it names more than one. */
  ambiguous: string[];
}

function matchesAuthors(entry: BibEntry, names: string[], etAl: boolean): boolean {
  const surnames = entry.surnames.map(normalizeName);
  if (!names.every((name, i) => normalizeName(name) === surnames[i])) return false;
  // "et al." stands for two or more further authors: a two-author work is cited by both names.
  if (etAl) return (surnames.length >= 3 || entry.etAl) && surnames.length > names.length;
  return surnames.length === names.length && !entry.etAl;
}

/** Picks among entries alike by the rest of their id ("mikolov-2013-word2vec") occurring in `context`. */
function tieBreak(candidates: BibEntry[], context: string): BibEntry | undefined {
  const lower = context.toLowerCase();
  const named = candidates.filter((entry) => {
    const rest = entry.id.replace(/^.*?-\d{4}-?/, '');
    return rest !== '' && lower.includes(rest.replace(/-/g, ' '));
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The citations in one run of text. `context` (the whole paragraph) tells apart entries alike.
 * Names before the cited authors ("Then, Kaplan et al. (2020)") are dropped from the link.
 */
export function findCitations(text: string, bibliography: BibEntry[], context = text): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const written = match[1];
    const year = match[2] ?? match[3];
    const names = [...written.matchAll(ONE_NAME)].map((m) => ({ name: m[0], at: m.index }));
    const etAl = new RegExp(`${ET_AL}$`, 'u').test(written);
    const start = match.index;
    const end = start + match[0].length;
    const citation: Citation = { start, end, strong: etAl || names.length > 1, ambiguous: [] };
    for (let k = 0; k < names.length; k++) {
      const cited = names.slice(k).map((n) => n.name);
      const candidates = bibliography.filter((e) => e.year === year && matchesAuthors(e, cited, etAl));
      if (candidates.length === 0) continue;
      const entry = candidates.length === 1 ? candidates[0] : tieBreak(candidates, context);
      if (entry) Object.assign(citation, { id: entry.id, start: start + names[k].at });
      else citation.ambiguous = candidates.map((e) => e.id);
      break;
    }
    found.push(citation);
  }
  return found;
}

/** Nodes whose text is never linked. */
function isOffLimits(node: RootContent): boolean {
  if (['link', 'linkReference', 'inlineCode', 'inlineMath', 'html', 'heading'].includes(node.type)) return true;
  return isJsxElement(node, 'Term');
}

export function remarkCitations(options: { contentDir?: string; route?: string } = {}) {
  const route = options.route ?? '/chapters/references';
  return (tree: Root, file: VFile) => {
    if (REFERENCES_FILE.test(path.basename(file.path ?? ''))) return;
    const bibliography = readBibliography('', options.contentDir);
    if (bibliography.length === 0) return;

    const linkIn = (container: Parent, context: string, linked: Set<string>) => {
      for (let i = 0; i < container.children.length; i++) {
        const child = container.children[i];
        if (isOffLimits(child)) continue;
        if (child.type !== 'text') {
          if ('children' in child) linkIn(child, context, linked);
          continue;
        }
        const replaced = splitText(child, findCitations(child.value, bibliography, context), linked, route, file);
        if (replaced[0] === child) continue;
        container.children.splice(i, 1, ...(replaced as RootContent[]));
        i += replaced.length - 1;
      }
    };

    visit(tree, (node) => {
      if (node.type === 'heading' || node.type === 'code' || node.type === 'math') return SKIP;
      if (node.type === 'table') {
        for (const row of node.children.slice(1))
          for (const cell of row.children) linkIn(cell, toString(cell), new Set());
        return SKIP;
      }
      if (node.type === 'paragraph') {
        linkIn(node, toString(node), new Set());
        return SKIP;
      }
      return undefined;
    });
  };
}

/** A text node cut into text and links; unresolved "et al." citations become file messages. */
function splitText(node: Text, citations: Citation[], linked: Set<string>, route: string, file: VFile) {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const citation of citations) {
    if (!citation.id) {
      if (citation.strong) {
        const why = citation.ambiguous.length > 0 ? `could be ${citation.ambiguous.join(' or ')}` : 'names no entry';
        const text = node.value.slice(citation.start, citation.end).replace(/\s+/g, ' ');
        file.message(`${where(file, node)}: citation "${text}" ${why} of the references appendix`, node);
      }
      continue;
    }
    if (linked.has(citation.id)) continue;
    linked.add(citation.id);
    if (citation.start > at) out.push({ type: 'text', value: node.value.slice(at, citation.start) });
    const link: Link = {
      type: 'link',
      url: `${route}#${citation.id}`,
      children: [{ type: 'text', value: node.value.slice(citation.start, citation.end) }],
      data: { hProperties: { className: ['citation'] } },
    };
    out.push(link);
    at = citation.end;
  }
  if (at === 0) return [node];
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}
