import { describe, expect, it } from 'vitest';
import {
  causalMask,
  exampleAttention,
  exampleInputs,
  exampleSentence,
  matMul,
  MODEL_DIM,
  selfAttention,
  sinusoidalPositions,
  softmax,
  transpose,
} from '../../../src/ml/worked/attention';

const round = (m: number[][], d = 2) => m.map((row) => row.map((x) => Number(x.toFixed(d))));
const argmax = (row: readonly number[]) => row.indexOf(Math.max(...row));

describe('the building blocks', () => {
  it('multiplies and transposes matrices', () => {
    expect(
      matMul(
        [
          [1, 2],
          [3, 4],
        ],
        [[5], [6]],
      ),
    ).toEqual([[17], [39]]);
    expect(transpose([[1, 2, 3]])).toEqual([[1], [2], [3]]);
    expect(() => matMul([[1, 2]], [[1, 2]])).toThrow();
  });

  it('softmax sums to 1, is stable for large inputs and gives −∞ exactly 0', () => {
    expect(softmax([0, 0])).toEqual([0.5, 0.5]);
    const big = softmax([1000, 1001]);
    expect(big[0] + big[1]).toBeCloseTo(1, 15);
    expect(big[1]).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
    expect(softmax([2, Number.NEGATIVE_INFINITY])).toEqual([1, 0]);
  });

  it('sinusoidal positions: sin and cos of pos / 10000^(2i/d)', () => {
    const pe = sinusoidalPositions(3, 4);
    expect(pe[0]).toEqual([0, 1, 0, 1]);
    expect(pe[2][0]).toBeCloseTo(Math.sin(2), 15);
    expect(pe[2][1]).toBeCloseTo(Math.cos(2), 15);
    expect(pe[2][2]).toBeCloseTo(Math.sin(2 / 100), 15);
    expect(pe[2][3]).toBeCloseTo(Math.cos(2 / 100), 15);
    // The dot product of two encodings depends only on the distance between the positions.
    const two = sinusoidalPositions(10, 2);
    const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1];
    expect(dot(two[1], two[4])).toBeCloseTo(dot(two[5], two[8]), 14);
    expect(dot(two[1], two[4])).toBeCloseTo(Math.cos(3), 14);
  });

  it('the causal mask hides exactly the future', () => {
    expect(causalMask(3)).toEqual([
      [0, -Infinity, -Infinity],
      [0, 0, -Infinity],
      [0, 0, 0],
    ]);
  });

  it('computes softmax(QKᵀ/√d_k)V by the formula', () => {
    const X = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const I = [
      [1, 0],
      [0, 1],
    ];
    const r = selfAttention(X, I, I, I);
    expect(r.divisor).toBeCloseTo(Math.SQRT2, 15);
    expect(r.dots).toEqual([
      [1, 0, 1],
      [0, 1, 1],
      [1, 1, 2],
    ]);
    const row0 = softmax([1 / Math.SQRT2, 0, 1 / Math.SQRT2]);
    expect(r.weights[0][0]).toBeCloseTo(row0[0], 15);
    expect(r.output[0][0]).toBeCloseTo(row0[0] + row0[2], 15);
  });
});

describe('the worked example: "the cat sat on the mat"', () => {
  it('has six tokens of width d_model = 6 (four features, two positions)', () => {
    expect(exampleSentence).toHaveLength(6);
    expect(MODEL_DIM).toBe(6);
    expect(exampleInputs()).toHaveLength(6);
    expect(exampleInputs().every((row) => row.length === 6)).toBe(true);
  });

  it('every row of weights sums to 1', () => {
    for (const options of [{}, { causal: true }, { scale: false }, { temperature: 0.25 }, { positions: false }]) {
      for (const row of exampleAttention(options).weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('pins the attention matrix (positions on, no mask, standard scaling)', () => {
    const r = exampleAttention();
    expect(r.dk).toBe(6);
    expect(r.divisor).toBeCloseTo(Math.sqrt(6), 15);
    expect(round(r.weights)).toEqual([
      [0.5, 0.08, 0.05, 0.04, 0.25, 0.07],
      [0.51, 0.12, 0.02, 0.01, 0.27, 0.06],
      [0.01, 0.54, 0.13, 0.02, 0.01, 0.29],
      [0.01, 0.4, 0.02, 0.14, 0.02, 0.4],
      [0.25, 0.04, 0.05, 0.08, 0.49, 0.08],
      [0.39, 0.05, 0.01, 0.01, 0.43, 0.1],
    ]);
  });

  it('nouns look for a determiner, the verb and the preposition for a noun', () => {
    const w = exampleAttention().weights;
    expect(argmax(w[1])).toBe(0); // cat → the (1)
    expect(argmax(w[5])).toBe(4); // mat → the (5), the nearer one
    expect(argmax(w[2])).toBe(1); // sat → cat
    expect(w[3][1]).toBeCloseTo(w[3][5], 12); // on → cat and mat equally (both two words away)
  });

  it('without positions the two "the" rows (and "cat", "mat") are identical', () => {
    const w = exampleAttention({ positions: false }).weights;
    expect(w[4]).toEqual(w[0]);
    expect(w[5]).toEqual(w[1]);
    expect(w[1][0]).toBe(w[1][4]);
  });

  it('the causal mask zeroes the upper triangle and changes earlier rows only', () => {
    const r = exampleAttention({ causal: true });
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) expect(r.weights[i][j]).toBe(0);
    expect(r.weights[0][0]).toBe(1);
    expect(r.weights[5]).toEqual(exampleAttention().weights[5]);
    expect(round(r.weights)[3]).toEqual([0.02, 0.7, 0.04, 0.24, 0, 0]);
  });

  it('lower temperature sharpens, no scaling sharpens, higher temperature flattens', () => {
    const max = (o: object) => Math.max(...exampleAttention(o).weights[1]);
    expect(max({ temperature: 0.5 })).toBeGreaterThan(max({}));
    expect(max({ scale: false })).toBeGreaterThan(max({}));
    expect(max({ temperature: 4 })).toBeLessThan(max({}));
    expect(exampleAttention({ scale: false }).divisor).toBe(1);
  });

  it('W_V = I: the output is the weighted average of the inputs', () => {
    const r = exampleAttention();
    const X = exampleInputs();
    const expected = X[0].map((_, d) => r.weights[5].reduce((s, a, j) => s + a * X[j][d], 0));
    r.output[5].forEach((x, d) => expect(x).toBeCloseTo(expected[d], 14));
  });
});
