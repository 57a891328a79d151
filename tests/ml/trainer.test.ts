import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/random';
import { deviceDataset, oneHot, type DeviceDataset } from '../../src/ml/data/device';
import { createTrainer, type TrainConfig, type TrainingEvent, type Trainer } from '../../src/ml/training';
import { initNodeBackend } from '../helpers/ml';

/** Two noisy 2-D blobs: class 0 around (−1, −1), class 1 around (1, 1). */
function blobs(count: number, seed: number): DeviceDataset {
  const rng = mulberry32(seed);
  const labels = Array.from({ length: count }, (_, i) => i % 2);
  const points = labels.flatMap((label) => [label * 2 - 1 + rng() - 0.5, label * 2 - 1 + rng() - 0.5]);
  return deviceDataset(tf.tensor2d(points, [count, 2]), tf.tensor2d(oneHot(labels, 2), [count, 2]));
}

function tinyModel(seed: number): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [2],
        units: 8,
        activation: 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed }),
      }),
      tf.layers.dense({
        units: 2,
        activation: 'softmax',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }),
      }),
    ],
  });
}

const config: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.05,
  loss: 'categoricalCrossentropy',
  batchSize: 16,
  epochs: 3,
  seed: 1,
};

interface Run {
  trainer: Trainer;
  events: TrainingEvent[];
  model: tf.LayersModel;
  data: DeviceDataset;
  baseline: number;
}

const runs: Run[] = [];

/** A trainer on 128 blob points (8 batches per epoch), recording its events. */
function setUp(
  overrides: Partial<TrainConfig> = {},
  extra: { signal?: AbortSignal; yieldFn?: () => Promise<void> } = {},
): Run {
  const model = tinyModel(7);
  const data = blobs(128, 3);
  const baseline = tf.memory().numTensors;
  const events: TrainingEvent[] = [];
  const trainer = createTrainer({
    model,
    train: data,
    validation: data,
    config: { ...config, ...overrides },
    onEvent: (e) => events.push(e),
    ...extra,
  });
  const run = { trainer, events, model, data, baseline };
  runs.push(run);
  return run;
}

const batches = (events: TrainingEvent[]) => events.filter((e) => e.type === 'batch');
const states = (events: TrainingEvent[]) => events.flatMap((e) => (e.type === 'state' ? [e.state] : []));
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  await initNodeBackend('cpu');
});

afterEach(async () => {
  for (const run of runs.splice(0).reverse()) {
    await run.trainer.dispose();
    expect(tf.memory().numTensors).toBe(run.baseline);
    run.model.dispose();
    run.data.dispose();
  }
});

