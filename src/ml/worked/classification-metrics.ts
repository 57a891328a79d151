/**
 * Threshold metrics, the ROC curve, AUC and calibration for a small set of binary scores, with
 * every count a worked example needs. The labs use src/ml/metrics on real predictions; this file
 * is the hand-sized version the evaluation chapter explains, so every number can be checked by hand.
 */

/** One scored example: the model's score for "positive" and the true label (1 positive, 0 negative). */
export interface ScoredExample {
  score: number;
  label: 0 | 1;
}

/**
 * Twelve examples, six positive and six negative, with scores that overlap: 28 of the 36
 * positive–negative pairs are ranked correctly, so AUC = 28/36 = 7/9.
 */
export const workedScores: readonly ScoredExample[] = [
  { score: 0.95, label: 1 },
  { score: 0.9, label: 1 },
  { score: 0.8, label: 0 },
  { score: 0.75, label: 1 },
  { score: 0.65, label: 1 },
  { score: 0.6, label: 0 },
  { score: 0.55, label: 1 },
  { score: 0.45, label: 0 },
  { score: 0.4, label: 0 },
  { score: 0.3, label: 1 },
  { score: 0.2, label: 0 },
  { score: 0.1, label: 0 },
];

/** The four cells of a binary confusion matrix. */
export interface Confusion {
  /** Positives predicted positive. */
  tp: number;
  /** Negatives predicted positive. */
  fp: number;
  /** Negatives predicted negative. */
  tn: number;
  /** Positives predicted negative. */
  fn: number;
}

/** Metrics of the predictions "positive when score ≥ threshold". NaN where a denominator is 0. */
export interface ThresholdMetrics extends Confusion {
  threshold: number;
  /** (TP + TN) / n. */
  accuracy: number;
  /** TP / (TP + FP): of the examples called positive, the fraction that are. */
  precision: number;
  /** TP / (TP + FN), also the true-positive rate: of the positives, the fraction found. */
  recall: number;
  /** FP / (FP + TN): of the negatives, the fraction wrongly called positive. */
  falsePositiveRate: number;
  /** 2·P·R / (P + R) = 2TP / (2TP + FP + FN). */
  f1: number;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

function checkExamples(examples: readonly ScoredExample[]): { positives: number; negatives: number } {
  const positives = examples.filter((e) => e.label === 1).length;
  const negatives = examples.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new Error(`need positives and negatives, got ${positives} and ${negatives}`);
  }
  return { positives, negatives };
}

/** Predicts positive when score ≥ threshold and counts the four outcomes. */
export function confusionAt(examples: readonly ScoredExample[], threshold: number): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { score, label } of examples) {
    const predicted = score >= threshold;
    if (predicted && label === 1) c.tp++;
    else if (predicted) c.fp++;
    else if (label === 1) c.fn++;
    else c.tn++;
  }
  return c;
}

