import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './glossary';

/**
 * The bibliography appendix read at build time (Node only): every entry of
 * content/NN-references.mdx that starts with an anchor `<span id="surname-year" />`, with its
 * authors' surnames and year, for citations in the prose to link to (src/mdx/plugins/citations.ts).
 */

export interface BibEntry {
  /** The anchor id, e.g. `kaplan-2020` or `mikolov-2013-word2vec`. */
  id: string;
  year: string;
  /** Surnames in order, as written ("van Rijsbergen", "Niculescu-Mizil"). */
  surnames: string[];
  /** The author list ends with "et al." (more authors than listed). */
  etAl: boolean;
}

export const REFERENCES_FILE = /^\d+-references\.mdx$/;
const ENTRY = /<span id="([a-z0-9-]+)"\s*\/>\s*(.*?)\s*\((\d{4})\)/;

/** Lower case, no diacritics or apostrophes: "Agüera" → "aguera", "O’Neil" → "oneil". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase();
}

/** "Baydin, A. G., Pearlmutter, B. A., and Siskind, J. M." → surnames; initials end with a full stop. */
function parseAuthors(authors: string): { surnames: string[]; etAl: boolean } {
  const surnames: string[] = [];
  let etAl = false;
  for (const raw of authors.split(/,\s*/)) {
    const part = raw.replace(/^and\s+/, '').trim();
    if (part === 'et al.') etAl = true;
    else if (part && !part.endsWith('.')) surnames.push(part);
  }
  return { surnames, etAl };
}

/** Parses a references appendix's source into its entries, in order. */
export function parseBibliography(source: string): BibEntry[] {
  const entries: BibEntry[] = [];
  for (const line of source.split('\n')) {
    const match = ENTRY.exec(line);
    if (!match) continue;
    entries.push({ id: match[1], year: match[3], ...parseAuthors(match[2]) });
  }
  return entries;
}

const cache = new Map<string, { mtime: number; entries: BibEntry[] }>();

/** The path of an edition's references appendix (`lang` '' for English), or undefined if it has none. */
export function referencesFile(lang = '', contentDir = CONTENT_DIR): string | undefined {
  const dir = path.join(contentDir, lang);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((file) => REFERENCES_FILE.test(file));
  return name ? path.join(dir, name) : undefined;
}

/** The bibliography of an edition (`lang` '' for English), or [] if it has none. */
export function readBibliography(lang = '', contentDir = CONTENT_DIR): BibEntry[] {
  const file = referencesFile(lang, contentDir);
  if (!file) return [];
  const mtime = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached && cached.mtime === mtime) return cached.entries;
  const entries = parseBibliography(readFileSync(file, 'utf8'));
  cache.set(file, { mtime, entries });
  return entries;
}
