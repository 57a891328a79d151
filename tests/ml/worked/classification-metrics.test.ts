import { describe, expect, it } from 'vitest';
import {
  calibration,
  confusionAt,
  metricsAt,
  metricsFromCounts,
  rankAuc,
  rocCurve,
  trapezoidArea,
  workedScores,
  type ScoredExample,
} from '../../../src/ml/worked/classification-metrics';

describe('the twelve worked scores', () => {
  it('has six positives and six negatives', () => {
    expect(workedScores).toHaveLength(12);
    expect(workedScores.filter((e) => e.label === 1)).toHaveLength(6);
  });

  it('at threshold 0.5: TP 5, FP 2, TN 4, FN 1 (counted by hand)', () => {
    expect(confusionAt(workedScores, 0.5)).toEqual({ tp: 5, fp: 2, tn: 4, fn: 1 });
    const m = metricsAt(workedScores, 0.5);
    expect(m.accuracy).toBe(9 / 12);
    expect(m.precision).toBe(5 / 7);
    expect(m.recall).toBe(5 / 6);
    expect(m.falsePositiveRate).toBe(2 / 6);
    expect(m.f1).toBe(10 / 13);
    // F1 is the harmonic mean of precision and recall.
    expect(m.f1).toBeCloseTo((2 * m.precision * m.recall) / (m.precision + m.recall), 14);
  });

  it('at threshold 0.65: TP 4, FP 1, TN 5, FN 2; precision 0.8, recall 2/3', () => {
    const m = metricsAt(workedScores, 0.65);
    expect([m.tp, m.fp, m.tn, m.fn]).toEqual([4, 1, 5, 2]);
    expect(m.precision).toBe(0.8);
    expect(m.recall).toBe(4 / 6);
    expect(m.f1).toBe(8 / 11);
  });

  it('at threshold 0.7: TP 3, FP 1, TN 5, FN 3; precision 0.75, recall 0.5, F1 0.6', () => {
    const m = metricsAt(workedScores, 0.7);
    expect([m.tp, m.fp, m.tn, m.fn]).toEqual([3, 1, 5, 3]);
    expect([m.precision, m.recall, m.f1, m.accuracy]).toEqual([0.75, 0.5, 0.6, 8 / 12]);
  });

  it('has its best F1 (10/13) at thresholds 0.5 and 0.55, and its best accuracy (0.75) there and at 0.65', () => {
    const grid = Array.from({ length: 21 }, (_, i) => (i * 5) / 100);
    const f1 = grid.map((t) => metricsAt(workedScores, t).f1);
    const acc = grid.map((t) => metricsAt(workedScores, t).accuracy);
    const best = (values: number[]) => grid.filter((_, i) => values[i] === Math.max(...values.filter(Number.isFinite)));
    expect(best(f1)).toEqual([0.5, 0.55]);
    expect(best(acc)).toEqual([0.5, 0.55, 0.65]);
  });

  it('computes metrics from counts: 40 of 50 frauds found with 60 false alarms in 10,000', () => {
    const m = metricsFromCounts({ tp: 40, fp: 60, fn: 10, tn: 9_890 });
    expect(m.accuracy).toBe(0.993);
    expect(m.precision).toBe(0.4);
    expect(m.recall).toBe(0.8);
    expect(m.f1).toBe(80 / 150);
    expect(metricsFromCounts({ tp: 0, fp: 0, fn: 50, tn: 9_950 }).accuracy).toBe(0.995);
    expect(() => metricsFromCounts({ tp: -1, fp: 0, fn: 0, tn: 0 })).toThrow(/count/);
  });

  it('counts a score equal to the threshold as positive (0.55 at 0.55)', () => {
    expect(confusionAt(workedScores, 0.55).tp).toBe(5);
    expect(confusionAt(workedScores, 0.56).tp).toBe(4);
  });

  it('leaves precision undefined when nothing is predicted positive, and recall 1 when everything is', () => {
    const high = metricsAt(workedScores, 1);
    expect(high.tp + high.fp).toBe(0);
    expect(high.precision).toBeNaN();
    expect(high.recall).toBe(0);
    const low = metricsAt(workedScores, 0);
    expect(low.recall).toBe(1);
    expect(low.falsePositiveRate).toBe(1);
    expect(low.precision).toBe(0.5);
  });
});

