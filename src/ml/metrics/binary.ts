/**
 * Metrics of a binary classifier from its scores (e.g. sigmoid outputs) and the true labels
 * (1 positive, 0 negative): the confusion counts at a threshold, precision, recall, F1, the
 * ROC curve and the area under it. Pure functions on plain arrays (after one read-back).
 */

/** The four cells of a binary confusion matrix. */
export interface BinaryCounts {
  /** Positives predicted positive. */
  tp: number;
  /** Negatives predicted positive. */
  fp: number;
  /** Negatives predicted negative. */
  tn: number;
  /** Positives predicted negative. */
  fn: number;
}

/** Threshold metrics. NaN where a denominator is 0 (e.g. precision when nothing is called positive). */
export interface BinaryMetrics extends BinaryCounts {
  threshold: number;
  /** (TP + TN) / n. */
  accuracy: number;
  /** TP / (TP + FP). */
  precision: number;
  /** TP / (TP + FN), the true-positive rate. */
  recall: number;
  /** 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall. */
  f1: number;
}

function checkInputs(labels: ArrayLike<number>, scores: ArrayLike<number>): void {
  if (labels.length !== scores.length) throw new Error(`${labels.length} labels but ${scores.length} scores`);
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`Label ${labels[i]} at ${i} is not 0 or 1`);
    if (Number.isNaN(scores[i])) throw new Error(`Score at ${i} is NaN`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

/** Counts with "positive when score ≥ threshold" (default 0.5, the sigmoid's decision point). */
export function binaryCounts(labels: ArrayLike<number>, scores: ArrayLike<number>, threshold = 0.5): BinaryCounts {
  checkInputs(labels, scores);
  const counts: BinaryCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const called = scores[i] >= threshold;
    if (labels[i] === 1) counts[called ? 'tp' : 'fn']++;
    else counts[called ? 'fp' : 'tn']++;
  }
  return counts;
}

/** Accuracy, precision, recall and F1 of given counts. */
export function metricsFromCounts(counts: BinaryCounts, threshold = 0.5): BinaryMetrics {
  const { tp, fp, tn, fn } = counts;
  return {
    ...counts,
    threshold,
    accuracy: ratio(tp + tn, tp + fp + tn + fn),
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** {@link binaryCounts} and {@link metricsFromCounts} in one call. */
export function binaryMetrics(labels: ArrayLike<number>, scores: ArrayLike<number>, threshold = 0.5): BinaryMetrics {
  return metricsFromCounts(binaryCounts(labels, scores, threshold), threshold);
}

/** One point of a ROC curve: the rates when everything scoring ≥ `threshold` is called positive. */
export interface RocPoint {
  threshold: number;
  /** False-positive rate FP / negatives. */
  fpr: number;
  /** True-positive rate (recall) TP / positives. */
  tpr: number;
}

/**
 * The ROC curve: starts at (0, 0) (threshold +∞: nothing called positive), adds one point per
 * distinct score from the highest down (tied scores move the curve in one diagonal step), and
 * ends at (1, 1). Throws unless both classes are present (the rates would be undefined).
 */
export function rocCurve(labels: ArrayLike<number>, scores: ArrayLike<number>): RocPoint[] {
  checkInputs(labels, scores);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i];
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new Error('A ROC curve needs both positive and negative examples');
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const points: RocPoint[] = [{ threshold: Infinity, fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (labels[i] === 1) tp++;
    else fp++;
    const next = order[k + 1];
    if (next === undefined || scores[next] !== scores[i]) {
      points.push({ threshold: scores[i], fpr: fp / negatives, tpr: tp / positives });
    }
  }
  return points;
}

/**
 * Area under a ROC curve by the trapezoid rule. On a curve from {@link rocCurve} it equals the
 * probability that a random positive scores higher than a random negative, ties counting ½
 * (the Mann–Whitney statistic): 0.5 is chance, 1 a perfect ranking.
 */
export function rocAuc(points: readonly RocPoint[]): number {
  let area = 0;
  for (let k = 1; k < points.length; k++) {
    area += ((points[k].fpr - points[k - 1].fpr) * (points[k].tpr + points[k - 1].tpr)) / 2;
  }
  return area;
}

/**
 * At most `maxPoints` points of a long curve for drawing, always keeping the first and last;
 * the area is computed from the full curve, not from this.
 */
export function thinCurve<T>(points: readonly T[], maxPoints: number): T[] {
  if (points.length <= maxPoints) return [...points];
  const step = (points.length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, k) => points[Math.round(k * step)]);
}
