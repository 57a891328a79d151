import { describe, expect, it } from 'vitest';
import { detExp, detLog, detTanh } from '../../../src/ml/worked/det-math';

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

describe('platform-independent log', () => {
  it('agrees with Math.log to within about 1 ulp', () => {
    for (const x of [1e-300, 1e-10, 0.001, 0.1, 0.5, 0.7, 1, 1.5, 2, Math.E, 10, 1e10, 1e300, 5e-324]) {
      expect(Math.abs(detLog(x) - Math.log(x)), `x = ${x}`).toBeLessThanOrEqual(Math.abs(Math.log(x)) * 3e-16 + 1e-300);
    }
    for (let x = 0.01; x < 20; x += 0.0137)
      expect(Math.abs(detLog(x) - Math.log(x))).toBeLessThan(5e-16 * Math.max(1, Math.abs(Math.log(x))));
    expect(detLog(1)).toBe(0);
    expect(detLog(0)).toBe(-Infinity);
    expect(Number.isNaN(detLog(-1))).toBe(true);
  });
});
