import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatherBatch, mnistToDevice, oneHot, sliceBatch } from '../../src/ml/data/device';
import { MNIST_PIXELS } from '../../src/ml/data/mnist';
import { initNodeBackend, loadMnistAsset } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});

describe('device datasets', () => {
  it('upload a split once as 0–1 images and one-hot targets, and batch on the device without leaks', async () => {
    const split = loadMnistAsset().validation;
    const before = tf.memory().numTensors;
    const data = mnistToDevice(split);
    expect(tf.memory().numTensors).toBe(before + 2);
    expect(data.count).toBe(1000);
    expect(data.xs.shape).toEqual([1000, 28, 28, 1]);
    expect(data.ys.shape).toEqual([1000, 10]);

    const indices = tf.tensor1d([5, 0, 999], 'int32');
    const batch = gatherBatch(data, indices);
    const pixels = await batch.xs.data();
    expect(pixels[0]).toBeCloseTo(split.images[5 * MNIST_PIXELS] / 255, 6);
    expect(Math.max(...pixels)).toBe(1);
    const targets = await batch.ys.array();
    expect((targets as number[][]).map((row) => row.indexOf(1))).toEqual([
      split.labels[5],
      split.labels[0],
      split.labels[999],
    ]);
    tf.dispose([indices, batch.xs, batch.ys]);

    const tail = sliceBatch(data, 990, 64); // clipped to the 10 examples left
    expect(tail.xs.shape).toEqual([10, 28, 28, 1]);
    tf.dispose([tail.xs, tail.ys]);

    data.dispose();
    data.dispose(); // twice is harmless
    expect(tf.memory().numTensors).toBe(before);
  });

  it('one-hot encodes on the CPU and rejects labels that are not classes', () => {
    expect([...oneHot([2, 0], 3)]).toEqual([0, 0, 1, 1, 0, 0]);
    expect(() => oneHot([3], 3)).toThrow(/Label 3 at 0/);
    expect(() => oneHot([0.5], 3)).toThrow(/not a class/);
  });
});
