import * as tf from '@tensorflow/tfjs';
import { createRacerOptimizer } from './optimizers';
import type { RaceHyperparameters, RacerName } from './racers';
import { initialReferenceState, referenceStep, type ReferenceState, type UpdateExplanation } from './reference';
import { SURFACE_TENSORS, type SurfaceTensorFn } from './surface-tensors';
import { outOfBounds, SURFACES, type Point, type Surface, type SurfaceId } from './surfaces';

/** What to race: plain data (safe to keep in React state or post to a worker). */
export interface RaceConfig {
  surface: SurfaceId;
  /** Which optimizers take part, in drawing order. */
  racers: readonly RacerName[];
  hyperparameters: RaceHyperparameters;
  /** Where every racer starts; the surface's own start point when omitted. */
  start?: Point;
}

/** One racer's progress. The arrays grow as the race runs (read them, don't change them). */
export interface RunnerView {
  racer: RacerName;
  /** x after 0, 1, 2, … steps (index 0 is the start). */
  xs: readonly number[];
  ys: readonly number[];
  /** f at each of those points (float64, from the plain surface function). */
  losses: readonly number[];
  /** 'left' once the racer's position is not finite or far off the map; it then stops. */
  status: 'running' | 'left';
  /** The formula-side account of its latest step, with every intermediate value; null before the first. */
  lastStep: UpdateExplanation | null;
}

interface Runner extends RunnerView {
  xs: number[];
  ys: number[];
  losses: number[];
  x: tf.Variable<tf.Rank.R0>;
  y: tf.Variable<tf.Rank.R0>;
  optimizer: tf.Optimizer;
  reference: ReferenceState;
}

/**
 * Several TF.js optimizers racing on one 2-D surface. Each racer owns a pair of scalar
 * `tf.variable`s (x, y) and its own optimizer; a step calls
 * `optimizer.minimize(() => f(x, y), false, [x, y])` for every racer that is still on the map,
 * so the positions are exactly what the library computes. Positions come back with one
 * asynchronous `data()` per call of {@link step} (no `dataSync`), however many steps it took.
 * Owns tensors: call {@link dispose} (the tensor count then returns to what it was before).
 */
export class Race {
  readonly surface: Surface;
  readonly start: Point;
  private readonly f: SurfaceTensorFn;
  private readonly runnerList: Runner[];
  private stepCount = 0;
  private busy = false;
  private disposed = false;

  constructor(readonly config: RaceConfig) {
    this.surface = SURFACES[config.surface];
    this.f = SURFACE_TENSORS[config.surface];
    this.start = config.start ?? this.surface.start;
    const [x0, y0] = this.start;
    const loss = this.surface.value(x0, y0);
    this.runnerList = config.racers.map((racer) => ({
      racer,
      xs: [x0],
      ys: [y0],
      losses: [loss],
      status: 'running',
      lastStep: null,
      x: tf.tidy(() => tf.variable(tf.scalar(x0), true)),
      y: tf.tidy(() => tf.variable(tf.scalar(y0), true)),
      optimizer: createRacerOptimizer(racer, config.hyperparameters),
      reference: initialReferenceState,
    }));
  }

  /** Steps taken so far (by every racer still running). */
  get steps(): number {
    return this.stepCount;
  }

  get runners(): readonly RunnerView[] {
    return this.runnerList;
  }

  /** True once the surface's step limit is reached or every racer has left the map. */
  get done(): boolean {
    return this.stepCount >= this.surface.maxSteps || this.runnerList.every((r) => r.status === 'left');
  }

  /**
   * Takes `count` steps with every running racer (fewer if the step limit comes first), then
   * reads all new positions back in one asynchronous transfer and appends them to the
   * trajectories. Changes the variables and the optimizers' state. One call at a time.
   */
  async step(count = 1): Promise<void> {
    if (this.disposed) throw new Error('Race.step: the race was disposed');
    if (this.busy) throw new Error('Race.step: the previous step has not finished');
    const n = Math.min(count, this.surface.maxSteps - this.stepCount);
    const active = this.runnerList.filter((r) => r.status === 'running');
    if (n <= 0 || active.length === 0) return;
    this.busy = true;
    try {
      const snapshots: tf.Tensor[] = [];
      try {
        for (let k = 0; k < n; k++) {
          for (const r of active) r.optimizer.minimize(() => this.f(r.x, r.y), false, [r.x, r.y]);
          snapshots.push(tf.stack(active.flatMap((r) => [r.x, r.y])));
        }
      } catch (error) {
        tf.dispose(snapshots);
        throw error;
      }
      // Stacked once, read once, however many steps were taken.
      const all = tf.stack(snapshots);
      tf.dispose(snapshots);
      let values: Float32Array | Int32Array | Uint8Array;
      try {
        values = await all.data();
      } finally {
        all.dispose();
      }
      if (this.disposed) return;
      this.stepCount += n;
      active.forEach((r, j) => {
        for (let k = 0; k < n && r.status === 'running'; k++) {
          this.record(r, values[k * 2 * active.length + 2 * j], values[k * 2 * active.length + 2 * j + 1]);
        }
      });
    } finally {
      this.busy = false;
    }
  }

  /** Appends one position the library reached, with the formula's account of that step. */
  private record(r: Runner, x: number, y: number): void {
    const last = r.xs.length - 1;
    const before: Point = [r.xs[last], r.ys[last]];
    const gradient = this.surface.gradient(before[0], before[1]);
    const { explanation, next } = referenceStep(r.racer, r.reference, before, gradient, this.config.hyperparameters);
    r.reference = next;
    r.lastStep = explanation;
    if (outOfBounds(this.surface, x, y)) r.status = 'left';
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    r.xs.push(x);
    r.ys.push(y);
    r.losses.push(this.surface.value(x, y));
  }

  /** Frees every variable and optimizer of the race. Safe to call twice or while a step is reading back. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const r of this.runnerList) {
      r.optimizer.dispose();
      r.x.dispose();
      r.y.dispose();
    }
  }
}
