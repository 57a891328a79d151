import * as tf from '@tensorflow/tfjs';
import { deriveSeed, mulberry32, permutation, type Rng } from '../../lib/random';
import type { PointSet, PointSplit, TaskKind } from '../data/toy2d';
import { createOptimizer } from '../training/optimizers';
import { GRID, gridLength, gridPoints, isWeightOf, type WeightRef } from './layout';
import { scheduledRate, setOptimizerRate } from '../training/learning-rate';
import { PlaygroundNetwork } from './network';
import { accuracy, dataLoss, objective, prediction } from './objective';
import { effectiveLoss, taskOf, type PlaygroundLoss, type PlaygroundSetup } from './setup';

/** What one inspected step did to one weight (Step mode). */
export interface StepReport {
  /** 1-based number of this step. */
  step: number;
  learningRate: number;
  batchSize: number;
  weight: WeightRef;
  /** The weight before and after the step, and ∂(loss + penalty)/∂w on this batch. */
  before: number;
  gradient: number;
  after: number;
  /** The batch's data loss and the weight penalty, at the weights before the step. */
  loss: number;
  penalty: number;
}

/** Everything the page draws after a round of training, read back from the device at once. */
export interface Snapshot {
  /** Steps taken so far. */
  step: number;
  /** Passes over the training set so far (fractional: step / batches per epoch). */
  epoch: number;
  /** The rate the next step will use. */
  learningRate: number;
  finished: boolean;
  trainLoss: number;
  /** null when the test set is empty. */
  testLoss: number | null;
  /** null for regression (and for an empty test set). */
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /**
   * Predictions on the main grid (see ./layout.ts gridPoints). `output`, `neurons` and `weights`
   * are views into one buffer (transfer `output.buffer` once to move them all).
   */
  output: Float32Array;
  /** Hidden activations on the neuron grid, unit by unit (all layers in order), each gridLength long. */
  neurons: Float32Array;
  /** All weights, packed as ./layout.ts unpackWeights reads them. */
  weights: Float32Array;
}

/** A point set on the device: xs [n, dims], ys [n, 1]. */
interface DevicePoints {
  xs: tf.Tensor2D;
  ys: tf.Tensor2D;
  count: number;
}

function upload(points: PointSet): DevicePoints {
  return {
    xs: tf.tensor2d(points.xs, [points.count, points.dims]),
    ys: tf.tensor2d(points.ys, [points.count, 1]),
    count: points.count,
  };
}

/**
 * One playground experiment on the current TF.js backend: the network, its optimizer, the data
 * on the device, and the training position. Training is synchronous step by step (the caller
 * decides when to yield); read-backs are asynchronous and batched into one per snapshot. Every
 * step runs in tf.tidy, so the tensor count stays flat (tests/ml/mlp-playground.test.ts pins it
 * over 1,000 steps). The caller owns the session: call `dispose()`.
 *
 * Why not ../training/trainer.ts? The playground needs a learning-rate schedule applied per
 * step, L1/L2 penalties added to the loss, every hidden layer's activations for the neuron
 * pictures, and the gradient of one chosen weight in Step mode; the shared trainer has none of
 * these. This class reuses its optimizers, the schedules of ../worked/schedules.ts and the seeded
 * generators, and keeps the same habits (device-resident data, tidy steps, async reads).
 */
export class PlaygroundSession {
  readonly network: PlaygroundNetwork;
  readonly task: TaskKind;
  readonly loss: PlaygroundLoss;
  readonly dims: 1 | 2;
  readonly batchSize: number;
  readonly batchesPerEpoch: number;
  private readonly optimizer: tf.Optimizer;
  private readonly train: DevicePoints;
  private readonly test: DevicePoints | undefined;
  private readonly mainGrid: tf.Tensor2D;
  private readonly neuronGrid: tf.Tensor2D;
  private readonly rng: Rng;
  private order: Int32Array = new Int32Array(0);
  private position = 0;
  private rate: number;
  private lastLoss: tf.Scalar | undefined;
  private steps = 0;
  private lastBatchSize = 0;
  private disposed = false;

