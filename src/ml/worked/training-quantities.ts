/**
 * Single numbers from the optimizer and training-in-practice examples, by name, for quoting in
 * running text (`<OverfitValue of="best-degree" />`). Pure: each call recomputes from the
 * worked modules, so the prose can never drift from the figures.
 */
import { compareClipping, defaultClippingScenario } from './clipping';
import { bestByValidation, defaultDataConfig, degreeSweep, makeOverfittingData } from './polyfit';
import {
  defaultScheduleConfig,
  exponentialGamma,
  learningRateAt,
  summarizeSchedule,
  type ScheduleName,
} from './schedules';

export type OverfitQuantityName = 'best-degree' | 'best-validation' | 'best-test' | 'train' | 'validation';

export interface OverfitQuery {
  of: OverfitQuantityName;
  /** The degree, for train and validation (default 3). */
  degree?: number;
  /** Training points (default 13). */
  trainSize?: number;
  /** L2 strength λ (default 0). */
  lambda?: number;
}

/** The highest degree the overfitting figure fits. */
export const OVERFIT_MAX_DEGREE = 12;

export function overfitQuantity({ of, degree = 3, trainSize = defaultDataConfig.trainSize, lambda = 0 }: OverfitQuery) {
  const rows = degreeSweep(makeOverfittingData({ ...defaultDataConfig, trainSize }), OVERFIT_MAX_DEGREE, lambda);
  const best = bestByValidation(rows);
  switch (of) {
    case 'best-degree':
      return best.degree;
    case 'best-validation':
      return best.validationMse;
    case 'best-test':
      return best.testMse;
    case 'train':
      return rows[degree].trainMse;
    case 'validation':
      return rows[degree].validationMse;
  }
}

export type ClipQuantityName =
  | 'start-loss'
  | 'spike-step'
  | 'spike-norm'
  | 'spike-scale'
  | 'spike-loss-plain'
  | 'spike-loss-clipped'
  | 'final-loss-plain'
  | 'final-loss-clipped'
  | 'max-norm';

/** A number from the default clipping scenario (spike ×40 at step 8, c = 5). */
export function clipQuantity(of: ClipQuantityName): number {
  const s = defaultClippingScenario;
  const { plain, clipped, startLoss } = compareClipping(s);
  switch (of) {
    case 'start-loss':
      return startLoss;
    case 'spike-step':
      return s.spikeStep;
    case 'spike-norm':
      return clipped[s.spikeStep - 1].norm;
    case 'spike-scale':
      return clipped[s.spikeStep - 1].scale;
    case 'spike-loss-plain':
      return plain[s.spikeStep - 1].lossAfter;
    case 'spike-loss-clipped':
      return clipped[s.spikeStep - 1].lossAfter;
    case 'final-loss-plain':
      return plain[plain.length - 1].lossAfter;
    case 'final-loss-clipped':
      return clipped[clipped.length - 1].lossAfter;
    case 'max-norm':
      return s.maxNorm;
  }
}

export interface ScheduleQuery {
  schedule: ScheduleName;
  /** A step number, or 'mean' for the mean rate over the run. */
  at: number | 'mean';
}

/** A rate from the default schedules (η₀ = 0.1, T = 1000, W = 100). */
export function scheduleQuantity({ schedule, at }: ScheduleQuery): number {
  return at === 'mean'
    ? summarizeSchedule(schedule, defaultScheduleConfig).mean
    : learningRateAt(schedule, at, defaultScheduleConfig);
}

/** The exponential schedule's per-step factor γ for the default run. */
export function defaultExponentialGamma(): number {
  return exponentialGamma(defaultScheduleConfig);
}
