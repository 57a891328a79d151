import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/ml/worked/activations';
import {
  binaryCrossEntropy,
  lossAt,
  lossAtLogit,
  lossNames,
  losses,
  softmaxCrossEntropy,
} from '../../../src/ml/worked/losses';

const centralDifference = (f: (x: number) => number, x: number, h = 1e-6) => (f(x + h) - f(x - h)) / (2 * h);

describe('single-output losses', () => {
  it('squared error: y = 1, ŷ = 0.1 gives 0.81 and gradient −1.8', () => {
    const p = lossAt('mse', 1, 0.1);
    expect(p.loss).toBeCloseTo(0.81, 14);
    expect(p.gradient).toBeCloseTo(-1.8, 14);
    expect(p.logitGradient).toBeCloseTo(-1.8 * 0.1 * 0.9, 14);
  });

  it('absolute error: gradient is the sign of ŷ − y', () => {
    expect(lossAt('mae', 1, 0.1)).toMatchObject({ loss: 0.9, gradient: -1 });
    expect(lossAt('mae', 0, 0.3)).toMatchObject({ loss: 0.3, gradient: 1 });
    expect(lossAt('mae', 0.5, 0.5).gradient).toBe(0);
  });

  it('binary cross-entropy is −[y ln ŷ + (1 − y) ln(1 − ŷ)]', () => {
    expect(binaryCrossEntropy(1, 0.1)).toBeCloseTo(Math.log(10), 14);
    expect(binaryCrossEntropy(0, 0.1)).toBeCloseTo(-Math.log(0.9), 14);
    expect(binaryCrossEntropy(0.3, 0.6)).toBeCloseTo(-(0.3 * Math.log(0.6) + 0.7 * Math.log(0.4)), 14);
    expect(binaryCrossEntropy(1, 0)).toBe(Infinity);
    expect(binaryCrossEntropy(1, 1)).toBe(0);
  });

  it('binary cross-entropy: y = 1, ŷ = 0.1 gives gradient −10 and logit gradient ŷ − y = −0.9', () => {
    const p = lossAt('bce', 1, 0.1);
    expect(p.loss).toBeCloseTo(2.302585, 6);
    expect(p.gradient).toBeCloseTo(-10, 12);
    expect(p.logitGradient).toBeCloseTo(-0.9, 14);
  });

  it.each(lossNames)('%s: ∂L/∂ŷ and ∂L/∂z match central differences', (name) => {
    for (const [y, p] of [
      [0, 0.2],
      [1, 0.7],
      [0.4, 0.9],
      [1, 0.05],
    ]) {
      expect(losses[name].gradient(y, p)).toBeCloseTo(
        centralDifference((q) => losses[name].loss(y, q), p),
        5,
      );
      const z = Math.log(p / (1 - p));
      expect(lossAtLogit(name, y, z).logitGradient).toBeCloseTo(
        centralDifference((zz) => losses[name].loss(y, sigmoid(zz)), z),
        6,
      );
    }
  });
});

describe('softmax cross-entropy', () => {
  const s = softmaxCrossEntropy([2, 1, 0.1], 0);

  it('turns logits (2, 1, 0.1) into probabilities ≈ (0.6590, 0.2424, 0.0986) summing to 1', () => {
    expect(s.shifted).toEqual([0, -1, -1.9]);
    expect(s.probabilities.map((p) => p.toFixed(4))).toEqual(['0.6590', '0.2424', '0.0986']);
    expect(s.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('has loss −ln 0.6590 ≈ 0.4170 and gradient p − y', () => {
    expect(s.loss).toBeCloseTo(-Math.log(s.probabilities[0]), 14);
    expect(s.loss.toFixed(4)).toBe('0.4170');
    expect(s.gradient.map((g) => g.toFixed(4))).toEqual(['-0.3410', '0.2424', '0.0986']);
    expect(s.gradient.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
  });

  it('matches central differences of the loss in every logit', () => {
    s.logits.forEach((_, i) => {
      const f = (zi: number) =>
        softmaxCrossEntropy(
          s.logits.map((z, j) => (j === i ? zi : z)),
          0,
        ).loss;
      expect(s.gradient[i]).toBeCloseTo(centralDifference(f, s.logits[i]), 8);
    });
  });

  it('stays finite for huge logits and rejects a class that does not exist', () => {
    const big = softmaxCrossEntropy([1000, 0], 1);
    expect(big.loss).toBeCloseTo(1000, 10);
    expect(() => softmaxCrossEntropy([1, 2], 2)).toThrow(/not one of 2/);
  });
});
