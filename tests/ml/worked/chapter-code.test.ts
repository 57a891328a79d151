import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedNetwork, workedNetwork } from '../../../src/ml/worked/network';

/**
 * The TF.js code that chapters 2 and 3 print, run for real: the claims the prose makes about
 * it must hold in the framework, not only on paper.
 */
beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('chapter 2: the worked network in TF.js matches the hand-written backward pass', () => {
  it('tf.variableGrads gives the loss and ∂L/∂W1 of the worked example (to float32 precision)', () => {
    const before = tf.memory().numTensors;
    const { forward: f, backward: b } = workedNetwork(seedNetwork.params, seedNetwork.example, seedNetwork.options);
    const result = tf.tidy(() => {
      const x = tf.tensor2d([[0.5, 0.5]]);
      const y = tf.tensor2d([[0]]);
      // The kernel is inputs × units, the transpose of the w1 rows (one per hidden unit).
      const w1 = tf.variable(
        tf.tensor2d([
          [0.1, 0.3, -0.5],
          [0.2, 0.4, 0.2],
        ]),
      );
      const b1 = tf.variable(tf.tensor1d([0.1, 0.1, 0.1]));
      const w2 = tf.variable(tf.tensor2d([[0.5], [0.6], [0.7]]));
      const b2 = tf.variable(tf.tensor1d([0.1]));
      const loss = () => {
        const a1 = tf.relu(tf.matMul(x, w1).add(b1));
        const logit = tf.matMul(a1, w2).add(b2);
        return tf.losses.sigmoidCrossEntropy(y, logit) as tf.Scalar;
      };
      const { value, grads } = tf.variableGrads(loss);
      const out = {
        loss: value.dataSync()[0],
        gradW1: grads[w1.name].arraySync() as number[][],
        gradW2: grads[w2.name].arraySync() as number[][],
        gradB2: grads[b2.name].dataSync()[0],
      };
      [w1, b1, w2, b2].forEach((v) => v.dispose());
      return out;
    });
    expect(result.loss).toBeCloseTo(f.loss, 6);
    // TF.js lays the gradient out like the kernel: [input j][unit i] = ∂L/∂w¹ᵢⱼ.
    for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) expect(result.gradW1[j][i]).toBeCloseTo(b.gradW1[i][j], 6);
    result.gradW2.forEach(([g], i) => expect(g).toBeCloseTo(b.gradW2[i], 6));
    expect(result.gradB2).toBeCloseTo(b.delta2, 6);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('chapter 3: the loss claims about TF.js', () => {
  it("'mae' as a metric is the mean absolute error, 'meanSquaredError' the mean squared error", () => {
    const y = tf.tensor2d([[2], [3], [4]]);
    const p = tf.tensor2d([[1.5], [2.8], [4.4]]);
    const mae = tf.metrics.meanAbsoluteError(y, p).mean().dataSync()[0];
    const mse = tf.losses.meanSquaredError(y, p).dataSync()[0];
    expect(mae).toBeCloseTo((0.5 + 0.2 + 0.4) / 3, 6);
    expect(mse).toBeCloseTo((0.25 + 0.04 + 0.16) / 3, 6);
    tf.dispose([y, p]);
  });

  it("TF.js refuses 'categoricalCrossentropy' for one-column targets; the rescaling loss would be zero", () => {
    const model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [2], units: 1, activation: 'sigmoid', kernelInitializer: 'ones' })],
    });
    const xs = tf.tensor2d([
      [1, 2],
      [-3, 1],
      [0.5, -2],
      [-1, -1],
    ]);
    const ys = tf.tensor2d([[1], [0], [0], [1]]);
    model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
    expect(() => model.evaluate(xs, ys)).toThrow(/categorical_crossentropy'\s*expects targets to be binary matrices/);
    // The categorical loss itself rescales each row of outputs to sum to one: one column becomes 1, the loss 0.
    const predictions = model.predict(xs) as tf.Tensor;
    const rescaled = tf.metrics.categoricalCrossentropy(ys, predictions).max().dataSync()[0];
    expect(rescaled).toBeLessThan(1e-5);
    // Binary cross-entropy sees the mistakes.
    model.compile({ optimizer: 'sgd', loss: 'binaryCrossentropy' });
    const right = model.evaluate(xs, ys) as tf.Scalar;
    expect(right.dataSync()[0]).toBeGreaterThan(0.5);
    tf.dispose([xs, ys, predictions, right]);
    model.dispose();
  });

  it('binaryCrossentropy of probabilities equals sigmoidCrossEntropy of the logits', () => {
    const logits = tf.tensor2d([[-4], [0.3], [2.5]]);
    const labels = tf.tensor2d([[1], [0], [1]]);
    const fromLogits = tf.losses.sigmoidCrossEntropy(labels, logits).dataSync()[0];
    const fromProbs = tf.metrics.binaryCrossentropy(labels, tf.sigmoid(logits)).mean().dataSync()[0];
    expect(fromProbs).toBeCloseTo(fromLogits, 5);
    tf.dispose([logits, labels]);
  });
});
