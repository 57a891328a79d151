/**
 * Single numbers a chapter quotes from the loss examples (the ten-sample MSE, one-prediction
 * losses, softmax cross-entropy), looked up by name so that prose never types a computed value.
 * Bad names and indices throw, so a typo in a chapter fails the build.
 */

import { lossAt, losses, softmaxCrossEntropy, type LossName } from './losses';
import { errorSummary, seedMseExample } from './mse';

const MSE_QUANTITIES = ['mse', 'mae', 'rmse', 'sumSquaredError', 'sumAbsoluteError', 'count'] as const;

/** Summary statistics of a set of predictions. */
export type MseQuantityName = (typeof MSE_QUANTITIES)[number];

/**
 * A statistic of the ten-sample example (or of other targets and predictions). `replace`
 * swaps single predictions first: `{ 10: 20 }` sets the tenth prediction to 20 (1-based).
 */
export function mseQuantity(
  of: MseQuantityName,
  options: {
    targets?: readonly number[];
    predictions?: readonly number[];
    replace?: Readonly<Record<number, number>>;
  } = {},
): number {
  const targets = options.targets ?? seedMseExample.targets;
  const base = options.predictions ?? seedMseExample.predictions;
  const predictions = base.map((p, i) => options.replace?.[i + 1] ?? p);
  for (const key of Object.keys(options.replace ?? {})) {
    const n = Number(key);
    if (!Number.isInteger(n) || n < 1 || n > base.length) throw new Error(`mseQuantity: no sample ${key}`);
  }
  const s = errorSummary(targets, predictions);
  if (!MSE_QUANTITIES.includes(of)) throw new Error(`mseQuantity: unknown statistic "${of}"`);
  return s[of];
}

const LOSS_QUANTITIES = ['loss', 'gradient', 'logitGradient'] as const;

/** L, ∂L/∂ŷ, or ∂L/∂z through a sigmoid, of one prediction. */
export type LossQuantityName = (typeof LOSS_QUANTITIES)[number];

/** One loss value or gradient for target y and prediction ŷ. */
export function lossQuantity(loss: LossName, target: number, prediction: number, of: LossQuantityName): number {
  if (!(loss in losses)) throw new Error(`lossQuantity: unknown loss "${loss}"`);
  if (!(prediction > 0 && prediction < 1) && loss === 'bce') {
    throw new Error(`lossQuantity: cross-entropy needs 0 < ŷ < 1, got ${prediction}`);
  }
  const point = lossAt(loss, target, prediction);
  if (!LOSS_QUANTITIES.includes(of)) throw new Error(`lossQuantity: unknown "${of}"`);
  return point[of];
}

/** What SoftmaxValue can quote. `k` (1-based) picks a class for probability and gradient. */
export type SoftmaxQuantityName = 'loss' | 'probability' | 'gradient' | 'sumExp';

/** A number from softmax + categorical cross-entropy of `logits` with true class `target` (1-based). */
export function softmaxQuantity(
  logits: readonly number[],
  target: number,
  of: SoftmaxQuantityName,
  k?: number,
): number {
  const s = softmaxCrossEntropy(logits, target - 1);
  if (of === 'loss') return s.loss;
  if (of === 'sumExp') return s.sumExp;
  if (k === undefined || !Number.isInteger(k) || k < 1 || k > logits.length) {
    throw new Error(`softmaxQuantity: class k must be from 1 to ${logits.length}, got ${String(k)}`);
  }
  if (of === 'probability') return s.probabilities[k - 1];
  if (of === 'gradient') return s.gradient[k - 1];
  throw new Error(`softmaxQuantity: unknown "${String(of)}"`);
}

/** K equal logits (zeros): the prediction of a classifier that prefers no class. */
export function uniformLogits(classes: number): number[] {
  if (!Number.isInteger(classes) || classes < 2)
    throw new Error(`uniformLogits: need at least 2 classes, got ${classes}`);
  return new Array<number>(classes).fill(0);
}
