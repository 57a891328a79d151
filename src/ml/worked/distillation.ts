import { detExp, log2 } from './det-math';
/**
 * The temperature softmax of knowledge distillation (Hinton, Vinyals and Dean, 2015):
 *   p_i(T) = exp(z_i / T) / Σ_j exp(z_j / T)
 * T = 1 is the ordinary softmax; larger T spreads probability onto the classes the teacher
 * considers second best, which is what a student learns from.
 */

/** Softmax of `logits / temperature`, computed stably (the largest logit is subtracted first). */
export function softmaxWithTemperature(logits: readonly number[], temperature = 1): number[] {
  if (logits.length === 0) throw new Error('softmaxWithTemperature: no logits');
  if (!(temperature > 0)) throw new Error(`softmaxWithTemperature: temperature must be > 0, got ${temperature}`);
  const max = Math.max(...logits);
  const exps = logits.map((z) => detExp((z - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Entropy −Σ p log₂ p in bits: 0 for a one-hot distribution, log₂ K for a uniform one over K classes. */
export function entropyBits(probabilities: readonly number[]): number {
  return -probabilities.reduce((s, p) => (p > 0 ? s + p * log2(p) : s), 0);
}

/**
 * Teacher logits for one handwritten "3", classes 0…9: the teacher is sure it is a 3, but also
 * sees some resemblance to 5 and 8. Illustrative numbers chosen for the figure, not a trained model's.
 */
export const teacherLogits: readonly number[] = [-1, 0.5, 1, 9, -2, 5.5, -1.5, 0, 4.5, 1.5];

/** Class names of the figure: the ten digits. */
export const digitClasses: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
