import * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../data/device';
import { confusionMatrix, type ConfusionMatrix } from '../metrics/classification';
import { defaultAccuracy, type AccuracyKind, type LossName } from './losses';
import { evaluateSums } from './steps';

export interface Evaluation {
  loss: number;
  /** null when `accuracy` is 'none'. */
  accuracy: number | null;
  count: number;
}

/**
 * Mean loss and accuracy of `model` on a dataset (inference mode, batches of `batchSize`), with a
 * single asynchronous read-back. Changes nothing; leaves no tensors.
 */
export async function evaluateDataset(
  model: tf.LayersModel,
  data: DeviceDataset,
  options: { loss: LossName; accuracy?: AccuracyKind; batchSize?: number },
): Promise<Evaluation> {
  const accuracy = options.accuracy ?? defaultAccuracy(options.loss);
  const sums = evaluateSums({ model, loss: options.loss, accuracy }, data, options.batchSize ?? 500);
  try {
    const [lossSum, accuracySum] = await sums.data();
    return {
      loss: lossSum / data.count,
      accuracy: accuracy === 'none' ? null : accuracySum / data.count,
      count: data.count,
    };
  } finally {
    sums.dispose();
  }
}

/**
 * The model's outputs (e.g. class probabilities) for a batch of inputs, row-major
 * `[rows × outputs]`. Does not dispose `xs`; leaves no tensors of its own.
 */
export async function predictBatch(
  model: tf.LayersModel,
  xs: tf.Tensor,
): Promise<{ values: Float32Array; shape: number[] }> {
  const output = tf.tidy(() => model.apply(xs, { training: false }) as tf.Tensor);
  try {
    return { values: (await output.data()) as Float32Array, shape: output.shape };
  } finally {
    output.dispose();
  }
}

/**
 * The arg-max class of every example in `data` (batches of `batchSize`), computed on the
 * device and read back once. Changes nothing; leaves no tensors.
 */
export async function predictClasses(model: tf.LayersModel, data: DeviceDataset, batchSize = 500): Promise<Int32Array> {
  const classes = tf.tidy(() => {
    const parts: tf.Tensor[] = [];
    for (let start = 0; start < data.count; start += batchSize) {
      const xs = data.xs.slice(start, Math.min(batchSize, data.count - start));
      parts.push(tf.argMax(model.apply(xs, { training: false }) as tf.Tensor, -1));
    }
    return tf.concat(parts);
  });
  try {
    return Int32Array.from(await classes.data());
  } finally {
    classes.dispose();
  }
}

/**
 * The confusion matrix of `model` on `data`, whose true classes are `labels` (on the CPU,
 * e.g. an MnistSplit's labels). One read-back; leaves no tensors.
 */
export async function confusionOnDataset(
  model: tf.LayersModel,
  data: DeviceDataset,
  labels: ArrayLike<number>,
  numClasses: number,
): Promise<ConfusionMatrix> {
  const predicted = await predictClasses(model, data);
  return confusionMatrix(
    Array.from({ length: data.count }, (_, i) => labels[i]),
    predicted,
    numClasses,
  );
}
