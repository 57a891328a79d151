import { describe, expect, it } from 'vitest';
import { binaryCounts, binaryMetrics, rocAuc, rocCurve, thinCurve } from '../../src/ml/metrics/binary';
import { workedScores } from '../../src/ml/worked/classification-metrics';

// Six examples worked by hand (see each expectation's comment).
const labels = [1, 1, 0, 1, 0, 0];
const scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.2];

describe('binary metrics at a threshold', () => {
  it('counts TP, FP, TN, FN with "positive when score ≥ 0.5"', () => {
    // Called positive: the first five; of those, 3 are positive (TP) and 2 negative (FP).
    expect(binaryCounts(labels, scores)).toEqual({ tp: 3, fp: 2, tn: 1, fn: 0 });
    // At 0.65 only the first three are called positive.
    expect(binaryCounts(labels, scores, 0.65)).toEqual({ tp: 2, fp: 1, tn: 2, fn: 1 });
  });

  it('computes accuracy 4/6, precision 3/5, recall 3/3 and F1 = 2·3 / (2·3 + 2 + 0) = 0.75', () => {
    const m = binaryMetrics(labels, scores);
    expect(m.accuracy).toBeCloseTo(4 / 6, 12);
    expect(m.precision).toBeCloseTo(0.6, 12);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(0.75, 12);
    // F1 is the harmonic mean of precision and recall.
    expect(m.f1).toBeCloseTo((2 * m.precision * m.recall) / (m.precision + m.recall), 12);
  });

  it('gives NaN where a ratio is undefined (nothing called positive)', () => {
    const m = binaryMetrics([0, 1], [0.1, 0.2]);
    expect(m.precision).toBeNaN();
    expect(m.recall).toBe(0);
    expect(m.f1).toBe(0);
  });

  it('rejects labels other than 0/1, NaN scores and mismatched lengths', () => {
    expect(() => binaryCounts([2], [0.5])).toThrow(/not 0 or 1/);
    expect(() => binaryCounts([1], [NaN])).toThrow(/NaN/);
    expect(() => binaryCounts([1, 0], [0.5])).toThrow(/labels but/);
  });
});

describe('ROC curve and AUC', () => {
  it('steps through the scores from the top: the hand-drawn curve, area 8/9', () => {
    const curve = rocCurve(labels, scores);
    expect(curve.map((p) => [p.fpr, p.tpr])).toEqual([
      [0, 0],
      [0, 1 / 3],
      [0, 2 / 3],
      [1 / 3, 2 / 3],
      [1 / 3, 1],
      [2 / 3, 1],
      [1, 1],
    ]);
    expect(curve[0].threshold).toBe(Infinity);
    expect(curve[3].threshold).toBe(0.7);
    // 8 of the 9 positive–negative pairs are ranked correctly (0.6 < 0.7 is the miss).
    expect(rocAuc(curve)).toBeCloseTo(8 / 9, 12);
  });

  it('moves diagonally through tied scores, so a tie counts ½ (area 3.5 / 4)', () => {
    const curve = rocCurve([1, 0, 1, 0], [0.5, 0.5, 0.8, 0.2]);
    expect(curve.map((p) => [p.fpr, p.tpr])).toEqual([
      [0, 0],
      [0, 0.5],
      [0.5, 1],
      [1, 1],
    ]);
    expect(rocAuc(curve)).toBeCloseTo(0.875, 12);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, and agrees with the chapter 10 worked example (7/9)', () => {
    expect(rocAuc(rocCurve([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]))).toBe(1);
    expect(rocAuc(rocCurve([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]))).toBe(0);
    const auc = rocAuc(
      rocCurve(
        workedScores.map((e) => e.label),
        workedScores.map((e) => e.score),
      ),
    );
    expect(auc).toBeCloseTo(7 / 9, 12);
  });

  it('needs both classes', () => {
    expect(() => rocCurve([1, 1], [0.2, 0.3])).toThrow(/both/);
  });

  it('thins a long curve for drawing, keeping both ends', () => {
    const points = Array.from({ length: 1001 }, (_, i) => i);
    const thin = thinCurve(points, 101);
    expect(thin).toHaveLength(101);
    expect(thin[0]).toBe(0);
    expect(thin[100]).toBe(1000);
    expect(thinCurve([1, 2], 101)).toEqual([1, 2]);
  });
});
