import { describe, expect, it } from 'vitest';
import { detExp, detTanh } from '../../../src/ml/worked/det-math';

describe('platform-independent exp and tanh', () => {
  it('agree with Math.exp to within 1 ulp over a wide range', () => {
    for (let x = -700; x <= 700; x += 0.37) {
      const exact = Math.exp(x);
      expect(Math.abs(detExp(x) - exact) / exact, `x = ${x}`).toBeLessThan(2.3e-16);
    }
    for (let x = -3; x <= 3; x += 0.001) {
      expect(Math.abs(detExp(x) - Math.exp(x)) / Math.exp(x)).toBeLessThan(2.3e-16);
    }
  });

  it('handle the edges', () => {
    expect(detExp(0)).toBe(1);
    expect(Math.abs(detExp(1) - Math.E)).toBeLessThanOrEqual(Number.EPSILON * 2); // within 1 ulp
    expect(detExp(800)).toBe(Infinity);
    expect(detExp(-800)).toBe(0);
    expect(Number.isNaN(detExp(NaN))).toBe(true);
  });

  it('tanh agrees with Math.tanh closely', () => {
    for (let x = -25; x <= 25; x += 0.013) expect(Math.abs(detTanh(x) - Math.tanh(x))).toBeLessThan(4e-16);
    expect(detTanh(0)).toBe(0);
  });
});
