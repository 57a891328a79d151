import * as tf from '@tensorflow/tfjs';
import { mulberry32, permutation } from '../../lib/random';
import type { DeviceDataset } from '../data/device';
import { scheduledRate, setOptimizerRate } from './learning-rate';
import { defaultAccuracy } from './losses';
import { createOptimizer } from './optimizers';
import { ActiveClock, StatsReader, type ReadStats } from './stats-reader';
import { checkShapes, evaluateSums, trainableVariables, trainBatch, type Task } from './steps';
import type { EpochEvent, TrainConfig, TrainingEvent, TrainingResult, TrainingState } from './types';
import { yieldToEventLoop, type YieldFn } from './yield';

/** Everything a run needs. The caller owns (and disposes) the model and the datasets. */
export interface TrainerSetup {
  model: tf.LayersModel;
  train: DeviceDataset;
  validation?: DeviceDataset;
  config: TrainConfig;
  /** Receives every event, synchronously, in order (same as `subscribe`). */
  onEvent?: (event: TrainingEvent) => void;
  /** How to give the event loop a turn between batches (default {@link yieldToEventLoop}). */
  yieldFn?: YieldFn;
  /** Aborting it stops the run, like `stop()`. */
  signal?: AbortSignal;
}

const FINAL: readonly TrainingState[] = ['done', 'stopped', 'error'];

/**
 * One training run with start / pause / resume / step / stop controls, emitting typed
 * {@link TrainingEvent}s (to `onEvent` and to `subscribe`rs). The same loop serves every lab:
 * it knows nothing about the data beyond a {@link DeviceDataset} and a loss.
 *
 * Speed: data stay on the device; batches are gathered there through a per-epoch shuffled index
 * tensor; loss and accuracy come back through asynchronous reads kept in flight
 * ({@link StatsReader}), never `dataSync()`. Memory: each step runs in `tf.tidy`, so the tensor
 * count is the same at the end of every epoch; `dispose()` frees the optimizer too.
 */
export class Trainer {
  private current: TrainingState = 'idle';
  private readonly listeners = new Set<(event: TrainingEvent) => void>();
  private readonly clock = new ActiveClock();
  private readonly epochs: EpochEvent[] = [];
  private readonly yieldFn: YieldFn;
  private optimizer: tf.Optimizer | undefined;
  private runPromise: Promise<TrainingResult> | undefined;
  private stopRequested = false;
  private pendingSteps = 0;
  private stepWaiters: (() => void)[] = [];
  private wake: (() => void) | undefined;
  private steps = 0;
  private rate: number | undefined;
  private position = { epoch: 0, batch: 0 };
  private totals = { examples: 0, lossSum: 0, accuracySum: 0 };
  private lastCompletedAt = 0;
  private disposed = false;
  private readonly onAbort = () => this.stop();

  constructor(private readonly setup: TrainerSetup) {
    const { batchSize, epochs } = setup.config;
    if (!(batchSize >= 1 && Number.isInteger(batchSize))) throw new Error(`Bad batch size ${batchSize}`);
    if (!(epochs >= 1 && Number.isInteger(epochs))) throw new Error(`Bad number of epochs ${epochs}`);
    if (setup.train.count === 0) throw new Error('The training set is empty');
    for (const data of [setup.train, setup.validation]) if (data) checkShapes(setup.model, data);
    if (setup.onEvent) this.listeners.add(setup.onEvent);
    this.yieldFn = setup.yieldFn ?? yieldToEventLoop;
    setup.signal?.addEventListener('abort', this.onAbort, { once: true });
    if (setup.signal?.aborted) this.stop();
  }

  get state(): TrainingState {
    return this.current;
  }

  /** Batches in one epoch (the last may be smaller than the batch size). */
  get batchesPerEpoch(): number {
    return Math.ceil(this.setup.train.count / this.setup.config.batchSize);
  }

  /** 1-based epoch and batch of the last step taken, and the number of steps. */
  get progress(): { epoch: number; batch: number; step: number } {
    return { ...this.position, step: this.steps };
  }

