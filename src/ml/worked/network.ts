/**
 * A tiny fully worked network: n inputs → H hidden units → 1 sigmoid output, one example.
 * Forward pass, backward pass by the chain rule, and a central-difference check of every
 * gradient. Seed article 001 §4.3 intends 2 inputs → 3 hidden → 1 output for binary
 * classification with cross-entropy; `seedNetwork` is that network made consistent (two
 * weights per hidden unit, one activation used in both passes, the derivative that belongs
 * to it).
 */

import { activations, sigmoid } from './activations';
import { detLog } from './det-math';

/** Activations the hidden layer may use. The output is always a sigmoid (a probability). */
export type HiddenActivation = 'relu' | 'sigmoid' | 'tanh';

/** Loss of the single output: binary cross-entropy, or half the squared error ½(ŷ − y)². */
export type NetworkLoss = 'bce' | 'halfSquared';

/** Weights and biases. w1[i][j] connects input j to hidden unit i; w2[i] connects hidden unit i to the output. */
export interface NetworkParams {
  w1: number[][];
  b1: number[];
  w2: number[];
  b2: number;
}

/** The parameters' gradients ∂L/∂θ, shaped like the parameters. */
export type NetworkGradients = NetworkParams;

/** One training example: inputs x and a target y (0 or 1 for classification). */
export interface NetworkExample {
  x: number[];
  y: number;
}

/** Which activation and loss the worked example uses. */
export interface NetworkOptions {
  hidden: HiddenActivation;
  loss: NetworkLoss;
}

/** Values of the forward pass. */
export interface ForwardPass {
  /** Hidden pre-activations z¹ᵢ = Σⱼ w¹ᵢⱼ xⱼ + b¹ᵢ. */
  z1: number[];
  /** Hidden activations a¹ᵢ = f(z¹ᵢ). */
  a1: number[];
  /** Output pre-activation (logit) z² = Σᵢ w²ᵢ a¹ᵢ + b². */
  z2: number;
  /** ŷ = σ(z²). */
  yHat: number;
  /** L(y, ŷ). */
  loss: number;
}

/** Values of the backward pass, output to input. */
export interface BackwardPass {
  /** ∂L/∂ŷ: (ŷ − y)/(ŷ(1 − ŷ)) for cross-entropy, ŷ − y for ½(ŷ − y)². */
  dLossDYHat: number;
  /** ∂ŷ/∂z² = σ′(z²) = ŷ(1 − ŷ). */
  dYHatDZ2: number;
  /** δ² = ∂L/∂z² = ∂L/∂ŷ · ∂ŷ/∂z² (for cross-entropy exactly ŷ − y). */
  delta2: number;
  /** ∂L/∂w²ᵢ = δ² · a¹ᵢ. */
  gradW2: number[];
  /** ∂L/∂b² = δ². */
  gradB2: number;
  /** ∂L/∂a¹ᵢ = w²ᵢ · δ². */
  dLossDA1: number[];
  /** f′(z¹ᵢ), the derivative of the hidden activation actually used. */
  activationDerivative: number[];
  /** δ¹ᵢ = ∂L/∂z¹ᵢ = ∂L/∂a¹ᵢ · f′(z¹ᵢ). */
  delta1: number[];
  /** ∂L/∂w¹ᵢⱼ = δ¹ᵢ · xⱼ. */
  gradW1: number[][];
  /** ∂L/∂b¹ᵢ = δ¹ᵢ. */
  gradB1: number[];
}

/**
 * Seed 001's network, corrected: x = (0.5, 0.5), y = 0 (its first sample), output weights
 * 0.5, 0.6, 0.7 and biases 0.1 as printed; each hidden unit gets two input weights (the seed
 * printed three, 0.1/0.2/0.3, for two inputs). The third hidden unit's pre-activation is
 * negative (−0.05), so with ReLU it outputs 0 and passes no gradient back.
 */
export const seedNetwork: { params: NetworkParams; example: NetworkExample; options: NetworkOptions } = {
  params: {
    w1: [
      [0.1, 0.2],
      [0.3, 0.4],
      [-0.5, 0.2],
    ],
    b1: [0.1, 0.1, 0.1],
    w2: [0.5, 0.6, 0.7],
    b2: 0.1,
  },
  example: { x: [0.5, 0.5], y: 0 },
  options: { hidden: 'relu', loss: 'bce' },
};

