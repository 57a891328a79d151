import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdamWOptimizer, createOptimizer, decaysByDefault, OPTIMIZER_NAMES } from '../../src/ml/training/optimizers';
import { computeAccuracy, computeLoss } from '../../src/ml/training/losses';
import { initNodeBackend } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});

describe('optimizers', () => {
  it.each(OPTIMIZER_NAMES)('%s minimises a quadratic and frees its tensors on dispose', async (name) => {
    const before = tf.memory().numTensors;
    const w = tf.tidy(() => tf.variable(tf.tensor1d([3, -2]), true, `quadratic_${name}/kernel`));
    const optimizer = createOptimizer(name, name === 'sgd' || name === 'momentum' ? 0.1 : 0.05);
    const loss = () => tf.sum(tf.square(w)) as tf.Scalar;
    const value = async () => {
      const l = tf.tidy(loss);
      const [v] = await l.data();
      l.dispose();
      return v;
    };
    const start = await value();
    for (let i = 0; i < 100; i++) optimizer.minimize(loss, true)?.dispose();
    expect(await value()).toBeLessThan(start / 20);
    optimizer.dispose();
    w.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('AdamW shrinks kernels by lr·λ·w before the Adam step, and leaves biases alone', async () => {
    const lr = 0.1;
    const decay = 0.5;
    const before = tf.memory().numTensors;
    const kernel = tf.tidy(() => tf.variable(tf.tensor1d([2, -4]), true, 'adamw_test/kernel'));
    const bias = tf.tidy(() => tf.variable(tf.tensor1d([2, -4]), true, 'adamw_test/bias'));
    const gradient = [0.5, 0.25];
    const optimizer = new AdamWOptimizer(lr, 0.9, 0.999, 1e-7, decay);
    const grads = [
      { name: 'adamw_test/kernel', tensor: tf.tensor1d(gradient) },
      { name: 'adamw_test/bias', tensor: tf.tensor1d(gradient) },
    ];
    optimizer.applyGradients(grads);
    // First Adam step: m̂ = g, v̂ = g², so the step is lr·g/(|g| + ε) ≈ lr·sign(g).
    const adamStep = gradient.map((g) => (lr * g) / (Math.abs(g) + 1e-7));
    const expectedKernel = [2, -4].map((w, i) => w * (1 - lr * decay) - adamStep[i]);
    const expectedBias = [2, -4].map((w, i) => w - adamStep[i]);
    Array.from(await kernel.data()).forEach((v, i) => expect(v).toBeCloseTo(expectedKernel[i], 5));
    Array.from(await bias.data()).forEach((v, i) => expect(v).toBeCloseTo(expectedBias[i], 5));
    optimizer.dispose();
    tf.dispose([kernel, bias, ...grads.map((g) => g.tensor)]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('decays weight matrices and embeddings only', () => {
    expect(['dense1/kernel', 'conv1/kernel_3', 'embedding/embeddings'].every(decaysByDefault)).toBe(true);
    expect(['dense1/bias', 'batch_norm/gamma', 'batch_norm/beta', 'kernel_size'].some(decaysByDefault)).toBe(false);
  });
});

describe('losses and accuracy', () => {
  it('match hand-computed values', async () => {
    const values = await Promise.all(
      [
        computeLoss(
          'categoricalCrossentropy',
          tf.tensor2d([
            [0, 1],
            [1, 0],
          ]),
          tf.tensor2d([
            [0.2, 0.8],
            [0.6, 0.4],
          ]),
        ),
        computeLoss('binaryCrossentropy', tf.tensor2d([[1], [0]]), tf.tensor2d([[0.9], [0.2]])),
        computeLoss('meanSquaredError', tf.tensor1d([1, 2]), tf.tensor1d([2, 4])),
        computeAccuracy(
          'categorical',
          tf.tensor2d([
            [0, 1],
            [1, 0],
          ]),
          tf.tensor2d([
            [0.2, 0.8],
            [0.4, 0.6],
          ]),
        ),
        computeAccuracy('binary', tf.tensor1d([1, 0, 1]), tf.tensor1d([0.7, 0.6, 0.2])),
      ].map(async (t) => (await t.data())[0]),
    );
    expect(values[0]).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 5);
    expect(values[1]).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 5);
    expect(values[2]).toBeCloseTo(2.5, 6);
    expect(values[3]).toBe(0.5);
    expect(values[4]).toBeCloseTo(1 / 3, 6);
  });
});
