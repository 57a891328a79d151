import { describe, expect, it } from 'vitest';
import { sigmoidDerivative } from '../../../src/ml/worked/activations';
import { lossQuantity, mseQuantity, softmaxQuantity, uniformLogits } from '../../../src/ml/worked/loss-quantities';
import { seedNetwork, workedNetwork } from '../../../src/ml/worked/network';
import { activationQuantity, lossAfterSteps, networkQuantity } from '../../../src/ml/worked/network-quantities';

const fixed = (v: number, d = 4) => v.toFixed(d);

describe('networkQuantity: numbers quoted from the worked 2 → 3 → 1 network', () => {
  const { forward: f, backward: b } = workedNetwork(seedNetwork.params, seedNetwork.example, seedNetwork.options);

  it('looks up forward-pass values with 1-based indices', () => {
    expect(networkQuantity({ of: 'z1', i: 1 })).toBe(f.z1[0]);
    expect(networkQuantity({ of: 'z1', i: 3 })).toBeCloseTo(-0.05, 14);
    expect(networkQuantity({ of: 'a1', i: 3 })).toBe(0);
    expect(networkQuantity({ of: 'z2' })).toBeCloseTo(0.495, 14);
    expect(fixed(networkQuantity({ of: 'yHat' }))).toBe('0.6213');
    expect(fixed(networkQuantity({ of: 'loss' }))).toBe('0.9710');
    expect(networkQuantity({ of: 'x', j: 2 })).toBe(0.5);
  });

  it('looks up backward-pass values', () => {
    expect(fixed(networkQuantity({ of: 'dLossDYHat' }))).toBe('2.6405');
    expect(fixed(networkQuantity({ of: 'dYHatDZ2' }))).toBe('0.2353');
    expect(networkQuantity({ of: 'delta2' })).toBe(b.delta2);
    expect([1, 2, 3].map((i) => fixed(networkQuantity({ of: 'gradW2', i })))).toEqual(['0.1553', '0.2796', '0.0000']);
    expect([1, 2, 3].map((i) => fixed(networkQuantity({ of: 'dLossDA1', i })))).toEqual(['0.3106', '0.3728', '0.4349']);
    expect([1, 2, 3].map((i) => fixed(networkQuantity({ of: 'delta1', i })))).toEqual(['0.3106', '0.3728', '0.0000']);
    expect(fixed(networkQuantity({ of: 'gradW1', i: 2, j: 1 }))).toBe('0.1864');
    expect(networkQuantity({ of: 'gradW1', i: 3, j: 2 })).toBe(0);
  });

  it('counts 13 parameters and a gradient check below 1e-9', () => {
    expect(networkQuantity({ of: 'parameterCount' })).toBe(13);
    expect(networkQuantity({ of: 'maxRelativeError' })).toBeLessThan(1e-9);
  });

  it('one step with η = 0.5 lowers the loss from 0.9710 to 0.6326; with y = 1 from 0.4760 to 0.3328', () => {
    expect(fixed(networkQuantity({ of: 'lossAfterSteps', steps: 1, learningRate: 0.5 }))).toBe('0.6326');
    expect(networkQuantity({ of: 'lossAfterSteps', steps: 0 })).toBe(f.loss);
    expect(fixed(networkQuantity({ of: 'delta2', y: 1 }))).toBe('-0.3787');
    expect(fixed(networkQuantity({ of: 'loss', y: 1 }))).toBe('0.4760');
    expect(fixed(lossAfterSteps({ hidden: 'relu', loss: 'bce' }, 1, 1, 0.5))).toBe('0.3328');
  });

  it('switches the hidden activation: sigmoid units pass a gradient through the third unit', () => {
    expect(fixed(networkQuantity({ of: 'activationDerivative', i: 3, hidden: 'sigmoid' }))).toBe('0.2498');
    expect(fixed(networkQuantity({ of: 'delta1', i: 3, hidden: 'sigmoid' }))).toBe('0.1308');
  });

  it('throws on a bad name or index, so a typo in a chapter fails the build', () => {
    expect(() => networkQuantity({ of: 'z1' })).toThrow(/i must be an integer from 1 to 3/);
    expect(() => networkQuantity({ of: 'z1', i: 4 })).toThrow(/from 1 to 3/);
    expect(() => networkQuantity({ of: 'gradW1', i: 1, j: 3 })).toThrow(/j must be an integer from 1 to 2/);
    expect(() => networkQuantity({ of: 'nope' as 'z2' })).toThrow(/unknown quantity/);
    expect(() => lossAfterSteps({ hidden: 'relu', loss: 'bce' }, 0, -1, 0.5)).toThrow(/bad step count/);
  });
});

describe('activationQuantity', () => {
  it('σ′(0) = 0.25, σ′(5) ≈ 0.0066, σ′(10) ≈ 4.5e-5, (1/4)^10 ≈ 9.5e-7, σ′(2)^5 ≈ 1.3e-5', () => {
    expect(activationQuantity({ name: 'sigmoid', x: 0, of: 'derivative' })).toBe(0.25);
    expect(fixed(activationQuantity({ name: 'sigmoid', x: 5, of: 'derivative' }))).toBe('0.0066');
    expect(activationQuantity({ name: 'sigmoid', x: 10, of: 'derivative' }).toExponential(1)).toBe('4.5e-5');
    expect(activationQuantity({ name: 'sigmoid', x: 0, of: 'derivative', power: 10 }).toExponential(1)).toBe('9.5e-7');
    expect(activationQuantity({ name: 'sigmoid', x: 2, of: 'derivative', power: 5 })).toBeCloseTo(
      sigmoidDerivative(2) ** 5,
      15,
    );
    expect(activationQuantity({ name: 'sigmoid', x: 2, of: 'derivative', power: 5 }).toExponential(1)).toBe('1.3e-5');
  });

  it('tanh′(2) ≈ 0.0707 and tanh′(4) ≈ 0.0013, below the sigmoid’s 0.1050 and 0.0177', () => {
    expect(fixed(activationQuantity({ name: 'tanh', x: 2, of: 'derivative' }))).toBe('0.0707');
    expect(fixed(activationQuantity({ name: 'tanh', x: 4, of: 'derivative' }))).toBe('0.0013');
    expect(fixed(activationQuantity({ name: 'sigmoid', x: 2, of: 'derivative' }))).toBe('0.1050');
    expect(fixed(activationQuantity({ name: 'sigmoid', x: 4, of: 'derivative' }))).toBe('0.0177');
    expect(activationQuantity({ name: 'relu', x: 2, of: 'value' })).toBe(2);
  });
});

