/**
 * Labelled texts → token ids, split and ready for training: the pipeline shared by the IMDB
 * asset (scripts/data/imdb.ts) and the reader's own CSV (the sentiment lab's worker). Pure.
 */
import { stratifiedSplit } from './split';
import {
  buildVocabulary,
  countTokens,
  DEFAULT_TRUNCATE,
  encodeTokens,
  tokenize,
  writeFixedLength,
  type TruncateSide,
  type Vocabulary,
} from './text';

/** The three splits, in the order they are stored. */
export const TEXT_SPLITS = ['train', 'validation', 'test'] as const;
export type TextSplitName = (typeof TEXT_SPLITS)[number];

/**
 * Encoded examples of different lengths, stored back to back: example `i` has the ids
 * `ids[offsets[i] … offsets[i + 1])` and the label `labels[i]` (1 positive, 0 negative).
 */
export interface TextSplit {
  count: number;
  labels: Uint8Array;
  /** count + 1 entries; offsets[0] = 0, offsets[count] = ids.length. */
  offsets: Uint32Array;
  ids: Uint16Array;
}

export type TextSplits = Record<TextSplitName, TextSplit>;

export interface TextDatasetOptions {
  /** Ids in the vocabulary, reserved ones included (≤ 65,536: ids are stored as uint16). */
  vocabularySize: number;
  /** Longest sequence kept per example; longer ones are cut on the `truncate` side. */
  maxLength: number;
  /** Examples per split; they may add up to less than the number of texts. */
  sizes: Record<TextSplitName, number>;
  /** Seed of the stratified split. */
  seed: number;
  truncate?: TruncateSide;
}

/** A prepared data set: the vocabulary (built from the training split only) and the encoded splits. */
export interface TextDataset {
  vocabulary: Vocabulary;
  splits: TextSplits;
  truncate: TruncateSide;
}

/**
 * Which texts to keep when some occur more than once: the first occurrence of each. Returns the
 * kept indices and how many duplicates were dropped, of which how many carried the other label.
 */
export function dedupeTexts(
  texts: readonly string[],
  labels: ArrayLike<number>,
): { keep: Int32Array; duplicates: number; conflicting: number } {
  const first = new Map<string, number>();
  const keep: number[] = [];
  let conflicting = 0;
  texts.forEach((text, i) => {
    const seen = first.get(text);
    if (seen === undefined) {
      first.set(text, i);
      keep.push(i);
    } else if (labels[seen] !== labels[i]) conflicting++;
  });
  return { keep: Int32Array.from(keep), duplicates: texts.length - keep.length, conflicting };
}

/** Encodes token lists into one {@link TextSplit}, each cut to `maxLength` on the `truncate` side. */
export function encodeSplit(
  tokenLists: readonly (readonly string[])[],
  labels: ArrayLike<number>,
  vocabulary: Vocabulary,
  maxLength: number,
  truncate: TruncateSide = DEFAULT_TRUNCATE,
): TextSplit {
  const count = tokenLists.length;
  const offsets = new Uint32Array(count + 1);
  tokenLists.forEach((tokens, i) => (offsets[i + 1] = offsets[i] + Math.min(tokens.length, maxLength)));
  const ids = new Uint16Array(offsets[count]);
  const out = new Uint16Array(maxLength);
  tokenLists.forEach((tokens, i) => {
    const n = offsets[i + 1] - offsets[i];
    const encoded = encodeTokens(tokens, vocabulary);
    writeFixedLength(encoded, maxLength, out, 0, { truncate });
    ids.set(out.subarray(0, n), offsets[i]);
  });
  return { count, labels: Uint8Array.from({ length: count }, (_, i) => labels[i]), offsets, ids };
}

/**
 * Tokenizes every text, deals them into stratified train / validation / test splits (seeded),
 * builds the vocabulary from the training split alone (so no test word leaks into it), and
 * encodes each split. Labels must be 0 or 1. Pure.
 */
export function prepareTextDataset(
  texts: readonly string[],
  labels: ArrayLike<number>,
  options: TextDatasetOptions,
): TextDataset {
  const { vocabularySize, maxLength, sizes, seed, truncate = DEFAULT_TRUNCATE } = options;
  if (texts.length !== labels.length) throw new Error(`${texts.length} texts but ${labels.length} labels`);
  if (vocabularySize > 65_536) throw new Error('Token ids are stored as uint16: at most 65,536 ids');
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`Label ${labels[i]} of text ${i} is not 0 or 1`);
  }
  const indices = stratifiedSplit(labels, sizes, seed);
  const tokens = (name: TextSplitName) => Array.from(indices[name], (i) => tokenize(texts[i]));
  const trainTokens = tokens('train');
  const vocabulary = buildVocabulary(countTokens(trainTokens), vocabularySize);
  const splits = {} as TextSplits;
  for (const name of TEXT_SPLITS) {
    const list = name === 'train' ? trainTokens : tokens(name);
    const splitLabels = Array.from(indices[name], (i) => labels[i]);
    splits[name] = encodeSplit(list, splitLabels, vocabulary, maxLength, truncate);
  }
  return { vocabulary, splits, truncate };
}

/**
 * The split as a row-major `[count × length]` Int32Array of ids, ready for a tensor: each stored
 * sequence cut on the `truncate` side or padded after the text, ids ≥ `vocabularySize` mapped to
 * the unknown id (a smaller vocabulary is a prefix of the stored one). Pure.
 */
export function fixedLengthIds(
  split: TextSplit,
  length: number,
  vocabularySize: number,
  truncate: TruncateSide = DEFAULT_TRUNCATE,
): Int32Array {
  const out = new Int32Array(split.count * length);
  for (let i = 0; i < split.count; i++) {
    const ids = split.ids.subarray(split.offsets[i], split.offsets[i + 1]);
    writeFixedLength(ids, length, out, i * length, { truncate, vocabularySize });
  }
  return out;
}

/** Split sizes for `total` examples: 80 % train, 10 % validation, the rest test (each at least 1 where possible). */
export function proportionalSizes(total: number): Record<TextSplitName, number> {
  const validation = Math.max(total >= 3 ? 1 : 0, Math.round(total * 0.1));
  const test = Math.max(total >= 3 ? 1 : 0, Math.round(total * 0.1));
  return { train: total - validation - test, validation, test };
}
