/**
 * Losses of one prediction, with their gradients: squared error, absolute error and binary
 * cross-entropy as functions of the prediction ŷ, and categorical cross-entropy on a softmax.
 */

import { sigmoid } from './activations';
import { detExp, detLog } from './det-math';

/** The single-output losses the loss explorer compares. */
export type LossName = 'mse' | 'mae' | 'bce';

/** A loss and its derivatives at one prediction. */
export interface LossPoint {
  /** The target y. */
  target: number;
  /** The prediction ŷ. */
  prediction: number;
  /** L(y, ŷ). */
  loss: number;
  /** ∂L/∂ŷ. */
  gradient: number;
  /**
   * ∂L/∂z when ŷ = σ(z) comes out of a sigmoid: ∂L/∂ŷ · ŷ(1 − ŷ). For binary cross-entropy
   * this simplifies to ŷ − y, which is why that pairing trains well.
   */
  logitGradient: number;
}

/** One loss: how to compute it and how to write it. */
export interface LossFunction {
  name: LossName;
  label: string;
  /** The loss in plain text (Unicode). */
  formula: string;
  /** Its derivative with respect to ŷ, in plain text. */
  gradientFormula: string;
  loss: (target: number, prediction: number) => number;
  /** ∂L/∂ŷ. */
  gradient: (target: number, prediction: number) => number;
}

/**
 * Binary cross-entropy −[y ln ŷ + (1 − y) ln(1 − ŷ)] (natural log). Finite for ŷ in (0, 1);
 * +∞ when ŷ is exactly 0 or 1 on the wrong side, as the formula says.
 */
export function binaryCrossEntropy(target: number, prediction: number): number {
  const pos = target === 0 ? 0 : target * detLog(prediction);
  const neg = target === 1 ? 0 : (1 - target) * detLog(1 - prediction);
  return 0 - (pos + neg); // 0 − x, not −x: a perfect prediction gives 0, not −0
}

/** ∂/∂ŷ of binary cross-entropy: −y/ŷ + (1 − y)/(1 − ŷ) = (ŷ − y) / (ŷ(1 − ŷ)). */
export function binaryCrossEntropyGradient(target: number, prediction: number): number {
  return (prediction - target) / (prediction * (1 - prediction));
}

/** Every single-output loss by name. "MSE" here is the mean over one sample: (ŷ − y)². */
export const losses: Record<LossName, LossFunction> = {
  mse: {
    name: 'mse',
    label: 'Squared error (MSE of one sample)',
    formula: 'L = (ŷ − y)²',
    gradientFormula: '∂L/∂ŷ = 2(ŷ − y)',
    loss: (y, p) => (p - y) ** 2,
    gradient: (y, p) => 2 * (p - y),
  },
  mae: {
    name: 'mae',
    label: 'Absolute error (MAE of one sample)',
    formula: 'L = |ŷ − y|',
    gradientFormula: '∂L/∂ŷ = sign(ŷ − y)  (0 at ŷ = y, by convention)',
    loss: (y, p) => Math.abs(p - y),
    gradient: (y, p) => Math.sign(p - y),
  },
  bce: {
    name: 'bce',
    label: 'Binary cross-entropy',
    formula: 'L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)]',
    gradientFormula: '∂L/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ))',
    loss: binaryCrossEntropy,
    gradient: binaryCrossEntropyGradient,
  },
};

/** All single-output loss names, in the order a chooser lists them. */
export const lossNames = Object.keys(losses) as LossName[];

/** A loss, ∂L/∂ŷ and ∂L/∂z (through a sigmoid) at one prediction. */
export function lossAt(name: LossName, target: number, prediction: number): LossPoint {
  const fn = losses[name];
  const gradient = fn.gradient(target, prediction);
  const logitGradient = name === 'bce' ? prediction - target : gradient * prediction * (1 - prediction);
  return { target, prediction, loss: fn.loss(target, prediction), gradient, logitGradient };
}

/** The same as lossAt, but starting from the logit z (ŷ = σ(z)). */
export function lossAtLogit(name: LossName, target: number, logit: number): LossPoint {
  return lossAt(name, target, sigmoid(logit));
}

/** Every value on the way from logits to a softmax cross-entropy loss and its gradient. */
export interface SoftmaxCrossEntropy {
  logits: number[];
  /** max zᵢ, subtracted before exponentiating so that e^z cannot overflow (the result is unchanged). */
  maxLogit: number;
  /** zᵢ − max z. */
  shifted: number[];
  /** e^(zᵢ − max z). */
  exps: number[];
  /** Σ e^(zᵢ − max z). */
  sumExp: number;
  /** pᵢ = e^(zᵢ − max z) / Σ e^(zⱼ − max z); they sum to 1. */
  probabilities: number[];
  /** The one-hot target y. */
  oneHot: number[];
  targetIndex: number;
  /** L = −Σ yᵢ ln pᵢ = −ln p_target. */
  loss: number;
  /** ∂L/∂zᵢ = pᵢ − yᵢ. */
  gradient: number[];
}

/**
 * Softmax followed by categorical cross-entropy for one example with class `targetIndex`.
 * Throws when the index is not a class.
 */
export function softmaxCrossEntropy(logits: readonly number[], targetIndex: number): SoftmaxCrossEntropy {
  if (!Number.isInteger(targetIndex) || targetIndex < 0 || targetIndex >= logits.length) {
    throw new Error(`softmaxCrossEntropy: class ${targetIndex} is not one of ${logits.length}`);
  }
  const maxLogit = Math.max(...logits);
  const shifted = logits.map((z) => z - maxLogit);
  const exps = shifted.map(detExp);
  const sumExp = exps.reduce((s, e) => s + e, 0);
  const probabilities = exps.map((e) => e / sumExp);
  const oneHot = logits.map((_, i) => (i === targetIndex ? 1 : 0));
  return {
    logits: [...logits],
    maxLogit,
    shifted,
    exps,
    sumExp,
    probabilities,
    oneHot,
    targetIndex,
    // −ln p_target computed as ln Σ − shifted_target: no ln(0) for very unlikely classes.
    loss: detLog(sumExp) - shifted[targetIndex],
    gradient: probabilities.map((p, i) => p - oneHot[i]),
  };
}