describe('mseQuantity: the ten-sample regression example', () => {
  it('sum of squared errors 6.64, MSE 0.664 (not 0.05), MAE 0.78, RMSE ≈ 0.8149', () => {
    expect(mseQuantity('sumSquaredError')).toBeCloseTo(6.64, 12);
    expect(mseQuantity('mse')).toBeCloseTo(0.664, 12);
    expect(mseQuantity('mae')).toBeCloseTo(0.78, 12);
    expect(fixed(mseQuantity('rmse'))).toBe('0.8149');
    expect(mseQuantity('count')).toBe(10);
  });

  it('an outlier: prediction 16 for sample 10 gives MSE 3.1 and MAE 1.2; 21 gives 10.6 and 1.7', () => {
    expect(mseQuantity('mse', { replace: { 10: 16 } })).toBeCloseTo(3.1, 12);
    expect(mseQuantity('mae', { replace: { 10: 16 } })).toBeCloseTo(1.2, 12);
    expect(mseQuantity('mse', { replace: { 10: 21 } })).toBeCloseTo(10.6, 12);
    expect(mseQuantity('mae', { replace: { 10: 21 } })).toBeCloseTo(1.7, 12);
  });

  it('throws on a sample that does not exist or an unknown statistic', () => {
    expect(() => mseQuantity('mse', { replace: { 11: 3 } })).toThrow(/no sample 11/);
    expect(() => mseQuantity('rows' as 'mse')).toThrow(/unknown statistic/);
  });
});

describe('lossQuantity and softmaxQuantity', () => {
  it('binary cross-entropy at y = 1: ŷ = 0.9, 0.5, 0.1, 0.01 → 0.1054, ln 2, ln 10, ln 100', () => {
    expect(fixed(lossQuantity('bce', 1, 0.9, 'loss'))).toBe('0.1054');
    expect(lossQuantity('bce', 1, 0.5, 'loss')).toBeCloseTo(Math.LN2, 15);
    expect(lossQuantity('bce', 1, 0.1, 'loss')).toBeCloseTo(Math.LN10, 14);
    expect(fixed(lossQuantity('bce', 1, 0.01, 'loss'))).toBe('4.6052');
    expect(lossQuantity('bce', 1, 0.1, 'gradient')).toBeCloseTo(-10, 12);
  });

  it('y = 0, ŷ = 0.8: L = −ln 0.2 ≈ 1.6094, ∂L/∂ŷ = 5, ∂L/∂z = 0.8', () => {
    expect(fixed(lossQuantity('bce', 0, 0.8, 'loss'))).toBe('1.6094');
    expect(lossQuantity('bce', 0, 0.8, 'gradient')).toBeCloseTo(5, 12);
    expect(lossQuantity('bce', 0, 0.8, 'logitGradient')).toBeCloseTo(0.8, 15);
  });

  it('logit gradients at y = 1: squared error −0.25, −0.162, −0.0196 against cross-entropy −0.5, −0.9, −0.99', () => {
    expect([0.5, 0.1, 0.01].map((p) => fixed(lossQuantity('mse', 1, p, 'logitGradient')))).toEqual([
      '-0.2500',
      '-0.1620',
      '-0.0196',
    ]);
    expect([0.5, 0.1, 0.01].map((p) => lossQuantity('bce', 1, p, 'logitGradient'))).toEqual([-0.5, -0.9, -0.99]);
  });

  it('refuses a cross-entropy of a prediction outside (0, 1)', () => {
    expect(() => lossQuantity('bce', 1, 1, 'loss')).toThrow(/0 < ŷ < 1/);
    expect(() => lossQuantity('bce', 1, 0.5, 'nope' as 'loss')).toThrow(/unknown/);
  });

  it('softmax of (2, 1, 0.1), class 1: p₁ ≈ 0.6590, L ≈ 0.4170, ∂L/∂z₁ ≈ −0.3410', () => {
    expect(fixed(softmaxQuantity([2, 1, 0.1], 1, 'probability', 1))).toBe('0.6590');
    expect(fixed(softmaxQuantity([2, 1, 0.1], 1, 'loss'))).toBe('0.4170');
    expect(fixed(softmaxQuantity([2, 1, 0.1], 1, 'gradient', 1))).toBe('-0.3410');
    expect(() => softmaxQuantity([2, 1, 0.1], 1, 'probability')).toThrow(/class k/);
  });

  it('a uniform guess over K classes costs ln K: ln 10 ≈ 2.3026, ln 50257 ≈ 10.82', () => {
    expect(softmaxQuantity(uniformLogits(10), 1, 'loss')).toBeCloseTo(Math.log(10), 14);
    expect(softmaxQuantity(uniformLogits(50257), 1, 'loss').toFixed(2)).toBe('10.82');
    expect(() => uniformLogits(1)).toThrow(/at least 2/);
  });
});