describe('the trainer', () => {
  it('trains to the end, emitting batch and epoch events in order, with a flat tensor count', async () => {
    const { trainer, events, baseline } = setUp();
    const result = await trainer.start();
    expect(result.state).toBe('done');
    expect(result.steps).toBe(24);
    expect(states(events)).toEqual(['training', 'done']);
    expect(batches(events).map((e) => e.type === 'batch' && [e.epoch, e.batch, e.step])).toEqual(
      Array.from({ length: 24 }, (_, i) => [Math.floor(i / 8) + 1, (i % 8) + 1, i + 1]),
    );
    const epochs = result.epochs;
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
    expect(new Set(epochs.map((e) => e.numTensors)).size).toBe(1); // identical at every epoch end
    expect(epochs[2].trainLoss).toBeLessThan(epochs[0].trainLoss);
    expect(epochs[2].valAccuracy).toBeGreaterThan(0.95);
    expect(epochs[0].examplesPerSecond).toBeGreaterThan(0);
    await trainer.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('follows a learning-rate schedule step by step (×0.1 at 50 % and 75 % of the 24 steps)', async () => {
    const rates: number[] = [];
    const { trainer } = setUp(
      { optimizer: 'sgd', schedule: 'step' },
      { yieldFn: async () => void rates.push(trainer.learningRate) },
    );
    expect(trainer.learningRate).toBe(0.05);
    await trainer.start();
    expect(rates).toHaveLength(24);
    expect(rates.slice(0, 12).every((r) => r === 0.05)).toBe(true);
    expect(rates.slice(12, 18).every((r) => Math.abs(r - 0.005) < 1e-12)).toBe(true);
    expect(rates.slice(18).every((r) => Math.abs(r - 0.0005) < 1e-12)).toBe(true);
  });

  it('pauses after the current batch, steps one batch at a time, then resumes', async () => {
    const { trainer, events } = setUp({ epochs: 1 });
    trainer.subscribe((e) => {
      if (e.type === 'batch' && e.step === 2) trainer.pause();
    });
    const finished = trainer.start();
    while (trainer.state !== 'paused') await nextTick();
    await nextTick();
    const seen = batches(events).length;
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(seen).toBeLessThanOrEqual(5); // at most the reads that were in flight
    await nextTick();
    expect(batches(events).length).toBe(seen); // nothing runs while paused
    await trainer.step();
    expect(batches(events).length).toBe(seen + 1);
    await trainer.step();
    expect(batches(events).length).toBe(seen + 2);
    expect(trainer.state).toBe('paused');
    trainer.resume();
    const result = await finished;
    expect(result.state).toBe('done');
    expect(batches(events).map((e) => e.type === 'batch' && e.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(states(events)).toEqual(['training', 'paused', 'training', 'done']);
  });

  it('steps from idle without starting to train freely, and stops cleanly while paused', async () => {
    const { trainer, events } = setUp();
    await trainer.step();
    expect(trainer.state).toBe('paused');
    expect(batches(events)).toHaveLength(1);
    await trainer.step();
    expect(trainer.progress).toEqual({ epoch: 1, batch: 2, step: 2 });
    trainer.stop();
    const result = await trainer.start();
    expect(result.state).toBe('stopped');
    expect(result.epochs).toEqual([]);
    expect(states(events)).toEqual(['paused', 'stopped']);
  });

  it('stops after the batch in progress, with stop() or an AbortSignal', async () => {
    const { trainer, events } = setUp({ epochs: 10 });
    trainer.subscribe((e) => e.type === 'batch' && e.step === 3 && trainer.stop());
    const result = await trainer.start();
    expect(result.state).toBe('stopped');
    expect(result.steps).toBeLessThan(8);
    expect(states(events)).toEqual(['training', 'stopped']);

    const controller = new AbortController();
    const aborted = setUp({ epochs: 10 }, { signal: controller.signal });
    aborted.trainer.subscribe((e) => e.type === 'epoch' && controller.abort());
    const abortedResult = await aborted.trainer.start();
    expect(abortedResult.state).toBe('stopped');
    expect(abortedResult.epochs).toHaveLength(1);
  });

  it('is deterministic for a seed: same seed, same losses; another shuffling seed, others', async () => {
    const losses = async (seed: number) => {
      const { trainer, events } = setUp({ seed, epochs: 1 });
      await trainer.start();
      return batches(events).map((e) => e.type === 'batch' && e.loss);
    };
    const a = await losses(5);
    expect(await losses(5)).toEqual(a);
    expect(await losses(6)).not.toEqual(a);
  });

  it('reads every k batches, averaging them, and calls the injected yield', async () => {
    let yields = 0;
    const { trainer, events } = setUp(
      { readEvery: 3, epochs: 1, yieldEvery: 2 },
      { yieldFn: async () => void yields++ },
    );
    await trainer.start();
    // 8 batches: groups end at batches 3, 6 and (flushed at the epoch's end) 8.
    expect(batches(events).map((e) => e.type === 'batch' && e.batch)).toEqual([3, 6, 8]);
    expect(yields).toBe(4);
  });

  it('stops after maxSteps with a (partial) epoch event', async () => {
    const { trainer } = setUp({ maxSteps: 5 });
    const result = await trainer.start();
    expect(result.state).toBe('done');
    expect(result.steps).toBe(5);
    expect(result.epochs).toHaveLength(1);
  });

  it('reports errors as the error state without leaking', async () => {
    const { trainer, events } = setUp({}, { yieldFn: () => Promise.reject(new Error('boom')) });
    const result = await trainer.start();
    expect(result.state).toBe('error');
    expect(result.error?.message).toBe('boom');
    expect(events.at(-1)).toEqual({ type: 'state', state: 'error', previous: 'training', error: 'boom' });
  });

  it('rejects impossible settings', () => {
    const data = blobs(4, 1);
    const model = tinyModel(1);
    expect(() => createTrainer({ model, train: data, config: { ...config, batchSize: 0 } })).toThrow(/batch size/);
    expect(() => createTrainer({ model, train: data, config: { ...config, epochs: 1.5 } })).toThrow(/epochs/);
    const threeTargets = deviceDataset(tf.zeros([4, 2]), tf.zeros([4, 3]));
    expect(() => createTrainer({ model, train: threeTargets, config })).toThrow(
      'outputs shape [batch, 2] but the data has targets of shape [4, 3]',
    );
    threeTargets.dispose();
    model.dispose();
    data.dispose();
  });
});