/** Accuracy, precision, recall, false-positive rate and F1 of a confusion matrix. */
export function metricsFromCounts(c: Confusion): Omit<ThresholdMetrics, 'threshold'> {
  for (const [cell, value] of Object.entries(c)) {
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`metricsFromCounts: ${cell} must be a count, got ${value}`);
  }
  const n = c.tp + c.fp + c.tn + c.fn;
  return {
    ...c,
    accuracy: ratio(c.tp + c.tn, n),
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    falsePositiveRate: ratio(c.fp, c.fp + c.tn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/** Accuracy, precision, recall, false-positive rate and F1 at `threshold`. */
export function metricsAt(examples: readonly ScoredExample[], threshold: number): ThresholdMetrics {
  return { ...metricsFromCounts(confusionAt(examples, threshold)), threshold };
}

/** One point of the ROC curve: the rates when the threshold is `threshold`. */
export interface RocPoint {
  /** Infinity for the first point (nothing predicted positive). */
  threshold: number;
  /** False-positive rate, the x coordinate. */
  fpr: number;
  /** True-positive rate (recall), the y coordinate. */
  tpr: number;
}

/**
 * The ROC curve: one point per distinct score used as threshold, from (0, 0) (threshold above every
 * score) to (1, 1) (every example positive). Tied scores move the curve diagonally in one step.
 */
export function rocCurve(examples: readonly ScoredExample[]): RocPoint[] {
  const { positives, negatives } = checkExamples(examples);
  const thresholds = [...new Set(examples.map((e) => e.score))].sort((a, b) => b - a);
  const points: RocPoint[] = [{ threshold: Number.POSITIVE_INFINITY, fpr: 0, tpr: 0 }];
  for (const threshold of thresholds) {
    const c = confusionAt(examples, threshold);
    points.push({ threshold, fpr: c.fp / negatives, tpr: c.tp / positives });
  }
  return points;
}

/** Area under a curve given by points sorted by x, by the trapezoid rule: Σ (x₁ − x₀)·(y₀ + y₁)/2. */
export function trapezoidArea(points: readonly { fpr: number; tpr: number }[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    area += ((points[i].fpr - points[i - 1].fpr) * (points[i].tpr + points[i - 1].tpr)) / 2;
  }
  return area;
}

/** The rank statistic behind AUC: of all positive–negative pairs, how many the scores order correctly. */
export interface PairCount {
  /** Pairs whose positive scores higher than its negative. */
  correct: number;
  /** Pairs with equal scores (each counts one half). */
  ties: number;
  /** positives × negatives. */
  pairs: number;
  /** (correct + ties / 2) / pairs: the probability that a random positive outscores a random negative. */
  auc: number;
}

/** Counts every positive–negative pair. O(P·N), fine for worked examples. */
export function rankAuc(examples: readonly ScoredExample[]): PairCount {
  const { positives, negatives } = checkExamples(examples);
  let correct = 0;
  let ties = 0;
  for (const p of examples) {
    if (p.label !== 1) continue;
    for (const n of examples) {
      if (n.label !== 0) continue;
      if (p.score > n.score) correct++;
      else if (p.score === n.score) ties++;
    }
  }
  const pairs = positives * negatives;
  return { correct, ties, pairs, auc: (correct + ties / 2) / pairs };
}

/** One bin of a reliability diagram. */
export interface CalibrationBin {
  /** The bin covers [lower, upper); the last bin includes 1. */
  lower: number;
  upper: number;
  /** Examples whose score falls in the bin. */
  count: number;
  /** Mean predicted probability in the bin (NaN when empty). */
  meanScore: number;
  /** Fraction of positives in the bin (NaN when empty). */
  positiveRate: number;
  /** |positiveRate − meanScore| (0 when empty). */
  gap: number;
}

/** A reliability diagram's bins and the expected calibration error. */
export interface Calibration {
  bins: CalibrationBin[];
  /** ECE = Σ_b (n_b / n)·|positiveRate_b − meanScore_b|. */
  ece: number;
}

/**
 * Splits [0, 1] into `binCount` equal bins and compares, in each, the mean predicted probability
 * of "positive" with the observed fraction of positives. Scores must lie in [0, 1].
 */
export function calibration(examples: readonly ScoredExample[], binCount = 5): Calibration {
  if (!Number.isInteger(binCount) || binCount < 1) throw new Error(`calibration: bad bin count ${binCount}`);
  if (examples.length === 0) throw new Error('calibration: no examples');
  const groups: ScoredExample[][] = Array.from({ length: binCount }, () => []);
  for (const e of examples) {
    if (!(e.score >= 0 && e.score <= 1)) throw new Error(`calibration: score ${e.score} is not a probability`);
    // Integer arithmetic on the bin index avoids 0.6 · 5 = 2.9999… style surprises.
    const index = Math.min(binCount - 1, Math.floor(Math.round(e.score * binCount * 1e9) / 1e9));
    groups[index].push(e);
  }
  const bins = groups.map((group, i): CalibrationBin => {
    const count = group.length;
    const meanScore = count ? group.reduce((s, e) => s + e.score, 0) / count : Number.NaN;
    const positiveRate = count ? group.filter((e) => e.label === 1).length / count : Number.NaN;
    return {
      lower: i / binCount,
      upper: (i + 1) / binCount,
      count,
      meanScore,
      positiveRate,
      gap: count ? Math.abs(positiveRate - meanScore) : 0,
    };
  });
  const ece = bins.reduce((s, b) => s + (b.count / examples.length) * b.gap, 0);
  return { bins, ece };
}
