import { describe, expect, it } from 'vitest';
import { errorSummary, seedMseExample } from '../../../src/ml/worked/mse';

describe('errorSummary on seed 002’s ten samples', () => {
  const s = errorSummary(seedMseExample.targets, seedMseExample.predictions);

  it('has the squared errors 0.25, 0.04, 0.64, 0.81, 1.00, 0.64, 0.81, 1.00, 0.81, 0.64', () => {
    const expected = [0.25, 0.04, 0.64, 0.81, 1.0, 0.64, 0.81, 1.0, 0.81, 0.64];
    s.rows.forEach((r, i) => expect(r.squaredError).toBeCloseTo(expected[i], 12));
  });

  it('sums them to 6.64 and averages to MSE 0.664 (not 0.05)', () => {
    expect(s.count).toBe(10);
    expect(s.sumSquaredError).toBeCloseTo(6.64, 12);
    expect(s.mse).toBeCloseTo(0.664, 12);
    expect(s.rmse).toBeCloseTo(Math.sqrt(0.664), 12);
  });

  it('gives MAE 7.8 / 10 = 0.78', () => {
    expect(s.rows.map((r) => r.absoluteError)).toEqual(s.rows.map((r) => Math.abs(r.error)));
    expect(s.sumAbsoluteError).toBeCloseTo(7.8, 12);
    expect(s.mae).toBeCloseTo(0.78, 12);
  });

  it('refuses mismatched or empty inputs', () => {
    expect(() => errorSummary([1, 2], [1])).toThrow(/2 targets but 1/);
    expect(() => errorSummary([], [])).toThrow(/no samples/);
  });
});