/**
 * The seed's own arithmetic, recomputed: what its printed products really equal.
 * (It printed 0.15 for the first and −0.01125 for the second.)
 */
export const seedArithmetic = {
  /** 0.1·0.5 + 0.2·0.5 + 0.3·0.5 = 0.30. */
  hiddenSum: 0.1 * 0.5 + 0.2 * 0.5 + 0.3 * 0.5,
  /** 0.15 · 0.85 · (0 − 0.15) = −0.019125. */
  outputDelta: 0.15 * 0.85 * (0 - 0.15),
} as const;

function lossValue(loss: NetworkLoss, y: number, yHat: number): number {
  if (loss === 'halfSquared') return 0.5 * (yHat - y) ** 2;
  const pos = y === 0 ? 0 : y * detLog(yHat);
  const neg = y === 1 ? 0 : (1 - y) * detLog(1 - yHat);
  return 0 - (pos + neg);
}

function checkShapes(params: NetworkParams, example: NetworkExample): void {
  const hidden = params.w1.length;
  if (params.b1.length !== hidden || params.w2.length !== hidden) {
    throw new Error(
      `network: ${hidden} hidden units but ${params.b1.length} biases and ${params.w2.length} output weights`,
    );
  }
  for (const row of params.w1) {
    if (row.length !== example.x.length) {
      throw new Error(`network: a hidden unit has ${row.length} weights for ${example.x.length} inputs`);
    }
  }
}

/** The forward pass. Throws when the shapes of parameters and inputs disagree. */
export function forward(params: NetworkParams, example: NetworkExample, options: NetworkOptions): ForwardPass {
  checkShapes(params, example);
  const f = activations[options.hidden].f;
  const z1 = params.w1.map((row, i) => row.reduce((s, w, j) => s + w * example.x[j], 0) + params.b1[i]);
  const a1 = z1.map(f);
  const z2 = a1.reduce((s, a, i) => s + params.w2[i] * a, 0) + params.b2;
  const yHat = sigmoid(z2);
  return { z1, a1, z2, yHat, loss: lossValue(options.loss, example.y, yHat) };
}

/** The backward pass (chain rule) from a forward pass of the same parameters and example. */
export function backward(
  params: NetworkParams,
  example: NetworkExample,
  options: NetworkOptions,
  pass: ForwardPass,
): BackwardPass {
  const { yHat, a1, z1 } = pass;
  const { y, x } = example;
  const dLossDYHat = options.loss === 'bce' ? (yHat - y) / (yHat * (1 - yHat)) : yHat - y;
  const dYHatDZ2 = yHat * (1 - yHat);
  // For cross-entropy the product simplifies to ŷ − y; use it (it is exact and stable).
  const delta2 = options.loss === 'bce' ? yHat - y : dLossDYHat * dYHatDZ2;
  const df = activations[options.hidden].df;
  const dLossDA1 = params.w2.map((w) => w * delta2);
  const activationDerivative = z1.map(df);
  const delta1 = dLossDA1.map((g, i) => g * activationDerivative[i]);
  return {
    dLossDYHat,
    dYHatDZ2,
    delta2,
    gradW2: a1.map((a) => delta2 * a),
    gradB2: delta2,
    dLossDA1,
    activationDerivative,
    delta1,
    gradW1: delta1.map((d) => x.map((xj) => d * xj)),
    gradB1: [...delta1],
  };
}

/** Forward and backward pass together. */
export function workedNetwork(
  params: NetworkParams,
  example: NetworkExample,
  options: NetworkOptions,
): { forward: ForwardPass; backward: BackwardPass } {
  const f = forward(params, example, options);
  return { forward: f, backward: backward(params, example, options, f) };
}

