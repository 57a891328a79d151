/**
 * Training throughput and accuracy of the MNIST models in Node.
 * Usage: npx tsx scripts/bench-training.ts [--epochs=2] [--cpu-steps=20] [--stock]
 *   wasm: full epochs on the 8,000 training digits, validation and test accuracy.
 *   cpu:  examples/second over a few batches (--stock: with tfjs' own kernels, for comparison).
 */
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, prepareAssets } from './data/assets';
import { initNodeBackend } from './node-backend';
import { decodeMnist } from '../src/ml/data/mnist';
import { mnistToDevice } from '../src/ml/data/device';
import { unregisterFastKernels } from '../src/ml/kernels';
import { createMnistModel, MNIST_MODEL_NAMES, type MnistModelName } from '../src/ml/models';
import { createTrainer, evaluateDataset, type BatchEvent, type TrainConfig } from '../src/ml/training';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const epochs = option('epochs', 2);
const cpuSteps = option('cpu-steps', 20);
const stock = process.argv.includes('--stock');

prepareAssets({ only: ['mnist'], log: () => undefined });
const mnist = decodeMnist(readFileSync(path.join(dataDir, 'mnist.bin')));
const config: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.003,
  loss: 'categoricalCrossentropy',
  batchSize: 64,
  epochs,
  seed: 1,
};

async function run(backend: 'wasm' | 'cpu', name: MnistModelName, maxSteps?: number): Promise<void> {
  await initNodeBackend(backend);
  if (stock) unregisterFastKernels();
  const train = mnistToDevice(mnist.train);
  const validation = mnistToDevice(mnist.validation);
  const test = mnistToDevice(mnist.test);
  const model = createMnistModel(name);
  const batches: BatchEvent[] = [];
  const trainer = createTrainer({
    model,
    train,
    validation: maxSteps ? undefined : validation,
    config: { ...config, maxSteps },
    onEvent: (e) => e.type === 'batch' && batches.push(e),
  });
  const start = performance.now();
  const result = await trainer.start();
  const seconds = (performance.now() - start) / 1000;
  // Steady state: skip the first batches (kernel set-up, first allocations).
  const steady = batches.slice(stock ? 1 : 2);
  const rate = (steady.length * 64) / steady.reduce((s, e) => s + 64 / e.examplesPerSecond, 0);
  let line = `${backend.padEnd(4)} ${stock ? 'stock kernels ' : ''}${name.padEnd(9)} ${Math.round(rate).toString().padStart(5)} examples/s (${result.steps} steps in ${seconds.toFixed(1)} s)`;
  if (!maxSteps) {
    const last = result.epochs.at(-1);
    const evaluation = await evaluateDataset(model, test, { loss: 'categoricalCrossentropy' });
    line += `; after ${epochs} epochs: validation ${((last?.valAccuracy ?? NaN) * 100).toFixed(1)}%, test ${((evaluation.accuracy ?? NaN) * 100).toFixed(1)}%`;
  }
  console.log(line);
  await trainer.dispose();
  for (const t of [model, train, validation, test]) t.dispose();
  if (tf.memory().numTensors !== 0) console.warn(`  ${tf.memory().numTensors} tensors left`);
}

for (const name of MNIST_MODEL_NAMES) {
  if (!stock) await run('wasm', name);
  const steps = stock ? 2 : (name === 'seed-cnn' ? Math.ceil(cpuSteps / 4) : cpuSteps) + 2;
  await run('cpu', name, steps);
}
