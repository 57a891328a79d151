/** Weight quantisation: the pure quantiser, model sizes, and the TF.js round trip through a saved model. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { deviceDataset } from '../../src/ml/data/device';
import { createSmallCnn } from '../../src/ml/models';
import {
  compareQuantizations,
  isQuantizable,
  loadWithWeights,
  quantizedBytes,
  quantizeModelWeights,
  quantizeTensor,
  snapshotModel,
  specKey,
  symmetricQMax,
  type NamedWeight,
} from '../../src/ml/quantize';
import { initNodeBackend, randomFloats } from '../helpers/ml';

describe('quantizeTensor (symmetric, pure)', () => {
  it('uses codes −q_max … q_max: 127 for 8 bits, 7 for 4, 1 for 2', () => {
    expect([8, 4, 2].map(symmetricQMax)).toEqual([127, 7, 1]);
    expect(() => symmetricQMax(1)).toThrow(/bits/);
  });

  for (const bits of [8, 4, 2])
    for (const granularity of ['per-tensor', 'per-channel'] as const)
      it(`keeps every weight within scale/2 at ${bits} bits ${granularity}`, () => {
        const shape = [5, 5, 3, 7];
        const values = randomFloats(5 * 5 * 3 * 7, bits * 10 + (granularity === 'per-tensor' ? 1 : 2));
        const q = quantizeTensor(values, shape, bits, granularity);
        expect(q.scales).toHaveLength(granularity === 'per-tensor' ? 1 : 7);
        const qMax = symmetricQMax(bits);
        for (let i = 0; i < values.length; i++) {
          const s = q.scales[granularity === 'per-tensor' ? 0 : i % 7];
          expect(Math.abs(q.codes[i])).toBeLessThanOrEqual(qMax);
          expect(q.restored[i]).toBeCloseTo(s * q.codes[i], 6);
          expect(Math.abs(values[i] - q.restored[i])).toBeLessThanOrEqual(s / 2 + 1e-7);
        }
        expect(q.maxError).toBeLessThanOrEqual(q.maxScale / 2 + 1e-7);
        expect(q.maxError).toBeGreaterThan(0);
      });

  it('maps the largest weight to ±q_max exactly and restores zeros exactly', () => {
    const q = quantizeTensor([0.5, -1, 0, 0.25], [2, 2], 8, 'per-tensor');
    expect(q.scales[0]).toBeCloseTo(1 / 127, 7);
    expect(Array.from(q.codes)).toEqual([64, -127, 0, 32]);
    expect(q.restored[1]).toBeCloseTo(-1, 6);
    expect(q.restored[2]).toBe(0);
    const zeros = quantizeTensor([0, 0, 0, 0], [2, 2], 4, 'per-channel');
    expect(Array.from(zeros.restored)).toEqual([0, 0, 0, 0]);
    expect(zeros.maxError).toBe(0);
  });

  it('per channel is never worse than per tensor when channels have different ranges', () => {
    // A dense kernel [in = 64, out = 4] whose output channels span 0.01 … 10 in size.
    const sizes = [0.01, 0.1, 1, 10];
    const base = randomFloats(64 * 4, 7);
    const values = Float32Array.from(base, (v, i) => v * sizes[i % 4]);
    for (const bits of [8, 4, 2]) {
      const tensor = quantizeTensor(values, [64, 4], bits, 'per-tensor');
      const channel = quantizeTensor(values, [64, 4], bits, 'per-channel');
      expect(channel.maxError).toBeLessThanOrEqual(tensor.maxError);
      expect(channel.meanError).toBeLessThan(tensor.meanError);
      for (let c = 0; c < 4; c++) {
        const channelError = (q: typeof tensor) =>
          Math.max(...Array.from({ length: 64 }, (_, r) => Math.abs(values[r * 4 + c] - q.restored[r * 4 + c])));
        expect(channelError(channel)).toBeLessThanOrEqual(channel.scales[c] / 2 + 1e-7);
        expect(channel.scales[c]).toBeLessThanOrEqual(tensor.scales[0]);
      }
      // The smallest channel is wiped out per tensor (its weights are below s/2) but kept per channel.
      const small = (q: typeof tensor) =>
        Array.from({ length: 64 }, (_, r) => q.codes[r * 4]).some((code) => code !== 0);
      expect(small(tensor)).toBe(false);
      expect(small(channel)).toBe(true);
    }
  });

  it('rejects a shape that does not match the values', () => {
    expect(() => quantizeTensor([1, 2, 3], [2, 2], 8, 'per-tensor')).toThrow(/shape \[2, 2\] does not hold 3/);
  });
});

describe('model sizes', () => {
  const weights: NamedWeight[] = [
    { name: 'conv1/kernel', shape: [5, 5, 1, 8], values: randomFloats(200, 1) },
    { name: 'conv1/bias', shape: [8], values: randomFloats(8, 2) },
    { name: 'output/kernel', shape: [256, 10], values: randomFloats(2560, 3) },
    { name: 'output/bias', shape: [10], values: randomFloats(10, 4) },
  ];

  it('quantises kernels and embeddings, keeps biases', () => {
    expect(weights.map(isQuantizable)).toEqual([true, false, true, false]);
    expect(isQuantizable({ name: 'embedding/embeddings', shape: [100, 16] })).toBe(true);
  });

  it('counts 4 bytes per float32, packed codes plus 4 bytes per scale when quantised', () => {
    const float = quantizeModelWeights(weights, { bits: 32, granularity: 'per-tensor' });
    expect(float.bytes).toBe(4 * 2778);
    expect(float.floatBytes).toBe(4 * 2778);
    const perTensor = quantizeModelWeights(weights, { bits: 8, granularity: 'per-tensor' });
    expect(perTensor.bytes).toBe(200 + 4 + 4 * 8 + 2560 + 4 + 4 * 10);
    const perChannel = quantizeModelWeights(weights, { bits: 8, granularity: 'per-channel' });
    expect(perChannel.bytes).toBe(200 + 4 * 8 + 4 * 8 + 2560 + 4 * 10 + 4 * 10);
    const four = quantizeModelWeights(weights, { bits: 4, granularity: 'per-tensor' });
    expect(four.bytes).toBe(100 + 4 + 32 + 1280 + 4 + 40);
    const two = quantizeModelWeights(weights, { bits: 2, granularity: 'per-channel' });
    expect(two.bytes).toBe(50 + 32 + 32 + 640 + 40 + 40);
    expect(quantizedBytes(3, 2, 1)).toBe(1 + 4);
    expect(quantizedBytes(5, 4, 0)).toBe(3);
    expect(perTensor.report.map((r) => r.quantized)).toEqual([true, false, true, false]);
    expect(specKey(perTensor.spec)).toBe('int8-per-tensor');
    expect(specKey(float.spec)).toBe('float32');
  });

  it('leaves its input unchanged and keeps biases bit for bit', () => {
    const before = weights.map((w) => w.values.slice());
    const q = quantizeModelWeights(weights, { bits: 2, granularity: 'per-tensor' });
    weights.forEach((w, i) => expect(w.values).toEqual(before[i]));
    expect(q.weights[1].values).toEqual(weights[1].values);
    expect(q.weights[0].values).not.toEqual(weights[0].values);
  });
});

describe('the TF.js round trip', () => {
  beforeAll(async () => {
    await initNodeBackend('cpu');
  });

  it('snapshots a model as named float32 weights and loads a copy with other weights, without leaks', async () => {
    const model = createSmallCnn({ seed: 3 });
    const baseline = tf.memory().numTensors;
    const snapshot = await snapshotModel(model);
    expect(tf.memory().numTensors).toBe(baseline);
    expect(snapshot.weights.map((w) => `${w.name}:${w.shape.join('x')}`)).toEqual([
      'conv1/kernel:5x5x1x8',
      'conv1/bias:8',
      'conv2/kernel:5x5x8x16',
      'conv2/bias:16',
      'output/kernel:256x10',
      'output/bias:10',
    ]);
    expect(snapshot.weights.reduce((n, w) => n + w.values.length, 0)).toBe(5994);
    const original = model.getWeights()[0].dataSync();
    expect(snapshot.weights[0].values).toEqual(Float32Array.from(original));

    const q = quantizeModelWeights(snapshot.weights, { bits: 8, granularity: 'per-channel' });
    const copy = await loadWithWeights(snapshot, q.weights);
    const copied = copy.getWeights()[0].dataSync();
    expect(Float32Array.from(copied)).toEqual(q.weights[0].values);
    // The original keeps its weights.
    expect(Float32Array.from(model.getWeights()[0].dataSync())).toEqual(Float32Array.from(original));
    copy.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    model.dispose();
  });

  it('compares all storage options on a dataset and leaves no tensors', async () => {
    const model = createSmallCnn({ seed: 4 });
    const xs = tf.tensor4d(randomFloats(20 * 784, 9).map(Math.abs), [20, 28, 28, 1]);
    const ys = tf
      .oneHot(
        tf.tensor1d(
          Array.from({ length: 20 }, (_, i) => i % 10),
          'int32',
        ),
        10,
      )
      .toFloat();
    const data = deviceDataset(xs, ys);
    const baseline = tf.memory().numTensors;
    const rows = await compareQuantizations(model, data);
    expect(tf.memory().numTensors).toBe(baseline);
    expect(rows.map((r) => r.key)).toEqual([
      'float32',
      'int8-per-tensor',
      'int8-per-channel',
      'int4-per-tensor',
      'int4-per-channel',
      'int2-per-tensor',
      'int2-per-channel',
    ]);
    expect(rows[0].bytes).toBe(4 * 5994);
    expect(rows[1].bytes).toBe(200 + 3200 + 2560 + 3 * 4 + 4 * 34);
    expect(rows[2].bytes).toBe(200 + 3200 + 2560 + 4 * 34 + 4 * 34);
    for (const row of rows) expect(row.accuracy).toBeGreaterThanOrEqual(0);
    data.dispose();
    model.dispose();
  });
});
