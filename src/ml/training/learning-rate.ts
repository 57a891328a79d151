import type * as tf from '@tensorflow/tfjs';
import { learningRateAt, type ScheduleName } from '../worked/schedules';

/** An optimizer with tfjs' SGD-style setter (SGD and momentum). */
interface WithSetter {
  setLearningRate(rate: number): void;
}

function hasSetter(optimizer: object): optimizer is WithSetter {
  return typeof (optimizer as Partial<WithSetter>).setLearningRate === 'function';
}

/**
 * Changes the learning rate of an optimizer made by ./optimizers.ts, between steps, so
 * that a schedule can drive it. SGD and momentum keep the rate in a scalar tensor, which their
 * own `setLearningRate` replaces (disposing the old one: no leak). RMSprop, Adam and AdamW read
 * the plain `learningRate` field at every step (tfjs-core 4.22 declares it `protected` and has no
 * setter), so that field is written; tests/ml/mlp-playground.test.ts checks that each optimizer's
 * next step uses the new rate. (Not `instanceof tf.SGDOptimizer`: tfjs overrides `instanceof`
 * for optimizers so that every optimizer passes it.)
 */
export function setOptimizerRate(optimizer: tf.Optimizer, rate: number): void {
  if (hasSetter(optimizer)) optimizer.setLearningRate(rate);
  else (optimizer as unknown as { learningRate: number }).learningRate = rate;
}

/**
 * The rate of step t (1-based) of a run of `totalSteps` steps under `schedule`, peaking at
 * `baseRate`; warm-up (warmup-cosine) takes the first 10 % of the run. The trainer and the MLP
 * playground both schedule their runs this way.
 */
export function scheduledRate(schedule: ScheduleName, t: number, baseRate: number, totalSteps: number): number {
  return learningRateAt(schedule, t, { baseRate, totalSteps, warmupSteps: Math.round(totalSteps / 10) });
}
