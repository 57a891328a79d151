import { detExp } from './det-math';
/**
 * Scaled dot-product attention on a six-word sentence, small enough to print every number:
 * Q = X·W_Q, K = X·W_K, V = X·W_V, scores S = Q·Kᵀ / (τ·√d_k), an optional causal mask,
 * weights A = softmax(S) row by row, output Z = A·V. Sinusoidal positional encodings as in
 * Vaswani et al. (2017). Pure functions on plain arrays, no TF.js.
 */

export type Matrix = number[][];

/** Rows × columns of a (rectangular) matrix. */
export function shape(m: readonly (readonly number[])[]): [number, number] {
  return [m.length, m.length ? m[0].length : 0];
}

export function matMul(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): Matrix {
  const [n, inner] = shape(a);
  const [innerB, p] = shape(b);
  if (inner !== innerB) throw new Error(`matMul: ${n}×${inner} times ${innerB}×${p}`);
  return a.map((row) => Array.from({ length: p }, (_, j) => row.reduce((s, x, k) => s + x * b[k][j], 0)));
}

export function transpose(m: readonly (readonly number[])[]): Matrix {
  const [rows, cols] = shape(m);
  return Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => m[i][j]));
}

export function add(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): Matrix {
  return a.map((row, i) => row.map((x, j) => x + b[i][j]));
}

