/**
 * The text track of the transfer lab on real IMDB reviews, wasm backend: the skip-gram corpus and
 * sampler, skip-gram itself, the shipped word vectors (built by the data preparation), the
 * few-label classifier's arms, and the comparison: pre-trained vectors beat random ones.
 */
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir, prepareAssets } from '../../scripts/data/assets';
import { decodeImdb, decodeImdbVocabulary, type ImdbAsset } from '../../src/ml/data/imdb';
import type { TextSplit } from '../../src/ml/data/text-dataset';
import { textToDevice } from '../../src/ml/data/text-device';
import {
  buildCorpus,
  createTextArmModel,
  decodeWordVectors,
  DEFAULT_FEW_LABEL_CONFIG,
  DEFAULT_WORD_PRETRAIN,
  encodeWordVectors,
  FewLabelExperiment,
  keepProbabilities,
  NegativeSampler,
  neighboursOf,
  PairStream,
  pretrainWordVectors,
  randomVectors,
  sampleBalanced,
  sifVectors,
  SkipGram,
  takeTexts,
  TEXT_ARMS,
  textArmTrainableParams,
  type TextArm,
  type TextArmResult,
  type WordVectors,
} from '../../src/ml/text-transfer';
import { mulberry32 } from '../../src/lib/random';
import { initNodeBackend } from '../helpers/ml';

let imdb: ImdbAsset;
let words: readonly string[];
let shipped: WordVectors;

beforeAll(async () => {
  await initNodeBackend('wasm');
  // Pre-training the vectors, when they are missing or stale, takes 1–2 min on 2 busy cores.
  prepareAssets({ only: ['imdb', 'imdb-vocabulary', 'word-vectors'], log: () => undefined });
  imdb = decodeImdb(readFileSync(path.join(dataDir, 'imdb.bin')));
  words = decodeImdbVocabulary(readFileSync(path.join(dataDir, 'imdb-vocabulary.json'), 'utf8')).file.words;
  shipped = decodeWordVectors(readFileSync(path.join(dataDir, 'word-vectors.bin')));
}, 300_000);

/** A tiny split: review r holds `reviews[r]` (ids), label r % 2. */
function splitOf(reviews: number[][]): TextSplit {
  const offsets = new Uint32Array(reviews.length + 1);
  reviews.forEach((r, i) => (offsets[i + 1] = offsets[i] + r.length));
  return {
    count: reviews.length,
    labels: Uint8Array.from(reviews, (_, i) => i % 2),
    offsets,
    ids: Uint16Array.from(reviews.flat()),
  };
}

describe('the skip-gram corpus', () => {
  it('keeps in-vocabulary words only, by review, and counts them', () => {
    const corpus = buildCorpus(
      splitOf([
        [0, 1, 5, 6, 99],
        [7, 5],
      ]),
      { vocabularySize: 10 },
    );
    expect([...corpus.ids]).toEqual([5, 6, 7, 5]); // padding 0, unknown 1 and id 99 ≥ 10 dropped
    expect([...corpus.starts]).toEqual([0, 2, 4]);
    expect(corpus.counts[5]).toBe(2);
    expect(corpus.counts[0]).toBe(0);
  });

  it('thins out frequent words only (word2vec subsampling)', () => {
    const counts = Float64Array.from([0, 0, 900, 90, 9, 1]);
    const keep = keepProbabilities(counts, 0.01);
    // f = 0.9: √(0.01/0.9) + 0.01/0.9 ≈ 0.1165; rare words (f ≤ t) always kept.
    expect(keep[2]).toBeCloseTo(Math.sqrt(0.01 / 0.9) + 0.01 / 0.9, 10);
    expect(keep[5]).toBe(1);
    expect(keep[0]).toBe(0);
  });

  it('draws negatives in proportion to count^(3/4)', () => {
    const counts = Float64Array.from([0, 0, 16, 1]);
    const sampler = new NegativeSampler(counts);
    const rng = mulberry32(3);
    let twos = 0;
    const draws = 20_000;
    for (let i = 0; i < draws; i++) {
      const id = sampler.sample(rng);
      expect(id === 2 || id === 3).toBe(true);
      if (id === 2) twos++;
    }
    // 16^0.75 = 8 against 1: 8/9 of the draws.
    expect(twos / draws).toBeCloseTo(8 / 9, 2);
  });

  it('pairs each word with words inside its window, within a review, the same for the same seed', () => {
    const split = splitOf([
      [2, 3, 4, 5, 6],
      [7, 8, 9],
    ]);
    const corpus = buildCorpus(split, { vocabularySize: 10 });
    const options = { window: 1, negatives: 2, subsample: 1, seed: 5 };
    const batch = new PairStream(corpus, options).next(12);
    const again = new PairStream(corpus, options).next(12);
    expect([...batch.centres]).toEqual([...again.centres]);
    expect([...batch.negatives]).toEqual([...again.negatives]);
    expect(batch.negatives).toHaveLength(24);
    for (let i = 0; i < batch.size; i++) {
      const [c, o] = [batch.centres[i], batch.contexts[i]];
      expect(Math.abs(c - o)).toBe(1); // window 1: neighbours only (ids here are consecutive)
      expect(c >= 7).toBe(o >= 7); // never across the two reviews
    }
  });
});