  /** Calls `listener` with every later event; returns the function that unsubscribes it. */
  subscribe(listener: (event: TrainingEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts training (idle → training); resolves when the run ends. Later calls return the same run. */
  start(): Promise<TrainingResult> {
    if (this.current === 'idle') {
      this.setState('training');
      this.runPromise = this.run();
    }
    return this.runPromise ?? Promise.resolve(this.result(this.current === 'error' ? 'error' : 'stopped'));
  }

  /** Training → paused, after the batch in progress (its event still arrives). */
  pause(): void {
    if (this.current === 'training') this.setState('paused');
  }

  /** Paused → training. */
  resume(): void {
    if (this.current !== 'paused') return;
    this.setState('training');
    this.wake?.();
  }

  /**
   * Runs exactly one batch while paused (from idle: starts the run paused, then steps). Resolves
   * once that batch's event has been emitted; does nothing in other states.
   */
  step(): Promise<void> {
    if (this.current !== 'idle' && this.current !== 'paused') return Promise.resolve();
    const done = new Promise<void>((resolve) => this.stepWaiters.push(resolve));
    this.pendingSteps++;
    if (this.current === 'idle') {
      this.setState('paused');
      this.runPromise = this.run();
    } else {
      this.wake?.();
    }
    return done;
  }

  /** Ends the run after the batch in progress; the state becomes 'stopped' once it has ended. */
  stop(): void {
    if (FINAL.includes(this.current)) return;
    this.stopRequested = true;
    if (this.current === 'idle') this.setState('stopped');
    this.wake?.();
  }

  /**
   * Stops the run, waits for it to end and frees what the trainer allocated (the optimizer's
   * tensors). Not the model or the datasets: their owner disposes them. Idempotent.
   */
  async dispose(): Promise<void> {
    this.stop();
    await this.runPromise;
    if (this.disposed) return;
    this.disposed = true;
    this.optimizer?.dispose();
    this.optimizer = undefined;
    this.setup.signal?.removeEventListener('abort', this.onAbort);
    this.listeners.clear();
  }

  private async run(): Promise<TrainingResult> {
    const { model, train, validation, config } = this.setup;
    const task: Task = { model, loss: config.loss, accuracy: config.accuracy ?? defaultAccuracy(config.loss) };
    const rng = mulberry32(config.seed);
    const reader = new StatsReader(
      config.readEvery ?? 1,
      config.maxPendingReads ?? 2,
      (s) => this.onStats(s),
      () => this.clock.elapsed(),
      config.readIntervalMs,
    );
    let order: tf.Tensor1D | undefined;
    let final: TrainingResult['state'] = 'done';
    let failure: Error | undefined;
    try {
      this.optimizer = createOptimizer(config.optimizer, config.learningRate, config.optimizerOptions);
      const variables = trainableVariables(model);
      for (let epoch = 1; epoch <= config.epochs && !this.stopRequested; epoch++) {
        this.totals = { examples: 0, lossSum: 0, accuracySum: 0 };
        const epochStart = this.clock.elapsed();
        const indices =
          config.shuffle === false
            ? Int32Array.from({ length: train.count }, (_, i) => i)
            : permutation(train.count, rng);
        order = tf.tensor1d(indices, 'int32');
        let lastStep = false;
        for (let batch = 1; batch <= this.batchesPerEpoch && !lastStep; batch++) {
          if (!(await this.gate(reader))) break;
          const start = (batch - 1) * config.batchSize;
          const size = Math.min(config.batchSize, train.count - start);
          this.applySchedule();
          const stats = trainBatch(task, this.optimizer, variables, train, order, start, size);
          this.steps++;
          this.position = { epoch, batch };
          lastStep = config.maxSteps !== undefined && this.steps >= config.maxSteps;
          await reader.add(stats, { epoch, batch, step: this.steps, examples: size });
          if (this.steps % (config.yieldEvery ?? 1) === 0) await this.yieldFn();
        }
        await reader.drain();
        order.dispose();
        order = undefined;
        if (this.stopRequested) break;
        const seconds = (this.clock.elapsed() - epochStart) / 1000;
        await this.finishEpoch(epoch, task, validation, seconds);
        if (lastStep) break;
      }
      if (this.stopRequested) final = 'stopped';
    } catch (error) {
      final = 'error';
      failure = error instanceof Error ? error : new Error(String(error));
    } finally {
      order?.dispose();
      await reader.drain().catch(() => undefined);
      this.clock.halt();
    }
    this.setState(final, failure?.message);
    this.releaseStepWaiters();
    return this.result(final, failure);
  }

  /** Waits while paused; true when the next batch may run, false when the run must stop. */
  /** Sets the optimizer's rate for the coming step under the config's schedule (if any). */
  private applySchedule(): void {
    const { schedule, learningRate, epochs, maxSteps } = this.setup.config;
    if (!this.optimizer || schedule === undefined || schedule === 'constant') return;
    const totalSteps = Math.min(epochs * this.batchesPerEpoch, maxSteps ?? Infinity);
    const rate = scheduledRate(schedule, this.steps + 1, learningRate, totalSteps);
    setOptimizerRate(this.optimizer, rate);
    this.rate = rate;
  }

  /** The learning rate of the last step taken (the schedule's, or the configured constant). */
  get learningRate(): number {
    return this.rate ?? this.setup.config.learningRate;
  }

  private async gate(reader: StatsReader): Promise<boolean> {
    for (;;) {
      if (this.stopRequested) return false;
      if (this.current === 'training' || (this.current === 'paused' && this.pendingSteps > 0)) {
        if (this.current === 'paused') this.pendingSteps--;
        this.clock.run();
        return true;
      }
      this.clock.halt();
      await reader.drain();
      this.releaseStepWaiters();
      if (this.stopRequested || this.isRunning() || this.pendingSteps > 0) continue;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  private async finishEpoch(epoch: number, task: Task, validation: DeviceDataset | undefined, seconds: number) {
    const { examples, lossSum, accuracySum } = this.totals;
    let valLoss: number | null = null;
    let valAccuracy: number | null = null;
    if (validation && validation.count > 0) {
      const sums = evaluateSums(task, validation, this.setup.config.validationBatchSize ?? 500);
      const [l, a] = await sums.data().finally(() => sums.dispose());
      valLoss = l / validation.count;
      valAccuracy = task.accuracy === 'none' ? null : a / validation.count;
    }
    const event: EpochEvent = {
      type: 'epoch',
      epoch,
      trainLoss: lossSum / examples,
      trainAccuracy: task.accuracy === 'none' ? null : accuracySum / examples,
      valLoss,
      valAccuracy,
      examplesPerSecond: seconds > 0 ? examples / seconds : 0,
      numTensors: tf.memory().numTensors,
    };
    this.epochs.push(event);
    this.emit(event);
  }

  private onStats({ last, examples, lossSum, accuracySum, completedAt }: ReadStats): void {
    this.totals.examples += examples;
    this.totals.lossSum += lossSum;
    this.totals.accuracySum += accuracySum;
    const seconds = (completedAt - this.lastCompletedAt) / 1000;
    this.lastCompletedAt = completedAt;
    const noAccuracy = (this.setup.config.accuracy ?? defaultAccuracy(this.setup.config.loss)) === 'none';
    this.emit({
      type: 'batch',
      epoch: last.epoch,
      batch: last.batch,
      batchesPerEpoch: this.batchesPerEpoch,
      step: last.step,
      loss: lossSum / examples,
      accuracy: noAccuracy ? null : accuracySum / examples,
      examplesPerSecond: seconds > 0 ? examples / seconds : 0,
    });
  }

  /** Not narrowed by TypeScript, unlike `this.current === 'training'`: the state changes across awaits. */
  private isRunning(): boolean {
    return this.current === 'training';
  }

  private releaseStepWaiters(): void {
    if (this.pendingSteps > 0 && !FINAL.includes(this.current)) return;
    const waiters = this.stepWaiters;
    this.stepWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private setState(state: TrainingState, error?: string): void {
    if (state === this.current) return;
    const previous = this.current;
    this.current = state;
    this.emit({ type: 'state', state, previous, ...(error !== undefined ? { error } : {}) });
  }

  private emit(event: TrainingEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('A training event listener failed:', error);
      }
    }
  }

  private result(state: TrainingResult['state'], error?: Error): TrainingResult {
    return { state, epochs: [...this.epochs], steps: this.steps, ...(error ? { error } : {}) };
  }
}

/** A new idle {@link Trainer}; allocates nothing until it starts. */
export function createTrainer(setup: TrainerSetup): Trainer {
  return new Trainer(setup);
}