/** Softmax of one row; −∞ entries get weight exactly 0. Subtracts the maximum first (stable). */
export function softmax(row: readonly number[]): number[] {
  const max = Math.max(...row);
  const exps = row.map((x) => (x === Number.NEGATIVE_INFINITY ? 0 : detExp(x - max)));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * Sinusoidal positional encodings (Vaswani et al. 2017, section 3.5): for position pos and
 * dimension pair i, PE[pos][2i] = sin(pos / 10000^(2i/d)) and PE[pos][2i+1] = cos(same).
 */
export function sinusoidalPositions(length: number, dim: number): Matrix {
  if (dim % 2 !== 0) throw new Error('sinusoidalPositions: the dimension must be even');
  return Array.from({ length }, (_, pos) =>
    Array.from({ length: dim }, (_, d) => {
      const i = Math.floor(d / 2);
      const angle = pos / 10000 ** ((2 * i) / dim);
      return d % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }),
  );
}

/** The causal mask: 0 where key j ≤ query i (the past and itself), −∞ for the future. */
export function causalMask(length: number): Matrix {
  return Array.from({ length }, (_, i) => Array.from({ length }, (_, j) => (j <= i ? 0 : Number.NEGATIVE_INFINITY)));
}

export interface AttentionOptions {
  /** Hide the future: query i may attend only to keys 0…i. */
  causal?: boolean;
  /** Temperature τ multiplying √d_k in the denominator (1 = the standard scaling). */
  temperature?: number;
  /** Divide by √d_k at all (false shows what the scaling prevents). */
  scale?: boolean;
}

export interface AttentionResult {
  Q: Matrix;
  K: Matrix;
  V: Matrix;
  /** Q·Kᵀ before scaling. */
  dots: Matrix;
  /** The divisor: τ·√d_k (or τ without scaling). */
  divisor: number;
  /** Q·Kᵀ / divisor, with −∞ where the mask hides a key. */
  scores: Matrix;
  /** Softmax of each row of the scores: every row sums to 1. */
  weights: Matrix;
  /** A·V: each row a weighted average of the value vectors. */
  output: Matrix;
  dk: number;
}

/** softmax(Q·Kᵀ / (τ·√d_k) + M)·V for Q = X·W_Q, K = X·W_K, V = X·W_V. */
export function selfAttention(
  X: readonly (readonly number[])[],
  Wq: readonly (readonly number[])[],
  Wk: readonly (readonly number[])[],
  Wv: readonly (readonly number[])[],
  { causal = false, temperature = 1, scale = true }: AttentionOptions = {},
): AttentionResult {
  if (!(temperature > 0)) throw new Error('selfAttention: the temperature must be positive');
  const Q = matMul(X, Wq);
  const K = matMul(X, Wk);
  const V = matMul(X, Wv);
  const dk = shape(Wk)[1];
  if (shape(Wq)[1] !== dk) throw new Error('selfAttention: queries and keys need the same width d_k');
  const dots = matMul(Q, transpose(K));
  const divisor = temperature * (scale ? Math.sqrt(dk) : 1);
  const mask = causal ? causalMask(X.length) : undefined;
  const scores = dots.map((row, i) => row.map((x, j) => x / divisor + (mask ? mask[i][j] : 0)));
  const weights = scores.map(softmax);
  return { Q, K, V, dots, divisor, scores, weights, output: matMul(weights, V), dk };
}

// ---------------------------------------------------------------------------------------------
// The worked example

/**
 * Hand-made features of each word (not learned): [determiner, noun, verb, preposition]. A
 * real model learns hundreds of such dimensions, none of them this readable.
 */
export const wordFeatures: Record<string, readonly number[]> = {
  the: [1, 0, 0, 0],
  cat: [0, 1, 0, 0],
  sat: [0, 0, 1, 0],
  on: [0, 0, 0, 1],
  mat: [0, 1, 0, 0],
};

export const exampleSentence = ['the', 'cat', 'sat', 'on', 'the', 'mat'] as const;

/** Word features per token. */
export const FEATURE_DIM = 4;
/** Positional dimensions per token (a sinusoidal pair: sin(pos), cos(pos)). */
export const POSITION_DIM = 2;
/** d_model: the width of every token vector in the example, and d_k = d_v. */
export const MODEL_DIM = FEATURE_DIM + POSITION_DIM;

/**
 * W_Q and W_K are chosen so that q_i·k_j rewards the pairs a reader expects. On the word
 * features, q_i·k_j = 4·x_iᵀ·B·x_j with B rewarding (query → key): determiner → itself (1),
 * noun → determiner (2) and itself (1), verb → noun (2) and itself (1), preposition → noun (2)
 * and itself (1). On the two positional dimensions q_i·k_j gains
 * sin(i)·sin(j) + cos(i)·cos(j) = cos(i − j), so nearby words score a little higher.
 * W_V is the identity, so each output row is a weighted average of the input vectors.
 */
export const exampleWeights = {
  Wq: [
    [2, 0, 0, 0, 0, 0],
    [0, 2, 0, 0, 0, 0],
    [0, 0, 2, 0, 0, 0],
    [0, 0, 0, 2, 0, 0],
    [0, 0, 0, 0, 1, 0],
    [0, 0, 0, 0, 0, 1],
  ],
  Wk: [
    [2, 4, 0, 0, 0, 0],
    [0, 2, 4, 4, 0, 0],
    [0, 0, 2, 0, 0, 0],
    [0, 0, 0, 2, 0, 0],
    [0, 0, 0, 0, 1, 0],
    [0, 0, 0, 0, 0, 1],
  ],
  Wv: identity(MODEL_DIM),
};

function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

export interface ExampleOptions extends AttentionOptions {
  /** Fill the positional dimensions with sinusoidal encodings (default true); zeros otherwise. */
  positions?: boolean;
}

/**
 * Input vectors of the example: four word features, then two positional dimensions that hold
 * sinusoidal encodings (or zeros). Keeping them apart makes the example readable; the
 * Transformer adds the encodings to all dimensions of the word vectors instead.
 */
export function exampleInputs(positions = true): Matrix {
  const pe = sinusoidalPositions(exampleSentence.length, POSITION_DIM);
  return exampleSentence.map((w, pos) => [...wordFeatures[w], ...(positions ? pe[pos] : [0, 0])]);
}

/** The figure's attention: the six-word sentence through the example weights. */
export function exampleAttention({ positions = true, ...options }: ExampleOptions = {}): AttentionResult {
  const { Wq, Wk, Wv } = exampleWeights;
  return selfAttention(exampleInputs(positions), Wq, Wk, Wv, options);
}
