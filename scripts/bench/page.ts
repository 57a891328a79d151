/**
 * The browser half of `npm run bench`: for each backend and lab model (the MNIST lab's three, the
 * sentiment lab's two at the lab's default sizes, the transfer lab's CNN and the text-transfer
 * lab's few-label classifier), examples/second of our trainer and of a plain `model.fit` on the
 * same model, batch size and data, in this page; and skip-gram's word pairs/second (no fit to
 * compare with: it is a custom loop, src/ml/text-transfer/skipgram.ts).
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
import { createTextArmModel } from '../../src/ml/text-transfer/classifier';
import { buildCorpus, PairStream } from '../../src/ml/text-transfer/corpus';
import { DEFAULT_WORD_PRETRAIN } from '../../src/ml/text-transfer/pretrain';
import { SkipGram } from '../../src/ml/text-transfer/skipgram';
import { createTrainer } from '../../src/ml/training';
import { selectDigits, taskToDevice } from '../../src/ml/transfer/data';
import { createTransferCnn, FINETUNE_DIGITS, TASK_CLASSES } from '../../src/ml/transfer/model';
import { wasmPaths } from '../../src/widgets/shared/worker/wasm-paths';

/** One model of a lab, with what it trains on: a fresh model and the first `count` examples on the device. */
interface Workload {
  lab: 'mnist' | 'sentiment' | 'transfer' | 'text-transfer';
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
  /** null where there is no `model.fit` to compare with (skip-gram: word pairs/second in `ours`). */
  fit: number | null;
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
    {
      lab: 'transfer',
      model: 'cnn',
      loss: 'categoricalCrossentropy',
      create: () => createTransferCnn({ seed: 1, headSeed: 8 }),
      data: (count) => taskToDevice(subset(selectDigits(mnist.train, FINETUNE_DIGITS), count), TASK_CLASSES),
    },
    {
      lab: 'text-transfer',
      model: 'few-label',
      loss: 'binaryCrossentropy',
      create: () =>
        createTextArmModel('scratch', { vocabularySize: 10_000, sequenceLength: 200, dim: 48, seed: 1 }, undefined),
      data: (count) =>
        textToDevice(textSubset(imdb.splits.train, count), { vocabularySize: 10_000, sequenceLength: 200 }),
    },
  ];
}

/** Skip-gram word pairs/second at the shipped recipe's sizes (better of two runs of `steps` steps). */
async function skipGram(imdb: ReturnType<typeof decodeImdb>, steps: number): Promise<number> {
  const config = DEFAULT_WORD_PRETRAIN;
  const stream = new PairStream(buildCorpus(imdb.splits.train, { vocabularySize: config.vocabularySize }), config);
  const batches = Array.from({ length: steps + 1 }, () => stream.next(config.batchSize));
  let best = 0;
  for (let run = 0; run < 2; run++) {
    const model = new SkipGram(config, config.learningRate);
    (model.step(batches[0]) as tf.Tensor).dispose(); // warm-up
    const start = performance.now();
    for (let i = 1; i <= steps; i++) model.step(batches[i]).dispose();
    await model.input.data();
    best = Math.max(best, (steps * config.batchSize) / ((performance.now() - start) / 1000));
    model.dispose();
  }
  return best;
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
  const imdb = decodeImdb(await (await fetch(`/${IMDB_ASSET_PATH}`)).arrayBuffer());
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
    const steps = backend === 'cpu' ? 2 : 5;
    const pairs = await skipGram(imdb, steps);
    const row = {
      lab: 'text-transfer' as const,
      backend,
      model: 'skip-gram',
      batchSize: DEFAULT_WORD_PRETRAIN.batchSize,
      steps,
      ours: pairs,
      fit: null,
      numTensorsAfter: tf.memory().numTensors,
    };
    rows.push(row);
    log(JSON.stringify(row));
  }
  (window as unknown as { benchResults: BenchRow[] }).benchResults = rows;
}

main().catch((error: unknown) => {
  (window as unknown as { benchError: string }).benchError =
    error instanceof Error ? (error.stack ?? error.message) : String(error);
});
