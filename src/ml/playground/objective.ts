import * as tf from '@tensorflow/tfjs';
import type { TaskKind } from '../data/toy2d';
import type { DenseParams, PlaygroundNetwork } from './network';
import type { PlaygroundLoss } from './setup';

/**
 * The mean data loss of a batch from the output neuron's pre-activation `z` [n, 1] and targets
 * `y` [n, 1] (a scalar; creates tensors, call inside tf.tidy).
 *
 * - classification, 'bce': −[y·log σ(z) + (1 − y)·log(1 − σ(z))], computed from the logit as
 *   max(z, 0) − z·y + log(1 + e^−|z|). Why not clip probabilities (as ../training/losses.ts does
 *   for probability outputs)? Clipping zeroes the gradient of confidently wrong points, which
 *   are exactly the ones that should move; the logit form is exact and never overflows.
 * - classification, 'mse': (σ(z) − y)², the squared error of the probability.
 * - regression: (z − y)² ('bce' is not defined for real-valued targets, so it means MSE here).
 */
export function dataLoss(task: TaskKind, loss: PlaygroundLoss, z: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    if (task === 'regression') return tf.mean(tf.squaredDifference(z, y));
    if (loss === 'mse') return tf.mean(tf.squaredDifference(tf.sigmoid(z), y));
    const perPoint = tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
    return tf.mean(perPoint);
  }) as tf.Scalar;
}

/**
 * The weight penalty λ₁·Σ|w| + λ₂·Σw² over every kernel (biases are not penalised, as in Keras'
 * kernel regularisers). A scalar; creates tensors (call inside tf.tidy).
 */
export function weightPenalty(params: readonly DenseParams[], l1: number, l2: number): tf.Scalar {
  return tf.tidy(() => {
    let total: tf.Scalar = tf.scalar(0);
    for (const { kernel } of params) {
      if (l1 > 0) total = tf.add(total, tf.mul(l1, tf.sum(tf.abs(kernel))));
      if (l2 > 0) total = tf.add(total, tf.mul(l2, tf.sum(tf.square(kernel))));
    }
    return total;
  });
}

/** The network's prediction from `z`: the probability σ(z) of class 1, or z itself for regression. */
export function prediction(task: TaskKind, z: tf.Tensor2D): tf.Tensor2D {
  return task === 'classification' ? tf.sigmoid(z) : z;
}

/** Fraction of points on the right side of 0.5 (σ(z) > 0.5 ⇔ z > 0): a scalar; 0 for regression. */
export function accuracy(task: TaskKind, z: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() =>
    task === 'classification'
      ? tf.mean(tf.cast(tf.equal(tf.greater(z, 0), tf.greater(y, 0.5)), 'float32'))
      : tf.scalar(0),
  ) as tf.Scalar;
}

/** What a training step minimises, and its parts. */
export interface Objective {
  /** data + penalty: what the gradient is taken of. */
  total: tf.Scalar;
  data: tf.Scalar;
  penalty: tf.Scalar;
}

/** Settings of the objective. */
export interface ObjectiveOptions {
  task: TaskKind;
  loss: PlaygroundLoss;
  l1: number;
  l2: number;
  /** Dropout rate of the hidden units (0: none). */
  dropout?: number;
  dropoutSeed?: number;
}

/**
 * The training objective of a batch: the data loss of the network's forward pass (with dropout)
 * plus the weight penalty. Creates tensors: call inside tf.tidy or a gradient function.
 */
export function objective(
  network: PlaygroundNetwork,
  xs: tf.Tensor2D,
  ys: tf.Tensor2D,
  options: ObjectiveOptions,
): Objective {
  const { output } = network.forward(xs, { dropout: options.dropout, dropoutSeed: options.dropoutSeed });
  const data = dataLoss(options.task, options.loss, output, ys);
  const penalty = weightPenalty(network.params, options.l1, options.l2);
  return { total: tf.add(data, penalty), data, penalty };
}