  constructor(
    readonly setup: PlaygroundSetup,
    data: PointSplit,
  ) {
    const { train, test } = data;
    this.task = taskOf(setup.data) === 'regression' || train.task === 'regression' ? 'regression' : 'classification';
    this.loss = this.task === 'regression' ? 'mse' : effectiveLoss(setup);
    this.dims = train.dims;
    this.batchSize = Math.max(1, Math.min(setup.batchSize, train.count));
    this.batchesPerEpoch = Math.ceil(train.count / this.batchSize);
    this.rng = mulberry32(deriveSeed(setup.seed, 7919));
    this.network = new PlaygroundNetwork({
      inputs: train.dims,
      layers: setup.layers,
      activation: setup.activation,
      seed: setup.seed,
    });
    this.rate = this.rateAt(1);
    this.optimizer = createOptimizer(setup.optimizer, this.rate);
    this.train = upload(train);
    this.test = test.count > 0 ? upload(test) : undefined;
    const grid = GRID[train.dims];
    this.mainGrid = tf.tensor2d(gridPoints(train.dims, train.domain, grid.main), [
      gridLength(train.dims, grid.main),
      train.dims,
    ]);
    this.neuronGrid = tf.tensor2d(gridPoints(train.dims, train.domain, grid.neuron), [
      gridLength(train.dims, grid.neuron),
      train.dims,
    ]);
  }

  /** Steps taken. */
  get step(): number {
    return this.steps;
  }

  /** True once the run's length (setup.steps) is reached. */
  get finished(): boolean {
    return this.steps >= this.setup.steps;
  }

  /** The learning rate of step t (1-based) under the setup's schedule (warm-up: 10 % of the run). */
  rateAt(t: number): number {
    const { learningRate, schedule, steps } = this.setup;
    return scheduledRate(schedule, t, learningRate, steps);
  }

  /** One gradient step on the next batch. Changes the weights and the optimizer state. */
  trainStep(): void {
    tf.dispose(this.runStep());
  }

  /**
   * One gradient step that also reports what happened to `weight` (its value before and after,
   * its gradient, the batch loss). One read-back.
   */
  async inspectStep(weight: WeightRef): Promise<StepReport> {
    if (!isWeightOf(this.network.sizes, weight)) throw new Error(`No weight ${JSON.stringify(weight)} in this network`);
    const step = this.steps + 1;
    const packed = this.runStep(weight);
    // runStep set the rate this step used.
    const learningRate = this.rate;
    const batchSize = this.lastBatchSize;
    if (!packed) throw new Error('The step returned nothing to inspect');
    try {
      const [before, gradient, after, loss, penalty] = await packed.data();
      return { step, learningRate, batchSize, weight, before, gradient, after, loss, penalty };
    } finally {
      packed.dispose();
    }
  }

  /** Waits until the device has finished every step queued so far (reads the last batch loss). */
  async sync(): Promise<number> {
    if (!this.lastLoss) return NaN;
    return (await this.lastLoss.data())[0];
  }

  /**
   * Losses, accuracies, the pictures and the weights, in one read-back. Changes nothing.
   */
  async snapshot(): Promise<Snapshot> {
    const sizes = { neurons: 0, output: this.mainGrid.shape[0] };
    const packed = tf.tidy(() => {
      const stats = (points: DevicePoints | undefined) => {
        if (!points) return tf.tensor1d([NaN, NaN]);
        const { output } = this.network.forward(points.xs);
        return tf.stack([dataLoss(this.task, this.loss, output, points.ys), accuracy(this.task, output, points.ys)]);
      };
      const main = prediction(this.task, this.network.forward(this.mainGrid).output).reshape([-1]);
      const hidden = this.network.forward(this.neuronGrid).hidden.map((h) => h.transpose().reshape([-1]));
      sizes.neurons = hidden.reduce((sum, h) => sum + h.size, 0);
      const weights = this.network.variables.map((v) => v.reshape([-1]));
      return tf.concat([stats(this.train), stats(this.test), main, ...hidden, ...weights]);
    });
    const values = (await packed.data()) as Float32Array;
    packed.dispose();
    const [trainLoss, trainAccuracy, testLoss, testAccuracy] = values;
    const classify = this.task === 'classification';
    let offset = 4;
    // Views into the one read-back buffer: a frame is a single ArrayBuffer to transfer.
    const take = (n: number) => values.subarray(offset, (offset += n));
    return {
      step: this.steps,
      epoch: this.steps / this.batchesPerEpoch,
      learningRate: this.rateAt(this.steps + 1),
      finished: this.finished,
      trainLoss,
      testLoss: this.test ? testLoss : null,
      trainAccuracy: classify ? trainAccuracy : null,
      testAccuracy: classify && this.test ? testAccuracy : null,
      output: take(sizes.output),
      neurons: take(sizes.neurons),
      weights: take(values.length - offset),
    };
  }