describe('skip-gram', () => {
  it('learns that words sharing contexts are similar, its loss falls, and it leaks nothing', async () => {
    // Two "topics": words 2–5 only ever appear together, as do 6–9.
    const rng = mulberry32(11);
    const reviews = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 12 }, () => (r % 2 ? 2 : 6) + Math.floor(rng() * 4)),
    );
    const before = tf.memory().numTensors;
    const losses: number[] = [];
    const result = await pretrainWordVectors(
      splitOf(reviews),
      { ...DEFAULT_WORD_PRETRAIN, vocabularySize: 10, dim: 8, batchSize: 64, steps: 150, learningRate: 0.05 },
      { reportEvery: 10, onProgress: (e) => losses.push(e.loss) },
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(losses.at(-1)).toBeLessThan(losses[0] * 0.8);
    const vocabulary = Array.from({ length: 10 }, (_, i) => `w${i}`);
    const [near] = neighboursOf(result.vectors, 8, vocabulary, ['w2'], 3);
    expect(near.neighbours.map((n) => n.word).sort()).toEqual(['w3', 'w4', 'w5']);
    expect(result.info).toMatchObject({ steps: 150, pairs: 150 * 64, vocabularySize: 10, dim: 8 });
  });

  it('takes one Adam step on both tables and returns the batch loss', () => {
    const model = new SkipGram({ vocabularySize: 6, dim: 4, seed: 2 }, 0.1);
    const batch = {
      centres: Int32Array.from([2, 3]),
      contexts: Int32Array.from([3, 2]),
      negatives: Int32Array.from([4, 5]),
      size: 2,
    };
    const loss = model.step(batch);
    // The output vectors start at zero: every score is 0, so the loss is 2·log 2 per pair.
    expect(loss.dataSync()[0]).toBeCloseTo(2 * Math.log(2), 5);
    loss.dispose();
    expect(Math.max(...model.output.dataSync().map(Math.abs))).toBeGreaterThan(0);
    model.dispose();
  });
});

