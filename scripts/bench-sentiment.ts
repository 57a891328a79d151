/**
 * The sentiment lab's quality bar and speed in Node: the seed model at the lab's default settings
 * (vocabulary 10,000, length 200, embedding 16, Adam 0.001, batches of 32) trained on the full
 * 25,000-review training split, scored on the 22,082 test reviews; and our trainer's throughput
 * against tfjs' own `model.fit` on the same data (same batches, no validation).
 * Usage: npx tsx scripts/bench-sentiment.ts [--backend=wasm|cpu] [--epochs=2] [--fit-epochs=1] [--model=average|cnn]
 */
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, prepareAssets } from './data/assets';
import { initNodeBackend } from './node-backend';
import { decodeImdb } from '../src/ml/data/imdb';
import { textToDevice } from '../src/ml/data/text-device';
import { binaryMetrics, rocAuc, rocCurve } from '../src/ml/metrics/binary';
import { createSentimentModel, type SentimentModelName } from '../src/ml/models/sentiment';
import { createTrainer, predictBatch } from '../src/ml/training';

const option = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const backend = option('backend', 'wasm') as 'wasm' | 'cpu';
const epochs = Number(option('epochs', '2'));
const fitEpochs = Number(option('fit-epochs', '1'));
const modelName = option('model', 'average') as SentimentModelName;
const shape = { sequenceLength: 200, vocabularySize: 10_000 };
const batchSize = 32;

prepareAssets({ only: ['imdb'], log: () => undefined });
const asset = decodeImdb(readFileSync(path.join(dataDir, 'imdb.bin')));
await initNodeBackend(backend);
const train = textToDevice(asset.splits.train, shape);
const test = textToDevice(asset.splits.test, shape);

/** Our trainer at the lab's defaults: seconds, examples/s and the test metrics. */
async function ours(): Promise<number> {
  const model = createSentimentModel({ ...shape, model: modelName, seed: 42 });
  const start = performance.now();
  const trainer = createTrainer({
    model,
    train,
    config: { optimizer: 'adam', learningRate: 0.001, loss: 'binaryCrossentropy', batchSize, epochs, seed: 42 },
  });
  const result = await trainer.start();
  const seconds = (performance.now() - start) / 1000;
  await trainer.dispose();
  const scores: Float32Array[] = [];
  for (let s = 0; s < test.count; s += 2000) {
    const xs = test.xs.slice(s, Math.min(2000, test.count - s));
    scores.push((await predictBatch(model, xs)).values);
    xs.dispose();
  }
  const all = Float32Array.from(scores.flatMap((a) => Array.from(a)));
  const labels = asset.splits.test.labels;
  const m = binaryMetrics(labels, all);
  const auc = rocAuc(rocCurve(labels, all));
  const rate = (train.count * result.epochs.length) / seconds;
  console.log(
    `${backend} ${modelName}: ${epochs} epochs × 25,000 reviews in ${seconds.toFixed(1)} s (${Math.round(rate)} examples/s); ` +
      `test (22,082): accuracy ${(m.accuracy * 100).toFixed(2)} %, precision ${m.precision.toFixed(4)}, ` +
      `recall ${m.recall.toFixed(4)}, F1 ${m.f1.toFixed(4)}, AUC ${auc.toFixed(4)}; epoch tensors ${result.epochs.map((e) => e.numTensors).join(', ')}`,
  );
  model.dispose();
  return rate;
}

/** tfjs' model.fit on the same tensors: examples/s. */
async function fit(): Promise<number> {
  const model = createSentimentModel({ ...shape, model: modelName, seed: 42 });
  const optimizer = tf.train.adam(0.001);
  model.compile({ optimizer, loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  const start = performance.now();
  await model.fit(train.xs, train.ys, { batchSize, epochs: fitEpochs, shuffle: true, verbose: 0 });
  const seconds = (performance.now() - start) / 1000;
  model.dispose();
  optimizer.dispose();
  return (train.count * fitEpochs) / seconds;
}

const oursRate = await ours();
const fitRate = await fit();
console.log(
  `${backend} ${modelName}: ours ${Math.round(oursRate)} examples/s, model.fit ${Math.round(fitRate)} examples/s, ` +
    `ratio ${(oursRate / fitRate).toFixed(2)}`,
);
train.dispose();
test.dispose();
if (tf.memory().numTensors !== 0) console.warn(`${tf.memory().numTensors} tensors left`);
