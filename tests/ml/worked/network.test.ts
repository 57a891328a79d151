import { describe, expect, it } from 'vitest';
import {
  descend,
  forward,
  gradientCheck,
  parameterSlots,
  seedArithmetic,
  seedNetwork,
  workedNetwork,
  type HiddenActivation,
  type NetworkLoss,
} from '../../../src/ml/worked/network';

const { params, example } = seedNetwork;

describe('the seed’s own arithmetic, recomputed', () => {
  it('0.1·0.5 + 0.2·0.5 + 0.3·0.5 = 0.30 and 0.15·0.85·(−0.15) = −0.019125', () => {
    expect(seedArithmetic.hiddenSum).toBeCloseTo(0.3, 14);
    expect(seedArithmetic.outputDelta).toBeCloseTo(-0.019125, 14);
  });
});

describe('worked network 2 → 3 ReLU → 1 sigmoid, binary cross-entropy, x = (0.5, 0.5), y = 0', () => {
  const { forward: f, backward: b } = workedNetwork(params, example, { hidden: 'relu', loss: 'bce' });

  it('forward: z¹ = (0.25, 0.45, −0.05), a¹ = (0.25, 0.45, 0), z² = 0.495', () => {
    expect(f.z1[0]).toBeCloseTo(0.25, 14);
    expect(f.z1[1]).toBeCloseTo(0.45, 14);
    expect(f.z1[2]).toBeCloseTo(-0.05, 14);
    expect(f.a1[0]).toBeCloseTo(0.25, 14);
    expect(f.a1[1]).toBeCloseTo(0.45, 14);
    expect(f.a1[2]).toBe(0);
    expect(f.z2).toBeCloseTo(0.495, 14);
  });

  it('forward: ŷ = σ(0.495) ≈ 0.6213 and L = −ln(1 − ŷ) ≈ 0.9710', () => {
    expect(f.yHat).toBeCloseTo(1 / (1 + Math.exp(-0.495)), 14);
    expect(f.yHat.toFixed(4)).toBe('0.6213');
    expect(f.loss).toBeCloseTo(-Math.log(1 - f.yHat), 14);
    expect(f.loss.toFixed(4)).toBe('0.9710');
  });

  it('backward: δ² = ŷ − y ≈ 0.6213 (= ∂L/∂ŷ · ŷ(1 − ŷ))', () => {
    expect(b.delta2).toBeCloseTo(f.yHat, 14);
    expect(b.dLossDYHat * b.dYHatDZ2).toBeCloseTo(b.delta2, 14);
    expect(b.dLossDYHat.toFixed(4)).toBe('2.6405');
    expect(b.dYHatDZ2.toFixed(4)).toBe('0.2353');
  });

  it('backward: ∂L/∂w² = δ²·a¹ ≈ (0.1553, 0.2796, 0), ∂L/∂b² ≈ 0.6213', () => {
    expect(b.gradW2.map((g) => g.toFixed(4))).toEqual(['0.1553', '0.2796', '0.0000']);
    expect(b.gradB2).toBeCloseTo(0.6212836, 7);
  });

  it('backward: ReLU′ = (1, 1, 0), so δ¹ ≈ (0.3106, 0.3728, 0): the third unit passes nothing back', () => {
    expect(b.activationDerivative).toEqual([1, 1, 0]);
    expect(b.dLossDA1.map((g) => g.toFixed(4))).toEqual(['0.3106', '0.3728', '0.4349']);
    expect(b.delta1.map((g) => g.toFixed(4))).toEqual(['0.3106', '0.3728', '0.0000']);
    expect(b.gradW1.map((row) => row.map((g) => g.toFixed(4)))).toEqual([
      ['0.1553', '0.1553'],
      ['0.1864', '0.1864'],
      ['0.0000', '0.0000'],
    ]);
    expect(b.gradB1).toEqual(b.delta1);
  });

  it('one gradient step with η = 0.5 lowers the loss', () => {
    const next = descend(params, b, 0.5);
    expect(next.b2).toBeCloseTo(0.1 - 0.5 * b.gradB2, 14);
    expect(forward(next, example, { hidden: 'relu', loss: 'bce' }).loss).toBeLessThan(f.loss);
  });
});

describe('the same network with sigmoid hidden units', () => {
  const { forward: f, backward: b } = workedNetwork(params, example, { hidden: 'sigmoid', loss: 'bce' });
  it('uses σ′(z) = σ(z)(1 − σ(z)) for the hidden layer', () => {
    expect(f.a1.map((a) => a.toFixed(4))).toEqual(['0.5622', '0.6106', '0.4875']);
    b.activationDerivative.forEach((d, i) => expect(d).toBeCloseTo(f.a1[i] * (1 - f.a1[i]), 14));
    expect(f.yHat.toFixed(4)).toBe('0.7481');
    expect(f.loss.toFixed(4)).toBe('1.3789');
  });
});

describe('half squared error ½(ŷ − y)²', () => {
  it('has ∂L/∂ŷ = ŷ − y (not 2(ŷ − y)) and δ² = (ŷ − y)·ŷ(1 − ŷ)', () => {
    const { forward: f, backward: b } = workedNetwork(params, example, { hidden: 'relu', loss: 'halfSquared' });
    expect(f.loss).toBeCloseTo(0.5 * f.yHat ** 2, 14);
    expect(b.dLossDYHat).toBeCloseTo(f.yHat, 14);
    expect(b.delta2).toBeCloseTo(f.yHat * f.yHat * (1 - f.yHat), 14);
    expect(b.delta2.toFixed(4)).toBe('0.1462');
  });
});

describe('gradient check', () => {
  const combos: [HiddenActivation, NetworkLoss, number][] = [];
  for (const hidden of ['relu', 'sigmoid', 'tanh'] as const)
    for (const loss of ['bce', 'halfSquared'] as const) for (const y of [0, 1]) combos.push([hidden, loss, y]);

  it.each(combos)(
    '%s hidden, %s loss, y = %d: every analytic gradient matches central differences (< 1e-6)',
    (hidden, loss, y) => {
      const check = gradientCheck(params, { ...example, y }, { hidden, loss });
      expect(check.rows).toHaveLength(3 * 2 + 3 + 3 + 1);
      expect(check.maxRelativeError).toBeLessThan(1e-6);
    },
  );

  it('labels the parameters w¹ᵢⱼ, b¹ᵢ, w²ᵢ, b²', () => {
    expect(parameterSlots(params).map((s) => s.label)).toEqual([
      'w¹₁₁',
      'w¹₁₂',
      'w¹₂₁',
      'w¹₂₂',
      'w¹₃₁',
      'w¹₃₂',
      'b¹₁',
      'b¹₂',
      'b¹₃',
      'w²₁',
      'w²₂',
      'w²₃',
      'b²',
    ]);
  });

  it('refuses three weights for two inputs (the seed’s mistake)', () => {
    const broken = { ...params, w1: [[0.1, 0.2, 0.3], ...params.w1.slice(1)] };
    expect(() => forward(broken, example, { hidden: 'relu', loss: 'bce' })).toThrow(/3 weights for 2 inputs/);
  });
});