describe('the shipped word vectors', () => {
  it('have the shape and recipe of the default pre-training', () => {
    expect(shipped.info).toMatchObject({
      vocabularySize: DEFAULT_WORD_PRETRAIN.vocabularySize,
      dim: DEFAULT_WORD_PRETRAIN.dim,
      steps: DEFAULT_WORD_PRETRAIN.steps,
      pairs: DEFAULT_WORD_PRETRAIN.steps * DEFAULT_WORD_PRETRAIN.batchSize,
      seed: DEFAULT_WORD_PRETRAIN.seed,
    });
    // Skip-gram's loss starts at 6·log 2 ≈ 4.16 (one positive and five negatives, all scores 0).
    expect(shipped.info.finalLoss).toBeLessThan(2.9);
  });

  it('put words used alike near each other; random vectors do not', () => {
    const near = (vectors: Float32Array, word: string) =>
      neighboursOf(
        vectors,
        shipped.info.dim,
        words.slice(0, shipped.info.vocabularySize),
        [word],
        10,
      )[0].neighbours.map((n) => n.word);
    expect(near(shipped.vectors, 'awful')).toContain('terrible');
    expect(near(shipped.vectors, 'bad')).toContain('terrible');
    expect(near(shipped.vectors, 'excellent')).toContain('fantastic');
    expect(near(shipped.vectors, 'actor')).toContain('actress');
    const random = randomVectors(shipped.info.vocabularySize, shipped.info.dim, 1);
    expect(near(random, 'awful')).not.toContain('terrible');
  });

  it('survive a round trip through the file format, which rejects other bytes clearly', () => {
    const small: WordVectors = {
      info: { vocabularySize: 3, dim: 2, steps: 4, pairs: 40, finalLoss: 1.5, seed: 9 },
      vectors: Float32Array.from([0, 0, 0.5, -1, 2, 3]),
    };
    expect(decodeWordVectors(encodeWordVectors(small))).toEqual(small);
    expect(() => decodeWordVectors(new Uint8Array(40))).toThrow(/Not a word-vector file/);
    expect(() => decodeWordVectors(encodeWordVectors(small).subarray(0, 40))).toThrow(/truncated/);
  });

  it('SIF weighting shrinks frequent words and removes the shared direction', () => {
    const raw = Float32Array.from([0, 0, 1, 1, 1, 1.2, 1, 0.8]); // 4 words × 2; words 2–3 share (1, 1)
    const counts = Float64Array.from([0, 0, 1, 1]);
    const out = sifVectors(raw, 2, counts, 1);
    // Both words weigh 1/(1 + 0.5), then lose their component along the leading direction, close
    // to (1, 1)/√2: what is left of the two lies on one line, across it, and is small.
    expect([out[0], out[1]]).toEqual([0, 0]);
    expect(Math.abs(out[4] * out[7] - out[5] * out[6])).toBeLessThan(1e-6);
    expect(Math.sign(out[4])).toBe(-Math.sign(out[5]));
    expect(Math.hypot(out[4], out[5])).toBeLessThan(0.2);
  });
});

