/**
 * Adam (Kingma & Ba, ICLR 2015), one coordinate at a time, with and without the bias
 * correction m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ). Without it the moment estimates start near
 * zero (they are initialised to 0): at t = 1 with β₁ = 0.9, m is 10× too small, and with
 * β₂ = 0.999, v is 1000× too small, so the uncorrected step is √1000/10 ≈ 3.16× too large.
 */

/** Adam's hyperparameters. */
export interface AdamConfig {
  /** Step size α (η). */
  learningRate: number;
  /** Decay of the first-moment (mean) estimate. */
  beta1: number;
  /** Decay of the second-moment (uncentred variance) estimate. */
  beta2: number;
  /** Small constant added to √v̂ so the division is safe: numerical stability, not regularisation. */
  epsilon: number;
}

/** The defaults of the Adam paper and of most frameworks, except the learning rate (0.001 there). */
export const defaultAdamConfig: AdamConfig = { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

/** The running state of one coordinate. */
export interface AdamState {
  theta: number;
  /** First moment m (starts at 0). */
  m: number;
  /** Second moment v (starts at 0). */
  v: number;
  /** Steps taken so far (t starts at 0, so the first step is t = 1). */
  t: number;
}

/** Every value of one Adam step on one coordinate. */
export interface AdamStepValues {
  /** The step number t (1 for the first step). */
  t: number;
  thetaBefore: number;
  gradient: number;
  /** m_t = β₁·m_{t−1} + (1 − β₁)·g. */
  m: number;
  /** v_t = β₂·v_{t−1} + (1 − β₂)·g². */
  v: number;
  /** 1 − β₁ᵗ. */
  correction1: number;
  /** 1 − β₂ᵗ. */
  correction2: number;
  /** m̂ = m_t / (1 − β₁ᵗ). */
  mHat: number;
  /** v̂ = v_t / (1 − β₂ᵗ). */
  vHat: number;
  /** α·m̂/(√v̂ + ε), the amount subtracted with bias correction. */
  update: number;
  /** θ − update. */
  thetaAfter: number;
  /** α·m/(√v + ε), the amount the uncorrected rule (as printed in seed 000) would subtract. */
  uncorrectedUpdate: number;
  /** θ − uncorrectedUpdate. */
  uncorrectedThetaAfter: number;
  /** The state after the (bias-corrected) step. */
  next: AdamState;
}

/** A fresh state for parameter value θ. */
export function initialAdamState(theta: number): AdamState {
  return { theta, m: 0, v: 0, t: 0 };
}

/**
 * One Adam step on one coordinate, reporting both the bias-corrected update (which it applies
 * to `next`) and the uncorrected one (for comparison only; both share m and v).
 */
export function adamStep(state: AdamState, gradient: number, config: AdamConfig = defaultAdamConfig): AdamStepValues {
  const { learningRate: lr, beta1, beta2, epsilon } = config;
  const t = state.t + 1;
  const m = beta1 * state.m + (1 - beta1) * gradient;
  const v = beta2 * state.v + (1 - beta2) * gradient * gradient;
  const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;
  const mHat = m / correction1;
  const vHat = v / correction2;
  const update = (lr * mHat) / (Math.sqrt(vHat) + epsilon);
  const uncorrectedUpdate = (lr * m) / (Math.sqrt(v) + epsilon);
  return {
    t,
    thetaBefore: state.theta,
    gradient,
    m,
    v,
    correction1,
    correction2,
    mHat,
    vHat,
    update,
    thetaAfter: state.theta - update,
    uncorrectedUpdate,
    uncorrectedThetaAfter: state.theta - uncorrectedUpdate,
    next: { theta: state.theta - update, m, v, t },
  };
}

/** The first Adam step on each coordinate of θ (fresh moments), e.g. for seed 000's θ and g. */
export function adamFirstStep(
  theta: readonly number[],
  gradient: readonly number[],
  config: AdamConfig = defaultAdamConfig,
): AdamStepValues[] {
  if (theta.length !== gradient.length) {
    throw new Error(`adamFirstStep: ${theta.length} parameters but ${gradient.length} gradient entries`);
  }
  return theta.map((th, i) => adamStep(initialAdamState(th), gradient[i], config));
}

/**
 * `steps` Adam steps on one coordinate fed the same gradient each time: shows how the
 * uncorrected update differs from the corrected one early on and converges to it as t grows
 * (1 − βᵗ → 1).
 */
export function adamConstantGradientRun(
  theta: number,
  gradient: number,
  steps: number,
  config: AdamConfig = defaultAdamConfig,
): AdamStepValues[] {
  const out: AdamStepValues[] = [];
  let state = initialAdamState(theta);
  for (let i = 0; i < steps; i++) {
    const step = adamStep(state, gradient, config);
    out.push(step);
    state = step.next;
  }
  return out;
}
