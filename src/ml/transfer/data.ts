import * as tf from '@tensorflow/tfjs';
import { mulberry32, shuffleInPlace } from '../../lib/random';
import { deviceDataset, oneHot, type DeviceDataset } from '../data/device';
import { MNIST_PIXELS, MNIST_SIDE, takeExamples, type MnistSplit } from '../data/mnist';

/**
 * The examples of `split` whose digit is in `digits`, relabelled by position in `digits` (so
 * digits 5–9 become classes 0–4 of the new task). Pure: returns new arrays, in the split's order.
 */
export function selectDigits(split: MnistSplit, digits: readonly number[]): MnistSplit {
  const indices: number[] = [];
  for (let i = 0; i < split.count; i++) if (digits.includes(split.labels[i])) indices.push(i);
  const out = takeExamples(split.images, split.labels, indices);
  for (let i = 0; i < out.count; i++) out.labels[i] = digits.indexOf(out.labels[i]);
  return out;
}

/**
 * K labelled examples per class, drawn with a seed: each class's examples are shuffled with a
 * seeded generator and the first K taken, and the result is shuffled again. The same seed gives
 * the same draw, and a larger K contains the smaller one's examples. Throws when a class has
 * fewer than K examples. Pure.
 */
export function sampleKPerClass(split: MnistSplit, classes: number, k: number, seed: number): MnistSplit {
  if (!(Number.isInteger(k) && k >= 1)) throw new Error(`K must be a positive whole number, got ${k}`);
  const rng = mulberry32(seed);
  const chosen: number[] = [];
  for (let c = 0; c < classes; c++) {
    const members: number[] = [];
    for (let i = 0; i < split.count; i++) if (split.labels[i] === c) members.push(i);
    if (members.length < k)
      throw new Error(`Class ${c} has only ${members.length} training examples; K must be ≤ ${members.length}`);
    // Shuffle with a generator of its own per class, so class c's draw does not depend on K.
    const order = shuffleInPlace(members, mulberry32(seed * 31 + c + 1));
    chosen.push(...order.slice(0, k));
  }
  return takeExamples(split.images, split.labels, shuffleInPlace(chosen, rng));
}

/** Examples per class in a split with `classes` classes. Pure. */
export function classCounts(split: MnistSplit, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < split.count; i++) counts[split.labels[i]]++;
  return counts;
}

/**
 * Uploads a task split (labels 0 … classes − 1): xs float32 [n, 28, 28, 1] = pixel / 255, ys
 * one-hot [n, classes]. Creates 2 tensors, owned by the returned dataset.
 */
export function taskToDevice(split: MnistSplit, classes: number): DeviceDataset {
  const pixels = new Float32Array(split.count * MNIST_PIXELS);
  for (let i = 0; i < pixels.length; i++) pixels[i] = split.images[i] / 255;
  return deviceDataset(
    tf.tensor4d(pixels, [split.count, MNIST_SIDE, MNIST_SIDE, 1], 'float32'),
    tf.tensor2d(oneHot(split.labels.subarray(0, split.count), classes), [split.count, classes]),
  );
}
