import { describe, expect, it } from 'vitest';
import {
  activationAt,
  activationNames,
  activations,
  linspace,
  sampleActivation,
  sigmoid,
  sigmoidDerivative,
} from '../../../src/ml/worked/activations';

const centralDifference = (f: (x: number) => number, x: number, h = 1e-5) => (f(x + h) - f(x - h)) / (2 * h);

describe('activations', () => {
  it('sigmoid: σ(0) = 0.5 and σ′(0) = 0.25', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoidDerivative(0)).toBe(0.25);
  });

  it('sigmoid′ is largest at 0 and vanishes for large |x|', () => {
    const xs = linspace(-10, 10, 2001);
    const values = xs.map(sigmoidDerivative);
    const max = Math.max(...values);
    expect(max).toBe(0.25);
    expect(xs[values.indexOf(max)]).toBeCloseTo(0, 12);
    expect(sigmoidDerivative(4)).toBeCloseTo(0.017663, 6);
    expect(sigmoidDerivative(-10)).toBeLessThan(5e-5);
    expect(sigmoidDerivative(10)).toBeLessThan(5e-5);
    // strictly decreasing in |x|
    for (let x = 0; x < 10; x += 0.5) expect(sigmoidDerivative(x + 0.5)).toBeLessThan(sigmoidDerivative(x));
  });

  it('sigmoid does not overflow for large negative inputs', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });

  it('tanh′(0) = 1; ReLU′ is 0 for x < 0 and 1 for x > 0; linear′ = 1', () => {
    expect(activationAt('tanh', 0)).toEqual({ x: 0, value: 0, derivative: 1 });
    expect(activationAt('relu', -2)).toEqual({ x: -2, value: 0, derivative: 0 });
    expect(activationAt('relu', 3)).toEqual({ x: 3, value: 3, derivative: 1 });
    expect(activationAt('relu', 0).derivative).toBe(0);
    expect(activationAt('leakyRelu', -2)).toEqual({ x: -2, value: -0.02, derivative: 0.01 });
    expect(activationAt('linear', -1.5)).toEqual({ x: -1.5, value: -1.5, derivative: 1 });
  });

  it('GELU: GELU(0) = 0, GELU(1) ≈ 0.8412, GELU′(0) = 0.5', () => {
    expect(activationAt('gelu', 0).value).toBe(0);
    expect(activationAt('gelu', 1).value).toBeCloseTo(0.841192, 5);
    expect(activationAt('gelu', 0).derivative).toBeCloseTo(0.5, 12);
  });

  it.each(activationNames)('%s: the derivative matches a central difference away from kinks', (name) => {
    const a = activations[name];
    for (const x of [-3.3, -1.1, -0.4, 0.3, 0.9, 2.7]) {
      expect(a.df(x)).toBeCloseTo(centralDifference(a.f, x), 7);
    }
  });

  it('samples f and f′ on a grid including both ends', () => {
    const s = sampleActivation('sigmoid', -6, 6, 121);
    expect(s).toHaveLength(121);
    expect(s[0].x).toBe(-6);
    expect(s[120].x).toBe(6);
    expect(s[60].derivative).toBeCloseTo(0.25, 12);
    expect(() => linspace(0, 1, 1)).toThrow();
  });
});
