import { detExp, detTanh } from './det-math';
/**
 * Activation functions and their derivatives, as plain numbers (no tensors), for worked
 * examples and plots.
 */

/** The activations the book explains. */
export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'gelu' | 'linear';

/** One activation: its value, its derivative, and how to write it. */
export interface Activation {
  name: ActivationName;
  /** Display name. */
  label: string;
  /** The formula in plain text (Unicode), for tables and screen readers. */
  formula: string;
  /** The derivative's formula in plain text. */
  derivativeFormula: string;
  f: (x: number) => number;
  /** f′(x). Where f has a kink (ReLU at 0) this returns the value frameworks use: 0. */
  df: (x: number) => number;
}

/** The slope that leaky ReLU keeps for negative inputs. */
export const LEAKY_RELU_SLOPE = 0.01;

/** σ(x) = 1 / (1 + e^(−x)), written so that neither branch overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + detExp(-x));
  const e = detExp(x);
  return e / (1 + e);
}

/** σ′(x) = σ(x)(1 − σ(x)): largest (0.25) at x = 0, vanishing as |x| grows. */
export function sigmoidDerivative(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}

const GELU_C = Math.sqrt(2 / Math.PI);

/** GELU in the tanh approximation used by BERT and GPT-2: ½x(1 + tanh(√(2/π)(x + 0.044715x³))). */
function gelu(x: number): number {
  return 0.5 * x * (1 + detTanh(GELU_C * (x + 0.044715 * x ** 3)));
}

/** The exact derivative of the tanh-approximated GELU above. */
function geluDerivative(x: number): number {
  const u = GELU_C * (x + 0.044715 * x ** 3);
  const t = detTanh(u);
  const du = GELU_C * (1 + 3 * 0.044715 * x * x);
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du;
}

/** Every activation by name. */
export const activations: Record<ActivationName, Activation> = {
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid',
    formula: 'σ(x) = 1 / (1 + e^(−x))',
    derivativeFormula: 'σ′(x) = σ(x)·(1 − σ(x))',
    f: sigmoid,
    df: sigmoidDerivative,
  },
  tanh: {
    name: 'tanh',
    label: 'tanh',
    formula: 'tanh(x) = (eˣ − e^(−x)) / (eˣ + e^(−x))',
    derivativeFormula: 'tanh′(x) = 1 − tanh²(x)',
    f: detTanh,
    df: (x) => 1 - detTanh(x) ** 2,
  },
  relu: {
    name: 'relu',
    label: 'ReLU',
    formula: 'ReLU(x) = max(0, x)',
    derivativeFormula: 'ReLU′(x) = 1 if x > 0, else 0',
    f: (x) => Math.max(0, x),
    df: (x) => (x > 0 ? 1 : 0),
  },
  leakyRelu: {
    name: 'leakyRelu',
    label: 'Leaky ReLU',
    formula: `LeakyReLU(x) = x if x > 0, else ${LEAKY_RELU_SLOPE}·x`,
    derivativeFormula: `LeakyReLU′(x) = 1 if x > 0, else ${LEAKY_RELU_SLOPE}`,
    f: (x) => (x > 0 ? x : LEAKY_RELU_SLOPE * x),
    df: (x) => (x > 0 ? 1 : LEAKY_RELU_SLOPE),
  },
  gelu: {
    name: 'gelu',
    label: 'GELU',
    formula: 'GELU(x) ≈ ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))',
    derivativeFormula: 'GELU′(x), differentiated from the same formula',
    f: gelu,
    df: geluDerivative,
  },
  linear: {
    name: 'linear',
    label: 'Linear (identity)',
    formula: 'f(x) = x',
    derivativeFormula: 'f′(x) = 1',
    f: (x) => x,
    df: () => 1,
  },
};

/** All activation names, in the order a chooser lists them. */
export const activationNames = Object.keys(activations) as ActivationName[];

/** f(x) and f′(x) of one activation at one point. */
export function activationAt(name: ActivationName, x: number): { x: number; value: number; derivative: number } {
  const a = activations[name];
  return { x, value: a.f(x), derivative: a.df(x) };
}

/** `count` evenly spaced points x₀ = from … x_{count−1} = to, inclusive (count ≥ 2). */
export function linspace(from: number, to: number, count: number): number[] {
  if (count < 2) throw new Error('linspace: need at least two points');
  const step = (to - from) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? to : from + i * step));
}

/** f and f′ sampled on [from, to], ready to plot. */
export function sampleActivation(
  name: ActivationName,
  from: number,
  to: number,
  count: number,
): { x: number; value: number; derivative: number }[] {
  return linspace(from, to, count).map((x) => activationAt(name, x));
}
