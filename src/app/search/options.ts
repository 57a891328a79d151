import type { Options, SearchOptions } from 'minisearch';
import type { Lang } from '../../i18n/lang';

/**
 * The search index's shape and tokenisation, shared by the build (src/mdx/search/build-index.ts,
 * in Node) and the browser (./useSearch.ts): both sides must split text into the same terms.
 * Plain functions only: no React, no DOM, no Node.
 */

/** One searchable section: a chapter's h2/h3 (or its introduction) with its plain text. */
export interface SearchSection {
  /** `<slug>#<anchor>` (`<slug>#` for the text before the first heading). */
  id: string;
  slug: string;
  /** The chapter's title and label ("3", "A"). */
  chapter: string;
  label: string;
  appendix: boolean;
  /** The heading's text and id ('' for the introduction, which links to the chapter's top). */
  heading: string;
  anchor: string;
  text: string;
}

/** The stored fields a result carries (everything but the id). */
export type StoredSection = Omit<SearchSection, 'id'>;

export const SEARCH_FIELDS = ['heading', 'text'] as const;
export const STORED_FIELDS = ['slug', 'chapter', 'label', 'appendix', 'heading', 'anchor', 'text'] as const;

const LATIN_TERM = /[\p{Script=Latin}\d]/u;
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}\p{S}]+/u;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Chinese (and mixed Chinese/English) text into words with `Intl.Segmenter('zh')`. Where the
 * browser lacks it, each Han character is a term of its own (prefix search still finds words).
 */
export function tokenizeChinese(text: string): string[] {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  if (segmenter) {
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return text
    .split(SPACE_OR_PUNCTUATION)
    .flatMap((chunk) => chunk.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [])
    .filter(Boolean);
}

/** English text into words (letters and digits; "cross-entropy" is "cross" and "entropy"). */
export function tokenizeEnglish(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION).filter(Boolean);
}

export function tokenizerFor(lang: Lang): (text: string) => string[] {
  return lang === 'zh' ? tokenizeChinese : tokenizeEnglish;
}

/** Options to build and to load an index of edition `lang` (they must be the same on both sides). */
export function indexOptions(lang: Lang): Options<SearchSection> {
  return {
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORED_FIELDS],
    tokenize: tokenizerFor(lang),
    processTerm: (term) => term.toLowerCase(),
  };
}

/**
 * How a query is matched: every word must occur (prefix matches count, so results come while
 * typing); Latin words of five letters or more forgive a typo. Headings weigh three times the text;
 * appendices (notation, glossary, references) half as much as the chapters that teach the idea.
 */
export function queryOptions(lang: Lang): SearchOptions {
  return {
    tokenize: tokenizerFor(lang),
    processTerm: (term) => term.toLowerCase(),
    combineWith: 'AND',
    prefix: (term) => term.length >= 2 || !LATIN_TERM.test(term),
    fuzzy: (term) => (LATIN_TERM.test(term) && term.length >= 5 ? 0.2 : false),
    boost: { heading: 3 },
    boostDocument: (_id, _term, stored) => (stored?.appendix ? 0.5 : 1),
  };
}

/** Where the static index of edition `lang` is served, relative to the site's base. */
export const searchIndexPath = (lang: Lang) => `search/${lang}.json`;
