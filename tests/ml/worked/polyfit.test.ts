import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/lib/random';
import {
  bestByValidation,
  defaultDataConfig,
  degreeSweep,
  fitPolynomial,
  gaussian,
  leastSquares,
  legendre,
  makeOverfittingData,
  mse,
  predict,
} from '../../../src/ml/worked/polyfit';

describe('the numerical pieces', () => {
  it('Legendre polynomials: P₂ = (3x² − 1)/2, P₃ = (5x³ − 3x)/2', () => {
    for (const x of [-1, -0.3, 0, 0.5, 1]) {
      const p = legendre(x, 3);
      expect(p[0]).toBe(1);
      expect(p[1]).toBe(x);
      expect(p[2]).toBeCloseTo((3 * x * x - 1) / 2, 14);
      expect(p[3]).toBeCloseTo((5 * x ** 3 - 3 * x) / 2, 14);
    }
  });

  it('least squares solves a consistent system exactly and a line fit by the textbook formula', () => {
    expect(
      leastSquares(
        [
          [2, 0],
          [0, 4],
          [0, 0],
        ],
        [2, 8, 0],
      ).map((v) => Number(v.toFixed(12))),
    ).toEqual([1, 2]);
    // y ≈ a + b x through (0, 1), (1, 2), (2, 2): b = 0.5, a = 7/6.
    const [a, b] = leastSquares(
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [1, 2, 2],
    );
    expect(a).toBeCloseTo(7 / 6, 12);
    expect(b).toBeCloseTo(0.5, 12);
    expect(() => leastSquares([[1, 2]], [1])).toThrow(/1 equations for 2 unknowns/);
  });

  it('recovers a polynomial from noiseless samples', () => {
    const x = [-1, -0.6, -0.2, 0.1, 0.4, 0.8, 1];
    const y = x.map((v) => 1 - 2 * v + 0.5 * v ** 3);
    const model = fitPolynomial({ x, y }, 3);
    expect(mse(model, { x, y })).toBeLessThan(1e-24);
    expect(predict(model, 0.3)).toBeCloseTo(1 - 0.6 + 0.5 * 0.027, 12);
  });

  it('gaussian samples have mean ≈ 0 and variance ≈ 1', () => {
    const rng = mulberry32(123);
    const xs = Array.from({ length: 20000 }, () => gaussian(rng));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });
});

describe('the overfitting example: y = sin(πx) + noise (σ = 0.3), seed 6', () => {
  const data = makeOverfittingData();
  const rows = degreeSweep(data, 12);

  it('draws 13 training, 30 validation and 200 test points, the same on every run', () => {
    expect(defaultDataConfig).toEqual({ seed: 6, trainSize: 13, validationSize: 30, testSize: 200, noise: 0.3 });
    expect([data.train.x.length, data.validation.x.length, data.test.x.length]).toEqual([13, 30, 200]);
    expect(makeOverfittingData()).toEqual(data);
    // More training points leave the validation and test sets unchanged.
    const bigger = makeOverfittingData({ ...defaultDataConfig, trainSize: 100 });
    expect(bigger.validation).toEqual(data.validation);
    expect(bigger.test).toEqual(data.test);
    expect(bigger.train.x.slice(0, 13)).toEqual(data.train.x);
  });

  it('training error never rises with the degree and reaches 0 at degree 12 (13 points interpolated)', () => {
    for (let d = 1; d <= 12; d++) expect(rows[d].trainMse).toBeLessThanOrEqual(rows[d - 1].trainMse + 1e-12);
    expect(rows[12].trainMse).toBeLessThan(1e-12);
    expect(rows[0].trainMse.toFixed(3)).toBe('0.640');
    expect(rows[3].trainMse.toFixed(3)).toBe('0.133');
  });

  it('validation error falls, then rises: lowest at degree 3 (0.140), 0.523 at 7, exploding at 11 and 12', () => {
    const best = bestByValidation(rows);
    expect(best.degree).toBe(3);
    expect(best.validationMse.toFixed(3)).toBe('0.140');
    expect(best.testMse.toFixed(3)).toBe('0.100');
    expect(rows[0].validationMse.toFixed(3)).toBe('0.697');
    expect(rows[7].validationMse.toFixed(3)).toBe('0.523');
    expect(rows[11].validationMse).toBeGreaterThan(100);
    expect(rows[12].validationMse).toBeGreaterThan(10000);
  });

  it('more data tames the high degrees: with 100 training points degree 12 validates at 0.133', () => {
    const big = degreeSweep(makeOverfittingData({ ...defaultDataConfig, trainSize: 100 }), 12);
    expect(big[12].validationMse.toFixed(3)).toBe('0.133');
    expect(bestByValidation(big).degree).toBe(5);
    expect(bestByValidation(degreeSweep(makeOverfittingData({ ...defaultDataConfig, trainSize: 30 }), 12)).degree).toBe(
      4,
    );
  });

  it('an L2 penalty tames them too (λ = 0.01: degree 12 validates at 0.269), and too much of it underfits', () => {
    const ridge = degreeSweep(data, 12, 0.01);
    expect(ridge[12].validationMse.toFixed(3)).toBe('0.269');
    expect(ridge[12].trainMse).toBeGreaterThan(rows[12].trainMse);
    const heavy = degreeSweep(data, 12, 0.1);
    expect(bestByValidation(heavy).degree).toBe(7);
    expect(bestByValidation(heavy).testMse.toFixed(3)).toBe('0.150');
    expect(heavy[3].trainMse).toBeGreaterThan(rows[3].trainMse);
  });

  it('needs d + 1 points without a penalty, any number with one', () => {
    const few = { x: [0, 0.5, 1], y: [0, 1, 0] };
    expect(() => fitPolynomial(few, 5)).toThrow(/3 equations for 6 unknowns/);
    expect(fitPolynomial(few, 5, 0.01).coefficients).toHaveLength(6);
  });
});
