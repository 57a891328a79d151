import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createMnistModel,
  formatSummary,
  MNIST_MODEL_NAMES,
  MNIST_MODEL_PARAMS,
  summarizeModel,
} from '../../src/ml/models';
import { initNodeBackend } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});

const expectedLayers = {
  'seed-cnn': [
    ['conv1', 'Conv2D', [null, 26, 26, 32], 320],
    ['pool1', 'MaxPooling2D', [null, 13, 13, 32], 0],
    ['conv2', 'Conv2D', [null, 11, 11, 64], 18496],
    ['pool2', 'MaxPooling2D', [null, 5, 5, 64], 0],
    ['conv3', 'Conv2D', [null, 3, 3, 64], 36928],
    ['flatten', 'Flatten', [null, 576], 0],
    ['dense1', 'Dense', [null, 64], 36928],
    ['output', 'Dense', [null, 10], 650],
  ],
  'small-cnn': [
    ['conv1', 'Conv2D', [null, 24, 24, 8], 208],
    ['pool1', 'MaxPooling2D', [null, 12, 12, 8], 0],
    ['conv2', 'Conv2D', [null, 8, 8, 16], 3216],
    ['pool2', 'MaxPooling2D', [null, 4, 4, 16], 0],
    ['flatten', 'Flatten', [null, 256], 0],
    ['output', 'Dense', [null, 10], 2570],
  ],
  mlp: [
    ['flatten', 'Flatten', [null, 784], 0],
    ['hidden', 'Dense', [null, 128], 100480],
    ['output', 'Dense', [null, 10], 1290],
  ],
} as const;

describe('the MNIST models', () => {
  it.each([
    ['seed-cnn', 93_322],
    ['small-cnn', 5_994],
    ['mlp', 101_770],
  ] as const)('%s has %i parameters and the documented layers', (name, params) => {
    const model = createMnistModel(name);
    const summary = summarizeModel(model);
    expect(model.countParams()).toBe(params);
    expect(MNIST_MODEL_PARAMS[name]).toBe(params);
    expect(summary.totalParams).toBe(params);
    expect(summary.trainableParams).toBe(params);
    expect(summary.layers.map((l) => [l.name, l.type, l.outputShape, l.params])).toEqual(expectedLayers[name]);
    expect(formatSummary(summary)).toContain(`Total params: ${params}`);
    model.dispose();
  });

  it.each(MNIST_MODEL_NAMES)('%s maps a batch of images to probabilities over 10 digits', async (name) => {
    const before = tf.memory().numTensors;
    const model = createMnistModel(name);
    const probabilities = tf.tidy(
      () => model.predict(tf.randomUniform([3, 28, 28, 1], 0, 1, 'float32', 1)) as tf.Tensor,
    );
    expect(probabilities.shape).toEqual([3, 10]);
    const sums = probabilities.sum(-1);
    (await sums.data()).forEach((s) => expect(s).toBeCloseTo(1, 5));
    tf.dispose([sums, probabilities]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('initialises weights from the seed: same seed, same weights; another seed, others', async () => {
    const weights = async (seed: number) => {
      const model = createMnistModel('small-cnn', { seed });
      const values = await Promise.all(model.getWeights().map((w) => w.data()));
      model.dispose();
      return values.map((v) => Array.from(v));
    };
    const a = await weights(3);
    const b = await weights(3);
    const c = await weights(4);
    expect(b).toEqual(a);
    expect(c[0]).not.toEqual(a[0]);
    expect(a[0]).not.toEqual(a[2].slice(0, a[0].length)); // layers get different streams
    expect(a[1].every((v) => v === 0)).toBe(true); // biases start at zero
  });

  it('does no TF.js work at import or until called', async () => {
    const before = tf.memory().numTensors;
    await import('../../src/ml/models');
    expect(tf.memory().numTensors).toBe(before);
  });
});
