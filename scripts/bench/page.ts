/**
 * The browser half of `npm run bench`: for each backend and lab model (the MNIST lab's three, the
 * sentiment lab's two at the lab's default sizes), examples/second of our trainer and of a plain
 * `model.fit` on the same model, batch size and data, in this page.
 * Results go to `window.benchResults` (read by scripts/bench/run.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend, type BackendName } from '../../src/ml/backend';
import { mnistToDevice, type DeviceDataset } from '../../src/ml/data/device';
import { decodeImdb, IMDB_ASSET_PATH } from '../../src/ml/data/imdb';
import { decodeMnist, type MnistSplit } from '../../src/ml/data/mnist';
import type { TextSplit } from '../../src/ml/data/text-dataset';
import { textToDevice } from '../../src/ml/data/text-device';
import { createMnistModel, MNIST_MODEL_NAMES } from '../../src/ml/models';
import {
  createSentimentModel,
  defaultSentimentModelConfig,
  SENTIMENT_MODEL_NAMES,
} from '../../src/ml/models/sentiment';
import { createTrainer } from '../../src/ml/training';
import { wasmPaths } from '../../src/widgets/shared/worker/wasm-paths';

/** One model of a lab, with what it trains on: a fresh model and the first `count` examples on the device. */
interface Workload {
  lab: 'mnist' | 'sentiment';
  model: string;
  loss: 'categoricalCrossentropy' | 'binaryCrossentropy';
  create(): tf.LayersModel;
  data(count: number): DeviceDataset;
}

export interface BenchRow {
  lab: Workload['lab'];
  backend: string;
  model: string;
  batchSize: number;
  steps: number;
  ours: number;
  fit: number;
  numTensorsAfter: number;
}

const params = new URLSearchParams(location.search);
const backends = (params.get('backends') ?? 'webgl,wasm,cpu').split(',') as BackendName[];
const batchSize = Number(params.get('batch') ?? 64);
/** Measured steps per run, after one warm-up step; fewer on the slow paths. */
const stepsFor = (backend: string, model: string) =>
  backend === 'cpu'
    ? model === 'seed-cnn' || model === 'cnn'
      ? 3
      : 6
    : backend === 'webgl' && (model === 'seed-cnn' || model === 'cnn')
      ? 4
      : 10;

const log = (line: string) => {
  const pre = document.getElementById('log')!;
  pre.textContent = `${pre.textContent === 'running…' ? '' : pre.textContent}${line}\n`;
  console.info(line); // scripts/bench/run.ts prints it: progress of a long run
};

function subset(split: MnistSplit, count: number): MnistSplit {
  return { images: split.images.subarray(0, count * 784), labels: split.labels.subarray(0, count), count };
}

function textSubset(split: TextSplit, count: number): TextSplit {
  const offsets = split.offsets.subarray(0, count + 1);
  return { count, labels: split.labels.subarray(0, count), offsets, ids: split.ids.subarray(0, offsets[count]) };
}

async function workloads(): Promise<Workload[]> {
  const mnist = decodeMnist(await (await fetch('/data/mnist.bin')).arrayBuffer());
  const imdb = decodeImdb(await (await fetch(`/${IMDB_ASSET_PATH}`)).arrayBuffer());
  const sizes = defaultSentimentModelConfig;
  return [
    ...MNIST_MODEL_NAMES.map((name): Workload => ({
      lab: 'mnist',
      model: name,
      loss: 'categoricalCrossentropy',
      create: () => createMnistModel(name, { seed: 1 }),
      data: (count) => mnistToDevice(subset(mnist.train, count)),
    })),
    ...SENTIMENT_MODEL_NAMES.map((name): Workload => ({
      lab: 'sentiment',
      model: name,
      loss: 'binaryCrossentropy',
      create: () => createSentimentModel({ ...sizes, model: name }),
      data: (count) => textToDevice(textSubset(imdb.splits.train, count), sizes),
    })),
  ];
}

async function ours(work: Workload, count: number, steps: number): Promise<number> {
  const model = work.create();
  const train = work.data(count);
  const config = {
    optimizer: 'adam' as const,
    learningRate: 0.003,
    loss: work.loss,
    batchSize,
    epochs: 1,
    seed: 1,
    readIntervalMs: 100, // as the labs run it
  };
  // Warm-up: compile shaders / kernels.
  const warm = createTrainer({ model, train, config: { ...config, maxSteps: 1 } });
  await warm.start();
  await warm.dispose();
  const trainer = createTrainer({ model, train, config: { ...config, maxSteps: steps } });
  const start = performance.now();
  await trainer.start();
  await tf.ready();
  // Make sure the GPU finished: read one weight.
  await model.getWeights()[0].data();
  const seconds = (performance.now() - start) / 1000;
  await trainer.dispose();
  model.dispose();
  train.dispose();
  return (steps * batchSize) / seconds;
}

async function fit(work: Workload, count: number, steps: number): Promise<number> {
  const model = work.create();
  const optimizer = tf.train.adam(0.003);
  model.compile({ optimizer, loss: work.loss, metrics: ['accuracy'] });
  const train = work.data(count);
  const take = (n: number) => [train.xs.slice(0, n), train.ys.slice(0, n)] as const;
  const [warmX, warmY] = take(batchSize);
  await model.fit(warmX, warmY, { batchSize, epochs: 1, verbose: 0 });
  const [xs, ys] = take(steps * batchSize);
  const start = performance.now();
  await model.fit(xs, ys, { batchSize, epochs: 1, verbose: 0, shuffle: true });
  await model.getWeights()[0].data();
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([warmX, warmY, xs, ys]);
  model.dispose();
  optimizer.dispose();
  train.dispose();
  return (steps * batchSize) / seconds;
}

async function main(): Promise<void> {
  const works = await workloads();
  const rows: BenchRow[] = [];
  for (const backend of backends) {
    const info = await initBackend({ preference: [backend], wasmPaths });
    if (info.backend !== backend) {
      log(`${backend}: unavailable (${info.fallbacks.map((f) => f.reason).join('; ')})`);
      continue;
    }
    for (const work of works) {
      const steps = stepsFor(backend, work.model);
      const count = (steps + 1) * batchSize;
      // Both run twice, interleaved, and the better run counts: the first runs of a backend also pay
      // for one-off set-up (kernel compilation, memory growth) that neither loop should be charged.
      const a1 = await ours(work, count, steps);
      const b1 = await fit(work, count, steps);
      const a = Math.max(a1, await ours(work, count, steps));
      const b = Math.max(b1, await fit(work, count, steps));
      const numTensorsAfter = tf.memory().numTensors;
      const row = { lab: work.lab, backend, model: work.model, batchSize, steps, ours: a, fit: b, numTensorsAfter };
      rows.push(row);
      log(JSON.stringify(row));
    }
  }
  (window as unknown as { benchResults: BenchRow[] }).benchResults = rows;
}

main().catch((error: unknown) => {
  (window as unknown as { benchError: string }).benchError =
    error instanceof Error ? (error.stack ?? error.message) : String(error);
});
