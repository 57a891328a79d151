/**
 * Real training on the real 8,000-digit MNIST training split, in Node, with our kernels:
 * the small CNN on wasm (about 5 s per epoch on a 2-core machine) and a few cpu batches.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mnistToDevice, type DeviceDataset } from '../../src/ml/data/device';
import { confusionAccuracy } from '../../src/ml/metrics/classification';
import { createMnistModel, type MnistModelName } from '../../src/ml/models';
import {
  confusionOnDataset,
  createTrainer,
  evaluateDataset,
  predictBatch,
  type BatchEvent,
  type TrainConfig,
} from '../../src/ml/training';
import { initNodeBackend, loadMnistAsset } from '../helpers/ml';

const mnist = loadMnistAsset();

const config: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.003,
  loss: 'categoricalCrossentropy',
  batchSize: 64,
  epochs: 2,
  seed: 1,
};

async function firstLosses(name: MnistModelName, train: DeviceDataset, steps: number, seed: number): Promise<number[]> {
  const model = createMnistModel(name, { seed: 42 });
  const losses: number[] = [];
  const trainer = createTrainer({
    model,
    train,
    config: { ...config, seed, maxSteps: steps },
    onEvent: (e) => e.type === 'batch' && losses.push(e.loss),
  });
  await trainer.start();
  await trainer.dispose();
  model.dispose();
  return losses;
}

describe('MNIST on wasm', () => {
  let train: DeviceDataset;
  let validation: DeviceDataset;
  let test: DeviceDataset;

  beforeAll(async () => {
    await initNodeBackend('wasm');
    train = mnistToDevice(mnist.train);
    validation = mnistToDevice(mnist.validation);
    test = mnistToDevice(mnist.test);
  });

  afterAll(() => {
    for (const data of [train, validation, test]) data.dispose();
  });

  it('the small CNN reaches ≥ 93% validation and ≥ 92% test accuracy in 2 epochs, without leaking', async () => {
    expect(tf.getBackend()).toBe('wasm');
    const model = createMnistModel('small-cnn');
    const baseline = tf.memory().numTensors;
    const batches: BatchEvent[] = [];
    const trainer = createTrainer({
      model,
      train,
      validation,
      config,
      onEvent: (e) => e.type === 'batch' && batches.push(e),
    });
    const result = await trainer.start();
    expect(result.state).toBe('done');
    expect(batches).toHaveLength(250);
    const mean = (events: BatchEvent[]) => events.reduce((s, e) => s + e.loss, 0) / events.length;
    expect(mean(batches.slice(0, 10))).toBeGreaterThan(1.5); // ≈ ln 10 at the start
    expect(mean(batches.slice(-25))).toBeLessThan(0.3);
    const [first, second] = result.epochs;
    expect(second.trainLoss).toBeLessThan(first.trainLoss);
    expect(second.valAccuracy).toBeGreaterThanOrEqual(0.93);
    console.info(
      `small CNN on wasm: validation ${second.valAccuracy}, ${Math.round(first.examplesPerSecond)} examples/s`,
    );
    expect(first.numTensors).toBe(second.numTensors);
    expect(first.examplesPerSecond).toBeGreaterThan(300);

    const evaluation = await evaluateDataset(model, test, { loss: 'categoricalCrossentropy' });
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.92);
    console.info(`small CNN on wasm: test accuracy ${evaluation.accuracy}`);
    const matrix = await confusionOnDataset(model, test, mnist.test.labels, 10);
    expect(matrix.total).toBe(1000);
    expect(confusionAccuracy(matrix)).toBeCloseTo(evaluation.accuracy ?? NaN, 10);

    const three = test.xs.slice(0, 3);
    const { values, shape } = await predictBatch(model, three);
    three.dispose();
    expect(shape).toEqual([3, 10]);
    expect(values.reduce((a, b) => a + b)).toBeCloseTo(3, 4);

    await trainer.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    model.dispose();
  });

  it('is deterministic for a seed on one backend: same first losses, different with another seed', async () => {
    const a = await firstLosses('seed-cnn', train, 4, 9);
    expect(a).toHaveLength(4);
    expect(await firstLosses('seed-cnn', train, 4, 9)).toEqual(a);
    expect(await firstLosses('seed-cnn', train, 4, 10)).not.toEqual(a);
  });
});

describe('MNIST on cpu (our kernels replace the 12-second stock filter gradient)', () => {
  it('the small CNN lowers its loss within 15 batches', async () => {
    await initNodeBackend('cpu');
    const data = mnistToDevice(mnist.train);
    const losses = await firstLosses('small-cnn', data, 15, 1);
    data.dispose();
    expect(losses).toHaveLength(15);
    expect(losses[0]).toBeGreaterThan(2);
    expect(Math.min(...losses.slice(-3))).toBeLessThan(1.6);
  });
});
