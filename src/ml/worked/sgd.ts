/**
 * One step of (stochastic) gradient descent, θ ← θ − η·g, with every term shown.
 */

/** One coordinate of an SGD step. */
export interface SgdRow {
  /** 1-based coordinate number. */
  index: number;
  /** θᵢ before the step. */
  before: number;
  /** gᵢ = ∂L/∂θᵢ. */
  gradient: number;
  /** η·gᵢ, the amount subtracted. */
  update: number;
  /** θᵢ − η·gᵢ. */
  after: number;
}

/**
 * Seed 000's example made consistent: three parameters need three gradient entries
 * (it printed ten). θ₀ = (0.5, 0.5, 0.5), g = (0.1, 0.2, 0.3), η = 0.1 give
 * θ₁ = (0.49, 0.48, 0.47); the seed printed 0.4 for 0.5 − 0.1·0.1.
 */
export const seedSgdExample = {
  theta: [0.5, 0.5, 0.5],
  gradient: [0.1, 0.2, 0.3],
  learningRate: 0.1,
} as const;

/** One SGD step. Throws when θ and g differ in length: every parameter needs its own partial derivative. */
export function sgdStep(theta: readonly number[], gradient: readonly number[], learningRate: number): SgdRow[] {
  if (theta.length !== gradient.length) {
    throw new Error(`sgdStep: ${theta.length} parameters but ${gradient.length} gradient entries`);
  }
  return theta.map((before, i) => {
    const update = learningRate * gradient[i];
    return { index: i + 1, before, gradient: gradient[i], update, after: before - update };
  });
}