describe('ROC and AUC', () => {
  const roc = rocCurve(workedScores);

  it('walks from (0, 0) to (1, 1) through the hand-computed points', () => {
    const sixths = roc.map((p) => [p.fpr * 6, p.tpr * 6].map((v) => Math.round(v)));
    expect(sixths).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 4],
      [2, 5],
      [3, 5],
      [4, 5],
      [4, 6],
      [5, 6],
      [6, 6],
    ]);
    expect(roc[0].threshold).toBe(Number.POSITIVE_INFINITY);
  });

  it('has AUC 28/36 = 7/9 by the trapezoid rule and by counting pairs', () => {
    expect(trapezoidArea(roc)).toBeCloseTo(7 / 9, 14);
    const pairs = rankAuc(workedScores);
    expect(pairs).toEqual({ correct: 28, ties: 0, pairs: 36, auc: 28 / 36 });
    expect(trapezoidArea(roc).toFixed(4)).toBe('0.7778');
  });

  it('agrees with the pair count when scores tie (ties count one half, the curve goes diagonally)', () => {
    const tied: ScoredExample[] = [
      { score: 0.9, label: 1 },
      { score: 0.5, label: 1 },
      { score: 0.5, label: 0 },
      { score: 0.2, label: 0 },
    ];
    const pairs = rankAuc(tied);
    expect(pairs).toMatchObject({ correct: 3, ties: 1, pairs: 4 });
    expect(pairs.auc).toBe(0.875);
    expect(trapezoidArea(rocCurve(tied))).toBeCloseTo(0.875, 14);
  });

  it('gives AUC 1 for a perfect ranking and 0 for a reversed one', () => {
    const perfect: ScoredExample[] = [
      { score: 0.9, label: 1 },
      { score: 0.1, label: 0 },
    ];
    expect(trapezoidArea(rocCurve(perfect))).toBe(1);
    expect(rankAuc(perfect.map((e) => ({ ...e, score: 1 - e.score }))).auc).toBe(0);
  });

  it('refuses a set without both classes', () => {
    expect(() => rocCurve([{ score: 0.3, label: 1 }])).toThrow(/positives and negatives/);
  });
});

describe('calibration: reliability bins and ECE', () => {
  const c = calibration(workedScores, 5);

  it('puts 1, 2, 3, 3, 3 examples in the five bins', () => {
    expect(c.bins.map((b) => b.count)).toEqual([1, 2, 3, 3, 3]);
  });

  it('has the hand-computed means and positive fractions', () => {
    const expected = [
      [0.1, 0],
      [0.25, 0.5],
      [1.4 / 3, 1 / 3],
      [2 / 3, 2 / 3],
      [2.65 / 3, 2 / 3],
    ];
    c.bins.forEach((b, i) => {
      expect(b.meanScore).toBeCloseTo(expected[i][0], 12);
      expect(b.positiveRate).toBeCloseTo(expected[i][1], 12);
    });
  });

  it('has ECE (0.1 + 0.5 + 0.4 + 0 + 0.65) / 12 = 0.1375', () => {
    expect(c.ece).toBeCloseTo(0.1375, 12);
  });

  it('is 0 for a perfectly calibrated set and refuses scores outside [0, 1]', () => {
    const calibrated: ScoredExample[] = [
      { score: 0.5, label: 1 },
      { score: 0.5, label: 0 },
    ];
    expect(calibration(calibrated, 2).ece).toBe(0);
    expect(() => calibration([{ score: 1.5, label: 1 }])).toThrow(/probability/);
  });
});
