/**
 * Learning-rate schedules: the rate ηₜ used at step t = 1 … T of a training run. Pure
 * functions of the step number and a config; no state, so a chart can sample any step.
 *
 * - constant:     ηₜ = η₀
 * - step:         ηₜ = η₀ · γₛᵏ⁽ᵗ⁾, k(t) = milestones passed (×0.1 at 50 % and 75 % of T by default,
 *                 the schedule He et al. used for ResNets on CIFAR-10)
 * - exponential:  ηₜ = η₀ · γᵗ with γ chosen so that η_T = η₀ · finalFraction
 * - cosine:       ηₜ = η_min + ½(η₀ − η_min)(1 + cos(π t / T))   (Loshchilov & Hutter, SGDR)
 * - warmup-cosine: ηₜ = η₀ · t / W for t ≤ W, then the cosine over the remaining T − W steps
 */

export type ScheduleName = 'constant' | 'step' | 'exponential' | 'cosine' | 'warmup-cosine';

/** Everything a schedule needs. */
export interface ScheduleConfig {
  /** Peak (base) learning rate η₀. */
  baseRate: number;
  /** Total number of optimizer steps T (≥ 1). */
  totalSteps: number;
  /** Warm-up steps W (used by warmup-cosine only); clamped to [0, T − 1]. */
  warmupSteps: number;
  /** Floor of the cosine schedules, η_min (default 0). */
  minRate?: number;
  /** Step schedule: the rate is multiplied by this at each milestone (default 0.1). */
  stepFactor?: number;
  /** Step schedule: milestones as fractions of T (default 0.5 and 0.75). */
  stepMilestones?: readonly number[];
  /** Exponential schedule: η_T / η₀ (default 0.01). */
  finalFraction?: number;
}

/** The schedules the chart draws, in legend order, with a one-line description each. */
export const scheduleNames: readonly ScheduleName[] = ['step', 'exponential', 'cosine', 'warmup-cosine'];

export const scheduleLabels: Record<ScheduleName, string> = {
  constant: 'constant',
  step: 'step decay',
  exponential: 'exponential decay',
  cosine: 'cosine decay',
  'warmup-cosine': 'linear warm-up, then cosine',
};

const DEFAULT_MILESTONES = [0.5, 0.75] as const;

/** The warm-up length actually used: a whole number in [0, T − 1]. */
export function effectiveWarmup(config: ScheduleConfig): number {
  return Math.max(0, Math.min(Math.round(config.warmupSteps), config.totalSteps - 1));
}

/** The step numbers at which the step schedule multiplies the rate by its factor. */
export function stepMilestones(config: ScheduleConfig): number[] {
  const fractions = config.stepMilestones ?? DEFAULT_MILESTONES;
  return fractions.map((f) => Math.round(f * config.totalSteps));
}

/** The per-step factor γ of the exponential schedule: γᵀ = finalFraction. */
export function exponentialGamma(config: ScheduleConfig): number {
  return (config.finalFraction ?? 0.01) ** (1 / config.totalSteps);
}

/** ½(1 + cos(π p)) for progress p in [0, 1]: 1 at the start, 0 at the end. */
function cosineFactor(progress: number): number {
  return 0.5 * (1 + Math.cos(Math.PI * Math.min(1, Math.max(0, progress))));
}

/** The learning rate of schedule `name` at step t (1-based; t = 0 gives the rate before training). */
export function learningRateAt(name: ScheduleName, t: number, config: ScheduleConfig): number {
  const { baseRate, totalSteps } = config;
  const minRate = config.minRate ?? 0;
  switch (name) {
    case 'constant':
      return baseRate;
    case 'step': {
      const passed = stepMilestones(config).filter((m) => t > m).length;
      return baseRate * (config.stepFactor ?? 0.1) ** passed;
    }
    case 'exponential':
      return baseRate * exponentialGamma(config) ** t;
    case 'cosine':
      return minRate + (baseRate - minRate) * cosineFactor(t / totalSteps);
    case 'warmup-cosine': {
      const w = effectiveWarmup(config);
      if (t <= w) return (baseRate * t) / w;
      return minRate + (baseRate - minRate) * cosineFactor((t - w) / (totalSteps - w));
    }
  }
}

/** The rate at every step 1 … T. */
export function scheduleSeries(name: ScheduleName, config: ScheduleConfig): number[] {
  return Array.from({ length: config.totalSteps }, (_, i) => learningRateAt(name, i + 1, config));
}

/** Facts about one schedule over a run, for tables and tests. */
export interface ScheduleSummary {
  name: ScheduleName;
  /** η at step 1. */
  first: number;
  /** η at step ⌈T/2⌉. */
  middle: number;
  /** η at step T. */
  last: number;
  /** The largest rate used and the first step that uses it. */
  peak: number;
  peakStep: number;
  /** Mean rate over the run: Σηₜ / T. Σηₜ is roughly how far the optimizer may travel. */
  mean: number;
}

export function summarizeSchedule(name: ScheduleName, config: ScheduleConfig): ScheduleSummary {
  const series = scheduleSeries(name, config);
  let peakStep = 1;
  series.forEach((rate, i) => {
    if (rate > series[peakStep - 1]) peakStep = i + 1;
  });
  return {
    name,
    first: series[0],
    middle: series[Math.ceil(config.totalSteps / 2) - 1],
    last: series[series.length - 1],
    peak: series[peakStep - 1],
    peakStep,
    mean: series.reduce((a, b) => a + b, 0) / series.length,
  };
}

/** The chart's starting point: η₀ = 0.1 (the ResNet SGD rate), T = 1000, W = 100. */
export const defaultScheduleConfig: ScheduleConfig = { baseRate: 0.1, totalSteps: 1000, warmupSteps: 100 };
