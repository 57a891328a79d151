/**
 * Gradient clipping by global norm (Pascanu, Mikolov & Bengio, ICML 2013): when the norm of the
 * whole gradient, taken over every parameter of every layer, exceeds a threshold c, scale the
 * whole gradient down to norm c. Every entry is multiplied by the same factor min(1, c/‖g‖),
 * so the direction of the step is kept and only its length is bounded.
 *
 * The worked scenario: plain gradient descent on a two-parameter bowl
 * L(θ) = ½(a₁θ₁² + a₂θ₂²), where one step (a bad batch, a cliff in the loss surface) returns a
 * gradient `spikeFactor` times too large. Run once without and once with clipping.
 */

/** ‖g‖ = √(Σ over all groups and entries of g²): the norm of the gradient of the whole model. */
export function globalNorm(groups: readonly (readonly number[])[]): number {
  let sum = 0;
  for (const group of groups) for (const g of group) sum += g * g;
  return Math.sqrt(sum);
}

/** The result of clipping one gradient. */
export interface ClipResult {
  /** The gradient after clipping, same shape as the input. */
  clipped: number[][];
  /** ‖g‖ before clipping. */
  norm: number;
  /** The factor every entry was multiplied by: min(1, c/‖g‖). */
  scale: number;
  /** ‖ĝ‖ = min(‖g‖, c). */
  clippedNorm: number;
}

/** Clips `groups` (one array per layer or tensor) to global norm at most `maxNorm` (> 0). */
export function clipByGlobalNorm(groups: readonly (readonly number[])[], maxNorm: number): ClipResult {
  if (!(maxNorm > 0)) throw new Error(`clipByGlobalNorm: the threshold must be positive, got ${maxNorm}`);
  const norm = globalNorm(groups);
  const scale = norm > maxNorm ? maxNorm / norm : 1;
  const clipped = groups.map((group) => group.map((g) => g * scale));
  return { clipped, norm, scale, clippedNorm: norm * scale };
}

/** The two-parameter example. */
export interface ClippingScenario {
  /** Curvatures a₁, a₂ of L(θ) = ½(a₁θ₁² + a₂θ₂²). */
  curvature: readonly [number, number];
  /** θ before the first step. */
  start: readonly [number, number];
  learningRate: number;
  steps: number;
  /** The 1-based step whose gradient is multiplied by spikeFactor. */
  spikeStep: number;
  spikeFactor: number;
  /** The clipping threshold c. */
  maxNorm: number;
}

export const defaultClippingScenario: ClippingScenario = {
  curvature: [1, 3],
  start: [3, 1],
  learningRate: 0.1,
  steps: 30,
  spikeStep: 8,
  spikeFactor: 40,
  maxNorm: 5,
};

/** One step of one run. */
export interface ClipStep {
  /** 1-based step number. */
  step: number;
  /** Whether this step's gradient is the spike. */
  spiked: boolean;
  thetaBefore: [number, number];
  /** The gradient as computed (spike included), before any clipping. */
  gradient: [number, number];
  /** ‖g‖ before clipping. */
  norm: number;
  /** min(1, c/‖g‖) in the clipped run, 1 in the unclipped one. */
  scale: number;
  /** The gradient actually used for the step. */
  applied: [number, number];
  /** ‖applied‖. */
  appliedNorm: number;
  thetaAfter: [number, number];
  /** L(θ) after the step. */
  lossAfter: number;
}

/** L(θ) = ½(a₁θ₁² + a₂θ₂²). */
export function bowlLoss(theta: readonly [number, number], curvature: readonly [number, number]): number {
  return 0.5 * (curvature[0] * theta[0] ** 2 + curvature[1] * theta[1] ** 2);
}

/** Runs gradient descent on the bowl, with clipping by global norm when `clip` is true. */
export function runClippingScenario(scenario: ClippingScenario, clip: boolean): ClipStep[] {
  const { curvature, learningRate, steps, spikeStep, spikeFactor, maxNorm } = scenario;
  let theta: [number, number] = [scenario.start[0], scenario.start[1]];
  const out: ClipStep[] = [];
  for (let step = 1; step <= steps; step++) {
    const spiked = step === spikeStep;
    const factor = spiked ? spikeFactor : 1;
    // Each parameter stands for one layer: the global norm runs over both.
    const gradient: [number, number] = [factor * curvature[0] * theta[0], factor * curvature[1] * theta[1]];
    const result = clip
      ? clipByGlobalNorm([[gradient[0]], [gradient[1]]], maxNorm)
      : { clipped: [[gradient[0]], [gradient[1]]], norm: globalNorm([gradient]), scale: 1 };
    const applied: [number, number] = [result.clipped[0][0], result.clipped[1][0]];
    const thetaAfter: [number, number] = [theta[0] - learningRate * applied[0], theta[1] - learningRate * applied[1]];
    out.push({
      step,
      spiked,
      thetaBefore: theta,
      gradient,
      norm: result.norm,
      scale: result.scale,
      applied,
      appliedNorm: globalNorm([applied]),
      thetaAfter,
      lossAfter: bowlLoss(thetaAfter, curvature),
    });
    theta = thetaAfter;
  }
  return out;
}

/** Both runs side by side, plus the numbers the figure's text quotes. */
export interface ClippingComparison {
  plain: ClipStep[];
  clipped: ClipStep[];
  /** L(θ₀). */
  startLoss: number;
  /** Steps at which the clipped run actually scaled its gradient (scale < 1). */
  clippedSteps: number[];
}

export function compareClipping(scenario: ClippingScenario = defaultClippingScenario): ClippingComparison {
  const clipped = runClippingScenario(scenario, true);
  return {
    plain: runClippingScenario(scenario, false),
    clipped,
    startLoss: bowlLoss(scenario.start, scenario.curvature),
    clippedSteps: clipped.filter((s) => s.scale < 1).map((s) => s.step),
  };
}
