/**
 * The browser half of `npm run bench`: for each backend and MNIST model, examples/second of our
 * trainer and of a plain `model.fit` on the same model, batch size and data, in this page.
 * Results go to `window.benchResults` (read by scripts/bench/run.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend, type BackendName } from '../../src/ml/backend';
import { mnistToDevice } from '../../src/ml/data/device';
import { decodeMnist, type MnistSplit } from '../../src/ml/data/mnist';
import { createMnistModel, MNIST_MODEL_NAMES, type MnistModelName } from '../../src/ml/models';
import { createTrainer } from '../../src/ml/training';
import { wasmPaths } from '../../src/widgets/shared/worker/wasm-paths';

export interface BenchRow {
  backend: string;
  model: MnistModelName;
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
const stepsFor = (backend: string, model: MnistModelName) =>
  backend === 'cpu' ? (model === 'seed-cnn' ? 3 : 6) : backend === 'webgl' && model === 'seed-cnn' ? 4 : 10;

const log = (line: string) => {
  const pre = document.getElementById('log')!;
  pre.textContent = `${pre.textContent === 'running…' ? '' : pre.textContent}${line}\n`;
};

function subset(split: MnistSplit, count: number): MnistSplit {
  return { images: split.images.subarray(0, count * 784), labels: split.labels.subarray(0, count), count };
}

async function ours(name: MnistModelName, data: MnistSplit, steps: number): Promise<number> {
  const model = createMnistModel(name, { seed: 1 });
  const train = mnistToDevice(data);
  const config = {
    optimizer: 'adam' as const,
    learningRate: 0.003,
    loss: 'categoricalCrossentropy' as const,
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

async function fit(name: MnistModelName, data: MnistSplit, steps: number): Promise<number> {
  const model = createMnistModel(name, { seed: 1 });
  const optimizer = tf.train.adam(0.003);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const train = mnistToDevice(data);
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
  const response = await fetch('/data/mnist.bin');
  const mnist = decodeMnist(await response.arrayBuffer());
  const rows: BenchRow[] = [];
  for (const backend of backends) {
    const info = await initBackend({ preference: [backend], wasmPaths });
    if (info.backend !== backend) {
      log(`${backend}: unavailable (${info.fallbacks.map((f) => f.reason).join('; ')})`);
      continue;
    }
    for (const model of MNIST_MODEL_NAMES) {
      const steps = stepsFor(backend, model);
      const data = subset(mnist.train, (steps + 1) * batchSize);
      // Both run twice, interleaved, and the better run counts: the first runs of a backend also pay
      // for one-off set-up (kernel compilation, memory growth) that neither loop should be charged.
      const a1 = await ours(model, data, steps);
      const b1 = await fit(model, data, steps);
      const a = Math.max(a1, await ours(model, data, steps));
      const b = Math.max(b1, await fit(model, data, steps));
      const row = { backend, model, batchSize, steps, ours: a, fit: b, numTensorsAfter: tf.memory().numTensors };
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
