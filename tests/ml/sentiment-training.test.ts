/**
 * Real training of the seed's sentiment model on real IMDB reviews in Node (wasm, with our fast
 * embedding-gradient kernel): a slice of 8,000 training reviews for 2 epochs, scored on 2,000
 * test reviews; then the lab's analysis tools on the trained model.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDataset } from '../../src/ml/data/device';
import { truncateVocabulary } from '../../src/ml/data/text';
import type { TextSplit } from '../../src/ml/data/text-dataset';
import { textToDevice } from '../../src/ml/data/text-device';
import { explainText } from '../../src/ml/inspect/attribution';
import { nearestNeighbours, normalizeRows } from '../../src/ml/inspect/embedding';
import { binaryMetrics, rocAuc, rocCurve } from '../../src/ml/metrics/binary';
import { createSentimentModel, sentimentParamCount } from '../../src/ml/models/sentiment';
import { createTrainer, predictBatch, type TrainConfig } from '../../src/ml/training';
import { initNodeBackend } from '../helpers/ml';
import { loadImdbAsset } from '../helpers/imdb';

const { asset, vocabulary: fullVocabulary } = loadImdbAsset();
const shape = { sequenceLength: 200, vocabularySize: 10_000 };
const vocabulary = truncateVocabulary(fullVocabulary, shape.vocabularySize);

/** The first `count` examples of a split (a view: no copy). */
function head(split: TextSplit, count: number): TextSplit {
  const offsets = split.offsets.subarray(0, count + 1);
  return { count, labels: split.labels.subarray(0, count), offsets, ids: split.ids.subarray(0, offsets[count]) };
}

const config: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.003,
  loss: 'binaryCrossentropy',
  batchSize: 32,
  epochs: 2,
  seed: 1,
  readEvery: 10,
};

describe('the sentiment model on IMDB reviews (wasm)', () => {
  let train: DeviceDataset;
  let test: DeviceDataset;
  let model: tf.LayersModel;
  let baseline: number;

  beforeAll(async () => {
    await initNodeBackend('wasm');
    baseline = tf.memory().numTensors;
    train = textToDevice(head(asset.splits.train, 8000), shape);
    test = textToDevice(head(asset.splits.test, 2000), shape);
    model = createSentimentModel({ ...shape, seed: 42 });
  });

  afterAll(() => {
    model.dispose();
    train.dispose();
    test.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('has the parameter count chapter 7 computes (160,433) and outputs one probability per review', () => {
    expect(model.countParams()).toBe(160_433);
    expect(sentimentParamCount({ model: 'average', ...shape, embeddingDim: 16, seed: 0 })).toBe(160_433);
    expect(model.outputs[0].shape).toEqual([null, 1]);
  });

  it('reaches ≥ 85 % test accuracy and AUC ≥ 0.92 after 2 epochs on 8,000 reviews, without leaking', async () => {
    const start = performance.now();
    const trainer = createTrainer({ model, train, config });
    const result = await trainer.start();
    const seconds = (performance.now() - start) / 1000;
    expect(result.state).toBe('done');
    const [first, second] = result.epochs;
    expect(second.trainLoss).toBeLessThan(first.trainLoss);
    expect(first.numTensors).toBe(second.numTensors);
    await trainer.dispose();

    const { values } = await predictBatch(model, test.xs);
    const labels = asset.splits.test.labels.subarray(0, 2000);
    const metrics = binaryMetrics(labels, values);
    const auc = rocAuc(rocCurve(labels, values));
    console.info(
      `sentiment on wasm: 8,000 reviews × 2 epochs in ${seconds.toFixed(1)} s ` +
        `(${Math.round(second.examplesPerSecond)} examples/s); test accuracy ${metrics.accuracy.toFixed(4)}, ` +
        `F1 ${metrics.f1.toFixed(4)}, AUC ${auc.toFixed(4)}`,
    );
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(auc).toBeGreaterThanOrEqual(0.92);
  });

  it('scores clear reviews on the right side and explains them with the words that matter', async () => {
    const before = tf.memory().numTensors;
    const good = await explainText(model, vocabulary, 'A wonderful film with brilliant acting. I loved it!', 200);
    const bad = await explainText(model, vocabulary, 'Awful, boring and a total waste of time.', 200);
    expect(good.probability).toBeGreaterThan(0.5);
    expect(bad.probability).toBeLessThan(0.5);
    const top = (analysis: typeof good, sign: 1 | -1) =>
      [...analysis.tokens].sort((a, b) => sign * ((b.contribution ?? 0) - (a.contribution ?? 0)))[0].token;
    expect(['wonderful', 'brilliant', 'loved']).toContain(top(good, 1));
    expect(['awful', 'boring', 'waste']).toContain(top(bad, -1));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('learns an embedding where "excellent" is closer to "great" than to "worst"', async () => {
    const matrix = (await model.getLayer('embedding').getWeights()[0].data()) as Float32Array;
    const unit = normalizeRows(matrix, 16);
    const id = (w: string) => vocabulary.ids.get(w) ?? -1;
    const cosine = (a: string, b: string) => {
      let dot = 0;
      for (let j = 0; j < 16; j++) dot += unit[id(a) * 16 + j] * unit[id(b) * 16 + j];
      return dot;
    };
    expect(cosine('excellent', 'great')).toBeGreaterThan(cosine('excellent', 'worst'));
    const neighbours = nearestNeighbours(unit, 16, id('worst'), 10).map((n) => vocabulary.words[n.id]);
    expect(neighbours).toHaveLength(10);
  });
});