describe('the few-label classifier', () => {
  it('draws balanced, nested label sets', () => {
    const fifty = sampleBalanced(imdb.splits.train, 50, 1);
    const hundred = sampleBalanced(imdb.splits.train, 100, 1);
    expect(fifty.labels.reduce((a, b) => a + b, 0)).toBe(25);
    const key = (s: TextSplit, i: number) => s.ids.subarray(s.offsets[i], s.offsets[i + 1]).join();
    const inHundred = new Set(Array.from({ length: 100 }, (_, i) => key(hundred, i)));
    expect(Array.from({ length: 50 }, (_, i) => inHundred.has(key(fifty, i))).every(Boolean)).toBe(true);
    expect(() => sampleBalanced(imdb.splits.train, 51, 1)).toThrow(/even/);
  });

  it('averages word vectors over the words only (padding excluded) and counts its trainable numbers', () => {
    const shape = { vocabularySize: 5, sequenceLength: 4, dim: 2, seed: 1 };
    const vectors = Float32Array.from([9, 9, 9, 9, 1, 0, 3, 2, 5, 4]);
    for (const arm of TEXT_ARMS) {
      const model = createTextArmModel(arm, shape, vectors);
      const count = model.trainableWeights.reduce((n, w) => n + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
      expect(count).toBe(textArmTrainableParams(arm, shape));
      if (arm !== 'scratch') {
        const mean = tf.model({ inputs: model.inputs, outputs: model.getLayer('mean').output as tf.SymbolicTensor });
        const out = mean.predict(tf.tensor2d([[2, 3, 0, 0]], [1, 4], 'int32')) as tf.Tensor;
        expect([...out.dataSync()]).toEqual([2, 1]); // (1, 0) and (3, 2) averaged; the padding (9, 9) ignored
        out.dispose();
      }
      model.dispose();
    }
    expect(textArmTrainableParams('probe', shape)).toBe(3);
    expect(() => createTextArmModel('probe', shape, undefined)).toThrow(/pre-trained vectors/);
  });
});

describe('pre-trained vectors against random ones, 100 labelled reviews, seed 1', () => {
  const results = new Map<string, TextArmResult>();
  let test: ReturnType<typeof textToDevice>;

  beforeAll(async () => {
    test = textToDevice(
      takeTexts(
        imdb.splits.test,
        Array.from({ length: 2000 }, (_, i) => i),
      ),
      { sequenceLength: DEFAULT_FEW_LABEL_CONFIG.sequenceLength, vocabularySize: shipped.info.vocabularySize },
    );
  });
  afterAll(() => test.dispose());

  it('fine-tuning and the linear probe beat random vectors by at least 5 points, without leaks', async () => {
    const before = tf.memory().numTensors;
    const experiment = new FewLabelExperiment(
      { pool: imdb.splits.train, test, vectors: shipped.vectors, vocabularySize: 10_000, dim: shipped.info.dim },
      DEFAULT_FEW_LABEL_CONFIG,
      (event) => {
        if (event.type === 'run-result') results.set(event.result.arm, event.result);
      },
    );
    const outcome = await experiment.start();
    expect(outcome.state).toBe('done');
    expect(tf.memory().numTensors).toBe(before);
    const accuracy = (arm: string) => results.get(arm)?.accuracy ?? 0;
    console.log(TEXT_ARMS.map((arm) => `${arm} ${accuracy(arm).toFixed(3)}`).join(', '));
    // Measured: scratch 0.68, fine-tune 0.77, probe 0.76 (5,000 test reviews: 0.686, 0.771, 0.765).
    expect(accuracy('scratch')).toBeGreaterThan(0.6);
    expect(accuracy('finetune')).toBeGreaterThan(accuracy('scratch') + 0.05);
    expect(accuracy('probe')).toBeGreaterThan(accuracy('scratch') + 0.05);
    expect(results.get('probe')?.trainableParams).toBe(shipped.info.dim + 1);
    expect([...results.values()].every((r) => r.steps === DEFAULT_FEW_LABEL_CONFIG.steps)).toBe(true);
  }, 240_000);

  it('at 50 labels, training the unit first is what keeps the head start (chapter 9), and by 1,000 labels random vectors overtake the frozen probe (chapter 8)', async () => {
    const accuracy = async (labels: number, arm: TextArm, probeFirst = DEFAULT_FEW_LABEL_CONFIG.probeFirst) => {
      const data = {
        pool: imdb.splits.train,
        test,
        vectors: shipped.vectors,
        vocabularySize: 10_000,
        dim: shipped.info.dim,
      };
      const config = { ...DEFAULT_FEW_LABEL_CONFIG, labels: [labels], arms: [arm], probeFirst };
      const {
        results: [result],
      } = await new FewLabelExperiment(data, config, () => undefined).start();
      return result.accuracy;
    };
    const [plain, probeFirst] = [await accuracy(50, 'finetune', 0), await accuracy(50, 'finetune')];
    const [scratch, probe] = [await accuracy(1000, 'scratch'), await accuracy(1000, 'probe')];
    console.log(
      `50 labels: fine-tune ${plain.toFixed(3)}, probe first ${probeFirst.toFixed(3)}; 1,000 labels: random ${scratch.toFixed(3)}, probe ${probe.toFixed(3)}`,
    );
    // Measured on 5,000 test reviews: 0.647 against 0.757; 0.817 against 0.782.
    expect(probeFirst).toBeGreaterThan(plain + 0.05);
    expect(scratch).toBeGreaterThan(probe);
  }, 240_000);
});

describe('the chapters quote the code', () => {
  it("pre-training: the shipped recipe and the probe's size, in both editions", () => {
    const pairs = (DEFAULT_WORD_PRETRAIN.steps * DEFAULT_WORD_PRETRAIN.batchSize).toLocaleString('en-US');
    const probe = textArmTrainableParams('probe', { vocabularySize: 10_000, dim: DEFAULT_WORD_PRETRAIN.dim });
    const read = (file: string) => readFileSync(path.join(import.meta.dirname, '../../content', file), 'utf8');
    const en = read('08-pre-training.mdx');
    expect(en).toContain(`trained on ${pairs} word`);
    expect(en).toContain(`Vectors of ${DEFAULT_WORD_PRETRAIN.dim} numbers for the 10,000 most frequent words`);
    expect(en).toContain(`only the unit's ${probe} numbers learn`);
    expect(en).toMatch(/four\s+positions around it apart from five words/);
    expect([DEFAULT_WORD_PRETRAIN.window, DEFAULT_WORD_PRETRAIN.negatives]).toEqual([4, 5]);
    const zh = read('zh/08-pre-training.mdx');
    expect(zh).toContain(`${pairs} 个词对`);
    expect(zh).toContain(`每个 ${DEFAULT_WORD_PRETRAIN.dim} 维`);
    expect(zh).toContain(`${probe} 个数学习`);
    expect(DEFAULT_FEW_LABEL_CONFIG.probeFirst).toBe(0.5); // "for half of its steps" (chapter 9)
  });
});
