/**
 * The sorted gradient of gather (used on WebGL, see src/ml/kernels/gather-grad.ts) checked against
 * the stock one in Node, where the same ops run on the cpu backend.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  registerSortedGatherGradient,
  sortedSegmentSum,
  unregisterSortedGatherGradient,
} from '../../src/ml/kernels/gather-grad';
import { initNodeBackend, maxRelativeError, randomFloats, randomInts } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});
afterAll(() => {
  unregisterSortedGatherGradient();
});

describe('sortedSegmentSum', () => {
  it('sums rows by id like unsortedSegmentSum (repeats, first and last id, empty segments)', () => {
    const before = tf.memory().numTensors;
    const n = 3000;
    const d = 8;
    const v = 500;
    const ids = tf.tensor1d(Int32Array.from([...randomInts(n - 2, 0, v, 7), 0, v - 1]), 'int32');
    const rows = tf.tensor2d(randomFloats(n * d, 3), [n, d]);
    const ours = sortedSegmentSum(rows, ids, v);
    const stock = tf.unsortedSegmentSum(rows, ids, v);
    expect(ours.shape).toEqual([v, d]);
    expect(maxRelativeError(ours.dataSync(), stock.dataSync())).toBeLessThan(1e-5);
    tf.dispose([ids, rows, ours, stock]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives zeros for no ids', () => {
    const out = sortedSegmentSum(tf.zeros([0, 3]) as tf.Tensor2D, tf.tensor1d([], 'int32'), 4);
    expect(Array.from(out.dataSync())).toEqual(new Array(12).fill(0));
    out.dispose();
  });
});

describe('the registered gradient', () => {
  /** d/dtable of Σ gather(table, ids) · weights: the table gradient of an embedding lookup. */
  function tableGradient(): Float32Array {
    return tf.tidy(() => {
      const table = tf.tensor2d(randomFloats(300 * 4, 1), [300, 4]);
      const ids = tf.tensor2d(randomInts(20 * 30, 0, 300, 2), [20, 30], 'int32');
      const weights = tf.tensor3d(randomFloats(20 * 30 * 4, 5), [20, 30, 4]);
      const grad = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(tf.gather(t, ids), weights)))(table);
      return grad.dataSync() as Float32Array;
    });
  }

  it('matches the stock gradient of an embedding lookup, and leaves other gathers to it', () => {
    const stock = tableGradient();
    expect(registerSortedGatherGradient(['cpu'])).toBe(true);
    const ours = tableGradient();
    expect(maxRelativeError(ours, stock)).toBeLessThan(1e-5);
    // Axis 1: delegated to the stock gradient, exactly the same numbers.
    const axis1 = () =>
      tf.tidy(() => {
        const x = tf.tensor2d(randomFloats(6, 4), [2, 3]);
        return tf
          .grad((t: tf.Tensor) => tf.sum(tf.gather(t, [2, 0, 2], 1)))(x)
          .dataSync();
      });
    expect(Array.from(axis1())).toEqual([1, 0, 2, 1, 0, 2]);
    unregisterSortedGatherGradient();
    expect(maxRelativeError(tableGradient(), stock)).toBe(0);
  });
});
