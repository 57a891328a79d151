/**
 * A tiny word-level tokenizer for the text chapter's figures: split text into tokens, build a
 * vocabulary with reserved ids for padding and unknown words, encode, pad, and list the
 * (centre, context) pairs of word2vec's skip-gram. Pure functions, no TF.js.
 *
 * This is a teaching tokenizer; the sentiment lab has its own (src/ml/data).
 */

/** Id 0 fills the positions after a short text ("padding"). */
export const PAD_ID = 0;
/** Id 1 stands for every word that is not in the vocabulary. */
export const UNKNOWN_ID = 1;
export const PAD_TOKEN = '<pad>';
export const UNKNOWN_TOKEN = '<unk>';

/** A word (letters and digits, with inner apostrophes as in "don't") or one punctuation mark. */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Lower-cases, removes HTML tags (IMDB reviews contain `<br />`), and splits into words and
 * single punctuation marks: "Great film, didn't LOVE it!" → great film , didn't love it !
 */
export function tokenizeWords(text: string): string[] {
  const clean = text.replace(/<[^>]*>/g, ' ').toLowerCase();
  return clean.match(TOKEN) ?? [];
}

export interface Vocabulary {
  /** tokens[id]: the token with that id; tokens[0] = '<pad>', tokens[1] = '<unk>'. */
  tokens: string[];
  /** token → id, for the tokens that made it into the vocabulary. */
  ids: ReadonlyMap<string, number>;
  /** How often each token occurred in the texts the vocabulary was built from. */
  counts: ReadonlyMap<string, number>;
}

/**
 * The `maxSize` − 2 most frequent tokens of `texts` get ids 2, 3, … in order of frequency
 * (ties alphabetically); ids 0 and 1 are reserved for padding and unknown words.
 */
export function buildVocabulary(texts: readonly string[], maxSize = Number.POSITIVE_INFINITY): Vocabulary {
  if (maxSize < 2) throw new Error('buildVocabulary: the two reserved ids need maxSize ≥ 2');
  const counts = new Map<string, number>();
  for (const text of texts) for (const token of tokenizeWords(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .map(([token]) => token);
  const tokens = [PAD_TOKEN, UNKNOWN_TOKEN, ...ranked.slice(0, Math.max(0, maxSize - 2))];
  return { tokens, ids: new Map(tokens.map((t, i) => [t, i])), counts };
}

/** Token ids; a token outside the vocabulary becomes UNKNOWN_ID. */
export function encode(tokens: readonly string[], vocabulary: Vocabulary): number[] {
  return tokens.map((t) => {
    const id = vocabulary.ids.get(t);
    return id === undefined || id === PAD_ID ? UNKNOWN_ID : id;
  });
}

/** Ids back to tokens. */
export function decode(ids: readonly number[], vocabulary: Vocabulary): string[] {
  return ids.map((id) => vocabulary.tokens[id] ?? UNKNOWN_TOKEN);
}

export type Side = 'pre' | 'post';

/**
 * Makes a sequence exactly `length` long: pads with PAD_ID (after the text for 'post', before
 * it for 'pre') and, if it is too long, cuts from the end ('post') or the start ('pre').
 */
export function padSequence(
  ids: readonly number[],
  length: number,
  { padding = 'post', truncating = 'post' }: { padding?: Side; truncating?: Side } = {},
): number[] {
  if (!Number.isInteger(length) || length < 0) throw new Error('padSequence: length must be a whole number');
  const kept =
    ids.length <= length ? [...ids] : truncating === 'post' ? ids.slice(0, length) : ids.slice(ids.length - length);
  const pad = new Array<number>(length - kept.length).fill(PAD_ID);
  return padding === 'post' ? [...kept, ...pad] : [...pad, ...kept];
}

/** A one-hot vector of length `size` with a 1 at `id`. */
export function oneHot(id: number, size: number): number[] {
  if (!Number.isInteger(id) || id < 0 || id >= size) throw new Error(`oneHot: id ${id} outside 0…${size - 1}`);
  return Array.from({ length: size }, (_, i) => (i === id ? 1 : 0));
}

/** One training pair of skip-gram: predict `context` from `centre`. */
export interface SkipGramPair {
  centre: string;
  context: string;
  /** Position of the centre word and offset of the context word (−window…window, never 0). */
  position: number;
  offset: number;
}

/** Every (centre, context) pair with the context at most `window` positions away. */
export function skipGramPairs(tokens: readonly string[], window: number): SkipGramPair[] {
  if (!Number.isInteger(window) || window < 1) throw new Error('skipGramPairs: window must be a positive integer');
  const pairs: SkipGramPair[] = [];
  tokens.forEach((centre, position) => {
    for (let offset = -window; offset <= window; offset++) {
      const j = position + offset;
      if (offset !== 0 && j >= 0 && j < tokens.length) pairs.push({ centre, context: tokens[j], position, offset });
    }
  });
  return pairs;
}

/**
 * The small corpus of made-up review sentences the text chapter's figures learn from:
 * a vocabulary for the tokenizer and counts for the bigram language model.
 */
export const demoCorpus: readonly string[] = [
  'The movie was great.',
  'The acting was great and the story was good.',
  'The plot was dull.',
  'The movie was too long and the plot was dull.',
  'I loved the acting.',
  'I loved the story.',
  'The story was good but the ending was bad.',
  'The acting was bad.',
];
