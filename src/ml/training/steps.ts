import * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../data/device';
import { computeAccuracy, computeLoss, type AccuracyKind, type LossName } from './losses';

/** What a gradient step or an evaluation needs to know about the task. */
export interface Task {
  model: tf.LayersModel;
  loss: LossName;
  accuracy: AccuracyKind;
}

/** The model's trainable variables (what the optimizer may change). */
export function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((w) => w.read() as tf.Variable);
}

/**
 * One gradient step on the examples `order[start … start + size)`, gathered on the device.
 * Changes the model's weights and the optimizer's state. Returns a new float32 tensor
 * `[loss·n, accuracy·n]` (n = examples in the batch) computed from the same forward pass;
 * every other tensor it creates is disposed.
 */
export function trainBatch(
  task: Task,
  optimizer: tf.Optimizer,
  variables: tf.Variable[],
  data: DeviceDataset,
  order: tf.Tensor1D,
  start: number,
  size: number,
): tf.Tensor1D {
  return tf.tidy(() => {
    const indices = order.slice(start, size);
    const xs = tf.gather(data.xs, indices);
    const ys = tf.gather(data.ys, indices);
    let accuracy: tf.Scalar | undefined;
    const loss = optimizer.minimize(
      () => {
        const predictions = task.model.apply(xs, { training: true }) as tf.Tensor;
        // Kept past minimize's own tidy; disposed below once stacked.
        accuracy = tf.keep(computeAccuracy(task.accuracy, ys, predictions));
        return computeLoss(task.loss, ys, predictions);
      },
      true,
      variables,
    );
    if (!loss || !accuracy) throw new Error('The optimizer returned no loss');
    const stats = tf.mul(tf.stack([loss, accuracy]), size) as tf.Tensor1D;
    accuracy.dispose();
    return stats;
  });
}

/**
 * Loss and accuracy summed over a whole dataset, in batches, on the device: returns a new
 * tensor `[Σ loss·n, Σ accuracy·n]` (one read-back gives both). Changes nothing.
 */
export function evaluateSums(task: Task, data: DeviceDataset, batchSize: number): tf.Tensor1D {
  let total: tf.Tensor1D = tf.zeros([2]);
  for (let start = 0; start < data.count; start += batchSize) {
    const next = tf.tidy(() => {
      const n = Math.min(batchSize, data.count - start);
      const xs = data.xs.slice(start, n);
      const ys = data.ys.slice(start, n);
      const predictions = task.model.apply(xs, { training: false }) as tf.Tensor;
      const loss = computeLoss(task.loss, ys, predictions);
      const accuracy = computeAccuracy(task.accuracy, ys, predictions);
      return tf.add(total, tf.mul(tf.stack([loss, accuracy]), n)) as tf.Tensor1D;
    });
    total.dispose();
    total = next;
  }
  return total;
}

/**
 * Throws a readable error when the data do not fit the model. Checked up front because a shape
 * error thrown inside a gradient computation leaks the tensors tfjs saved for the backward pass.
 */
export function checkShapes(model: tf.LayersModel, data: DeviceDataset): void {
  const fits = (expected: (number | null)[], actual: number[]) =>
    expected.length === actual.length && expected.every((d, i) => i === 0 || d === null || d === actual[i]);
  const show = (shape: (number | null)[]) => `[${shape.map((d) => d ?? 'batch').join(', ')}]`;
  const input = model.inputs[0].shape;
  const output = model.outputs[0].shape;
  if (!fits(input, data.xs.shape)) {
    throw new Error(
      `The model takes inputs of shape ${show(input)} but the data has xs of shape ${show(data.xs.shape)}`,
    );
  }
  if (!fits(output, data.ys.shape)) {
    throw new Error(`The model outputs shape ${show(output)} but the data has targets of shape ${show(data.ys.shape)}`);
  }
}