  /** Frees the network, the optimizer and the data. Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.network.dispose();
    this.optimizer.dispose();
    tf.dispose([this.train.xs, this.train.ys, this.mainGrid, this.neuronGrid]);
    if (this.test) tf.dispose([this.test.xs, this.test.ys]);
    this.lastLoss?.dispose();
  }

  /** The training indices of the next batch (a new shuffle at the start of each epoch). */
  private nextBatch(): Int32Array {
    if (this.position >= this.order.length) {
      this.order = permutation(this.train.count, this.rng);
      this.position = 0;
    }
    const batch = this.order.subarray(this.position, Math.min(this.position + this.batchSize, this.order.length));
    this.position += batch.length;
    this.lastBatchSize = batch.length;
    return batch;
  }

  /**
   * The step itself: sets the scheduled rate, computes loss and gradients on the next batch with
   * dropout, applies them, keeps the batch loss for {@link sync}. With `inspect`, returns a new
   * tensor [before, gradient, after, loss, penalty] for that weight; otherwise undefined.
   */
  private runStep(inspect?: WeightRef): tf.Tensor1D | undefined {
    if (this.disposed) throw new Error('This playground session has been disposed');
    const rate = this.rateAt(this.steps + 1);
    if (rate !== this.rate) {
      setOptimizerRate(this.optimizer, rate);
      this.rate = rate;
    }
    const indices = this.nextBatch();
    const stepSeed = deriveSeed(this.setup.seed, this.steps + 1);
    const { l1, l2, dropout } = this.setup;
    const result = tf.tidy(() => {
      const index = tf.tensor1d(indices, 'int32');
      const xs = tf.gather(this.train.xs, index);
      const ys = tf.gather(this.train.ys, index);
      const pick = (t: tf.Tensor) => (inspect ? t.slice([inspect.from, inspect.to], [1, 1]).reshape([1]) : undefined);
      const kernel = inspect ? this.network.params[inspect.layer].kernel : undefined;
      const before = kernel ? pick(kernel) : undefined;
      let data: tf.Scalar | undefined;
      let penalty: tf.Scalar | undefined;
      const { grads } = tf.variableGrads(() => {
        const parts = objective(this.network, xs, ys, {
          task: this.task,
          loss: this.loss,
          l1,
          l2,
          dropout,
          dropoutSeed: stepSeed,
        });
        // Kept past variableGrads' own tidy; disposed below.
        data = tf.keep(parts.data);
        penalty = tf.keep(parts.penalty);
        return parts.total;
      }, this.network.variables);
      const gradient = kernel ? pick(grads[kernel.name]) : undefined;
      this.optimizer.applyGradients(grads);
      if (!data || !penalty) throw new Error('The loss was not computed');
      this.lastLoss?.dispose();
      this.lastLoss = tf.keep(data.clone());
      const out =
        kernel && before && gradient
          ? tf.concat([before, gradient, pick(kernel) as tf.Tensor1D, data.reshape([1]), penalty.reshape([1])])
          : undefined;
      tf.dispose([data, penalty]);
      return out as tf.Tensor1D | undefined;
    });
    this.steps++;
    return result;
  }
}