/** One named scalar parameter: where it lives and how a table labels it. */
export interface ParameterSlot {
  /** Plain-text label, e.g. "w¹₁₂" (hidden unit 1, input 2). */
  label: string;
  /** How backpropagation gets its gradient, in plain text, e.g. "δ¹₁·x₂". */
  gradientFormula: string;
  get: (p: NetworkParams) => number;
  /** Returns a copy of p with this parameter set to v. */
  set: (p: NetworkParams, v: number) => NetworkParams;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => String(n).replace(/\d/g, (d) => SUB[Number(d)]);

/** Every scalar parameter in order: w¹ row by row, b¹, w², b². */
export function parameterSlots(params: NetworkParams): ParameterSlot[] {
  const slots: ParameterSlot[] = [];
  params.w1.forEach((row, i) =>
    row.forEach((_, j) =>
      slots.push({
        label: `w¹${sub(i + 1)}${sub(j + 1)}`,
        gradientFormula: `δ¹${sub(i + 1)}·x${sub(j + 1)}`,
        get: (p) => p.w1[i][j],
        set: (p, v) => ({ ...p, w1: p.w1.map((r, ii) => r.map((w, jj) => (ii === i && jj === j ? v : w))) }),
      }),
    ),
  );
  params.b1.forEach((_, i) =>
    slots.push({
      label: `b¹${sub(i + 1)}`,
      gradientFormula: `δ¹${sub(i + 1)}`,
      get: (p) => p.b1[i],
      set: (p, v) => ({ ...p, b1: p.b1.map((b, ii) => (ii === i ? v : b)) }),
    }),
  );
  params.w2.forEach((_, i) =>
    slots.push({
      label: `w²${sub(i + 1)}`,
      gradientFormula: `δ²·a¹${sub(i + 1)}`,
      get: (p) => p.w2[i],
      set: (p, v) => ({ ...p, w2: p.w2.map((w, ii) => (ii === i ? v : w)) }),
    }),
  );
  slots.push({ label: 'b²', gradientFormula: 'δ²', get: (p) => p.b2, set: (p, v) => ({ ...p, b2: v }) });
  return slots;
}

/** One row of a gradient check. */
export interface GradientCheckRow {
  label: string;
  gradientFormula: string;
  value: number;
  /** ∂L/∂θ from the backward pass. */
  analytic: number;
  /** (L(θ + h) − L(θ − h)) / 2h. */
  numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|), or 0 when both are 0. */
  relativeError: number;
}

/**
 * Compares every backward-pass gradient with a central finite difference of step h.
 * (Near a ReLU kink, |z| < h, the two may legitimately differ.)
 */
export function gradientCheck(
  params: NetworkParams,
  example: NetworkExample,
  options: NetworkOptions,
  h = 1e-5,
): { rows: GradientCheckRow[]; maxRelativeError: number } {
  const grads = workedNetwork(params, example, options).backward;
  const asParams: NetworkParams = { w1: grads.gradW1, b1: grads.gradB1, w2: grads.gradW2, b2: grads.gradB2 };
  const rows = parameterSlots(params).map((slot): GradientCheckRow => {
    const value = slot.get(params);
    const up = forward(slot.set(params, value + h), example, options).loss;
    const down = forward(slot.set(params, value - h), example, options).loss;
    const numeric = (up - down) / (2 * h);
    const analytic = slot.get(asParams);
    const scale = Math.max(Math.abs(analytic), Math.abs(numeric));
    return {
      label: slot.label,
      gradientFormula: slot.gradientFormula,
      value,
      analytic,
      numeric,
      relativeError: scale === 0 ? 0 : Math.abs(analytic - numeric) / scale,
    };
  });
  return { rows, maxRelativeError: Math.max(...rows.map((r) => r.relativeError)) };
}

/** One gradient-descent step on every parameter: θ ← θ − η·∂L/∂θ. Returns new parameters. */
export function descend(params: NetworkParams, grads: BackwardPass, learningRate: number): NetworkParams {
  return {
    w1: params.w1.map((row, i) => row.map((w, j) => w - learningRate * grads.gradW1[i][j])),
    b1: params.b1.map((b, i) => b - learningRate * grads.gradB1[i]),
    w2: params.w2.map((w, i) => w - learningRate * grads.gradW2[i]),
    b2: params.b2 - learningRate * grads.gradB2,
  };
}
