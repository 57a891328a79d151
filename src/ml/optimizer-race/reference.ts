/**
 * The update rules of the race's optimizers written out in plain float64, exactly as TF.js 4.22
 * implements them (read from tfjs-core's optimizers/*.js), with every intermediate value. The
 * race runs TF.js; this mirror explains each step ("Step" shows its terms) and lets tests check
 * the library against the formulas:
 *
 * - SGD:      θ ← θ − η·g
 * - momentum: v ← μ·v + g;  θ ← θ − η·v                          (no (1 − μ) factor; v₀ = 0)
 * - RMSprop:  s ← ρ·s + (1 − ρ)·g²;  θ ← θ − η·g/√(s + ε)        (ε inside the root; not centred)
 * - Adam:     m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  θ ← θ − η·m̂/(√v̂ + ε), m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)
 * - AdamW:    θ ← θ − η·λ·θ, then the Adam step (λ applied to θ before the step)
 * - Adam without bias correction: θ ← θ − η·m/(√v + ε)
 */
import type { RaceHyperparameters, RacerName } from './racers';
import type { Point } from './surfaces';

/** An optimizer's running state for one racer (both coordinates); all zero at the start. */
export interface ReferenceState {
  /** Steps taken. */
  t: number;
  /** Momentum's velocity v. */
  velocity: Point;
  /** RMSprop's running mean of g², s. */
  meanSquare: Point;
  /** Adam's first moment m. */
  m: Point;
  /** Adam's second moment v. */
  v: Point;
}

export const initialReferenceState: ReferenceState = {
  t: 0,
  velocity: [0, 0],
  meanSquare: [0, 0],
  m: [0, 0],
  v: [0, 0],
};

/** One named intermediate value of an update, per coordinate. */
export interface UpdateTerm {
  symbol: string;
  value: Point;
}

/** Everything about one step of one racer. */
export interface UpdateExplanation {
  racer: RacerName;
  /** The step number (1 for the first). */
  t: number;
  before: Point;
  gradient: Point;
  /** The rule, in symbols. */
  rule: string;
  /** Intermediate values in the order the rule computes them. */
  terms: UpdateTerm[];
  /** after − before by the formula. */
  delta: Point;
  after: Point;
}

/** The update rule of each racer, in symbols. */
export const UPDATE_RULES: Readonly<Record<RacerName, string>> = {
  sgd: 'Δθ = −η·g',
  momentum: 'v ← μ·v + g;  Δθ = −η·v',
  rmsprop: 's ← ρ·s + (1 − ρ)·g²;  Δθ = −η·g / √(s + ε)',
  adam: 'm ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  m̂ = m/(1 − β₁ᵗ);  v̂ = v/(1 − β₂ᵗ);  Δθ = −η·m̂ / (√v̂ + ε)',
  adamw: 'Adam’s m, v, m̂, v̂;  Δθ = −η·λ·θ − η·m̂ / (√v̂ + ε)',
  'adam-uncorrected': 'm ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  Δθ = −η·m / (√v + ε)',
};

const map2 = (f: (i: 0 | 1) => number): Point => [f(0), f(1)];

/**
 * One step of `racer` from `state` at `before` with gradient `gradient` (both coordinates).
 * Pure: returns the explanation and the next state.
 */
export function referenceStep(
  racer: RacerName,
  state: ReferenceState,
  before: Point,
  gradient: Point,
  h: RaceHyperparameters,
): { explanation: UpdateExplanation; next: ReferenceState } {
  const { learningRate: lr, beta1, beta2, epsilon } = h;
  const t = state.t + 1;
  const g = gradient;
  const next: ReferenceState = { ...state, t };
  let terms: UpdateTerm[] = [];
  let delta: Point;
  switch (racer) {
    case 'sgd':
      delta = map2((i) => -lr * g[i]);
      break;
    case 'momentum': {
      const v = map2((i) => h.momentum * state.velocity[i] + g[i]);
      next.velocity = v;
      terms = [{ symbol: 'v', value: v }];
      delta = map2((i) => -lr * v[i]);
      break;
    }
    case 'rmsprop': {
      const s = map2((i) => h.rho * state.meanSquare[i] + (1 - h.rho) * g[i] * g[i]);
      next.meanSquare = s;
      terms = [{ symbol: 's', value: s }];
      delta = map2((i) => (-lr * g[i]) / Math.sqrt(s[i] + epsilon));
      break;
    }
    case 'adam':
    case 'adamw':
    case 'adam-uncorrected': {
      const m = map2((i) => beta1 * state.m[i] + (1 - beta1) * g[i]);
      const v = map2((i) => beta2 * state.v[i] + (1 - beta2) * g[i] * g[i]);
      next.m = m;
      next.v = v;
      terms = [
        { symbol: 'm', value: m },
        { symbol: 'v', value: v },
      ];
      if (racer === 'adam-uncorrected') {
        delta = map2((i) => (-lr * m[i]) / (Math.sqrt(v[i]) + epsilon));
        break;
      }
      const mHat = map2((i) => m[i] / (1 - beta1 ** t));
      const vHat = map2((i) => v[i] / (1 - beta2 ** t));
      terms.push({ symbol: 'm̂', value: mHat }, { symbol: 'v̂', value: vHat });
      const adamDelta = map2((i) => (-lr * mHat[i]) / (Math.sqrt(vHat[i]) + epsilon));
      if (racer === 'adam') {
        delta = adamDelta;
        break;
      }
      const decay = map2((i) => -lr * h.weightDecay * before[i]);
      terms.push({ symbol: '−η·λ·θ', value: decay });
      delta = map2((i) => decay[i] + adamDelta[i]);
      break;
    }
  }
  const after = map2((i) => before[i] + delta[i]);
  return {
    explanation: { racer, t, before, gradient, rule: UPDATE_RULES[racer], terms, delta, after },
    next,
  };
}
