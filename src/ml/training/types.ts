import type { ScheduleName } from '../worked/schedules';
import type { AccuracyKind, LossName } from './losses';
import type { OptimizerName, OptimizerOptions } from './optimizers';

/**
 * Where a training run is. `idle` → `training` ⇄ `paused` → `done` | `stopped` | `error`
 * (the last three are final: to train again, dispose and create a new trainer).
 */
export type TrainingState = 'idle' | 'training' | 'paused' | 'done' | 'stopped' | 'error';

/**
 * Settings of a run. Plain data (numbers and strings): it can be stored, shown, or posted to a
 * Web Worker as is.
 */
export interface TrainConfig {
  optimizer: OptimizerName;
  learningRate: number;
  /**
   * How the rate changes over the run (default constant): `learningRate` is the peak η₀ and the
   * schedule spans every step of the run (epochs × batches, or maxSteps if smaller); warm-up takes
   * the first 10 %. See ../worked/schedules.ts.
   */
  schedule?: ScheduleName;
  /** Extra optimizer hyperparameters (momentum, betas, weight decay…). */
  optimizerOptions?: OptimizerOptions;
  loss: LossName;
  /** How accuracy is counted; default follows the loss (categorical for categorical cross-entropy…). */
  accuracy?: AccuracyKind;
  /** Examples per gradient step; the last batch of an epoch may be smaller. */
  batchSize: number;
  epochs: number;
  /** Seed of the per-epoch shuffling (model weights have their own seed, in the model config). */
  seed: number;
  /** Shuffle the training examples each epoch (default true). */
  shuffle?: boolean;
  /** Examples per validation batch (default 500). */
  validationBatchSize?: number;
  /**
   * Batches whose loss and accuracy are summed on the device and read back together (default 1).
   * Larger values mean fewer read-backs (and fewer, averaged, batch events).
   */
  readEvery?: number;
  /**
   * Read back once this many milliseconds of training have passed instead, summing the batches in
   * between on the device (`readEvery` is then ignored). A plain `model.fit` reads its logs only at
   * the end of an epoch; a per-batch read costs a GPU sync each step, which dominates for small
   * models on WebGL. The labs use 100 ms: ten chart updates a second.
   */
  readIntervalMs?: number;
  /** Read-backs allowed in flight before the loop waits for the oldest (default 2). */
  maxPendingReads?: number;
  /** Yield to the event loop every this many batches (default 1). */
  yieldEvery?: number;
  /** Stop after this many batches in total (default: no limit). For demos and tests. */
  maxSteps?: number;
}

/** A change of {@link TrainingState}. */
export interface StateEvent {
  type: 'state';
  state: TrainingState;
  previous: TrainingState;
  /** The error's message when `state` is 'error'. */
  error?: string;
}

/** Loss and accuracy of one training batch (or the mean over `readEvery` batches ending here). */
export interface BatchEvent {
  type: 'batch';
  /** 1-based epoch. */
  epoch: number;
  /** 1-based batch within the epoch. */
  batch: number;
  batchesPerEpoch: number;
  /** 1-based count of gradient steps since the start. */
  step: number;
  loss: number;
  /** null when the run counts no accuracy (regression). */
  accuracy: number | null;
  /** Training throughput since the previous batch event (paused time excluded). */
  examplesPerSecond: number;
}

/** End of an epoch: training means over the epoch and the validation result. */
export interface EpochEvent {
  type: 'epoch';
  /** 1-based epoch. */
  epoch: number;
  /** Mean of the batch losses over the epoch, weighted by batch size. */
  trainLoss: number;
  trainAccuracy: number | null;
  /** null without a validation set. */
  valLoss: number | null;
  valAccuracy: number | null;
  /** Training examples per second over the epoch (validation and pauses excluded). */
  examplesPerSecond: number;
  /** `tf.memory().numTensors` after the epoch was cleaned up: flat from epoch to epoch. */
  numTensors: number;
}

export type TrainingEvent = StateEvent | BatchEvent | EpochEvent;

/** What `start()` resolves to once the run has ended. */
export interface TrainingResult {
  state: 'done' | 'stopped' | 'error';
  /** Every epoch event, in order. */
  epochs: EpochEvent[];
  /** Gradient steps taken. */
  steps: number;
  error?: Error;
}
