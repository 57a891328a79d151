import * as tf from '@tensorflow/tfjs';
import { MNIST_CLASSES, MNIST_SIDE, type MnistSplit } from './mnist';

/**
 * A dataset uploaded to the backend once (GPU memory on webgl, the wasm heap on wasm), so that
 * training takes batches by gathering rows on the device: no CPU→device copy per batch.
 * The dataset owns its tensors: call `dispose()` when done.
 */
export interface DeviceDataset {
  /** Inputs, first dimension = example, e.g. float32 [n, 28, 28, 1] scaled to 0–1. */
  xs: tf.Tensor;
  /** Targets, first dimension = example, e.g. one-hot float32 [n, 10]. */
  ys: tf.Tensor;
  /** Number of examples (the first dimension of xs and ys). */
  count: number;
  /** Frees xs and ys. Safe to call twice. */
  dispose(): void;
}

/** Wraps existing tensors (which it then owns) as a {@link DeviceDataset}. */
export function deviceDataset(xs: tf.Tensor, ys: tf.Tensor): DeviceDataset {
  if (xs.shape[0] !== ys.shape[0]) throw new Error(`xs has ${xs.shape[0]} examples but ys has ${ys.shape[0]}`);
  return {
    xs,
    ys,
    count: xs.shape[0],
    dispose: () => {
      if (!xs.isDisposed) xs.dispose();
      if (!ys.isDisposed) ys.dispose();
    },
  };
}

/**
 * Uploads an MNIST split once: xs float32 [n, 28, 28, 1] = pixel / 255, ys one-hot float32
 * [n, 10]. Creates 2 tensors (owned by the returned dataset); reads `split`, changes nothing.
 */
export function mnistToDevice(split: MnistSplit): DeviceDataset {
  const pixels = new Float32Array(split.count * MNIST_SIDE * MNIST_SIDE);
  for (let i = 0; i < pixels.length; i++) pixels[i] = split.images[i] / 255;
  const xs = tf.tensor4d(pixels, [split.count, MNIST_SIDE, MNIST_SIDE, 1], 'float32');
  return deviceDataset(
    xs,
    tf.tensor2d(oneHot(split.labels.subarray(0, split.count), MNIST_CLASSES), [split.count, MNIST_CLASSES]),
  );
}

/**
 * One-hot rows (row-major `labels.length × numClasses`), built on the CPU. Not `tf.oneHot(…,
 * 'float32')`: in tfjs-backend-wasm 4.22 that kernel writes int32 bit patterns into the float32
 * output (1 reads as 1.4e-45). Pure.
 */
export function oneHot(labels: ArrayLike<number>, numClasses: number): Float32Array {
  const out = new Float32Array(labels.length * numClasses);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!(Number.isInteger(label) && label >= 0 && label < numClasses))
      throw new Error(`Label ${label} at ${i} is not a class`);
    out[i * numClasses + label] = 1;
  }
  return out;
}

/**
 * The examples at `indices` (an int32 tensor on the device), gathered on the device.
 * Returns 2 new tensors: call inside tf.tidy or dispose them.
 */
export function gatherBatch(data: DeviceDataset, indices: tf.Tensor1D): { xs: tf.Tensor; ys: tf.Tensor } {
  return { xs: tf.gather(data.xs, indices), ys: tf.gather(data.ys, indices) };
}

/** Examples `start … start + size − 1` as slices on the device. Returns 2 new tensors (tidy them). */
export function sliceBatch(data: DeviceDataset, start: number, size: number): { xs: tf.Tensor; ys: tf.Tensor } {
  const n = Math.min(size, data.count - start);
  return { xs: data.xs.slice(start, n), ys: data.ys.slice(start, n) };
}
