import { describe, expect, it } from 'vitest';
import { activations, sigmoid } from '../../../src/ml/worked/activations';
import {
  centralDifference,
  defaultStepExponents,
  differenceSweep,
  forwardDifference,
  stepOf,
} from '../../../src/ml/worked/finite-differences';

describe('finite differences', () => {
  it('are exact for straight lines and, centrally, for parabolas (up to round-off)', () => {
    const line = (x: number) => 3 * x - 1;
    const parabola = (x: number) => x * x;
    expect(forwardDifference(line, 2, 1e-3)).toBeCloseTo(3, 9);
    expect(centralDifference(parabola, 2, 1e-3)).toBeCloseTo(4, 9);
    // The forward difference of x² is 2x + h: its error is exactly the step.
    expect(forwardDifference(parabola, 2, 1e-3) - 4).toBeCloseTo(1e-3, 9);
  });

  it('uses the steps 10⁻¹ … 10⁻¹²', () => {
    expect(defaultStepExponents).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(stepOf(5)).toBe(1e-5);
  });

  it('sigmoid at x = 1: the exact derivative is σ(1)(1 − σ(1)) ≈ 0.1966', () => {
    const sweep = differenceSweep(activations.sigmoid.f, activations.sigmoid.df, 1);
    expect(sweep.exact).toBeCloseTo(sigmoid(1) * (1 - sigmoid(1)), 15);
    expect(sweep.exact.toFixed(4)).toBe('0.1966');
    expect(sweep.rows).toHaveLength(12);
  });

  it('sigmoid at x = 1: truncation error shrinks like h (forward) and h² (central) for large steps', () => {
    const { rows } = differenceSweep(activations.sigmoid.f, activations.sigmoid.df, 1);
    const [h1, h2, h3] = rows;
    // Ten times smaller step: forward error ≈ 10× smaller, central error ≈ 100× smaller.
    expect(h1.forwardError / h2.forwardError).toBeGreaterThan(8);
    expect(h1.forwardError / h2.forwardError).toBeLessThan(12);
    expect(h2.centralError / h3.centralError).toBeGreaterThan(90);
    expect(h2.centralError / h3.centralError).toBeLessThan(110);
  });

  it('sigmoid at x = 1: the central difference is best at h = 10⁻⁵ (error ~1e-12), the forward one at 10⁻⁷', () => {
    const sweep = differenceSweep(activations.sigmoid.f, activations.sigmoid.df, 1);
    expect(sweep.bestCentral.exponent).toBe(5);
    expect(sweep.bestCentral.centralError).toBeLessThan(1e-11);
    expect(sweep.bestForward.exponent).toBe(7);
    expect(sweep.bestForward.forwardError).toBeGreaterThan(1e-9);
    // Round-off takes over for tiny steps: the error at 10⁻¹² is far worse than the best.
    expect(sweep.rows[11].centralError).toBeGreaterThan(1e4 * sweep.bestCentral.centralError);
  });

  it('the best central step is 10⁻⁵ or 10⁻⁶ at most points for the sigmoid, tanh and GELU', () => {
    for (const name of ['sigmoid', 'tanh', 'gelu'] as const) {
      const xs = Array.from({ length: 17 }, (_, i) => -4 + i * 0.5);
      const best = xs.map((x) => differenceSweep(activations[name].f, activations[name].df, x).bestCentral.exponent);
      const typical = best.filter((k) => k === 5 || k === 6).length;
      expect(typical / best.length).toBeGreaterThan(0.8);
    }
  });

  it('refuses an empty list of steps', () => {
    expect(() => differenceSweep(Math.sin, Math.cos, 0, [])).toThrow(/no steps/);
  });
});
