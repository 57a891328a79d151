import * as tf from '@tensorflow/tfjs';
import { deviceDataset, type DeviceDataset } from './device';
import { DEFAULT_TRUNCATE, type TruncateSide } from './text';
import { fixedLengthIds, type TextSplit } from './text-dataset';

/** How a text split becomes model input: ids per example and the vocabulary the model knows. */
export interface TextShape {
  sequenceLength: number;
  vocabularySize: number;
  truncate?: TruncateSide;
}

/**
 * Uploads a text split once: xs int32 [n, sequenceLength] (ids ≥ vocabularySize → unknown),
 * ys float32 [n, 1] (1 = positive). Creates 2 tensors, owned by the returned dataset; reads
 * `split`, changes nothing. Training then gathers batches on the device (no copy per batch).
 */
export function textToDevice(split: TextSplit, shape: TextShape): DeviceDataset {
  const { sequenceLength, vocabularySize, truncate = DEFAULT_TRUNCATE } = shape;
  const ids = fixedLengthIds(split, sequenceLength, vocabularySize, truncate);
  const xs = tf.tensor2d(ids, [split.count, sequenceLength], 'int32');
  const ys = tf.tensor2d(Float32Array.from(split.labels), [split.count, 1], 'float32');
  return deviceDataset(xs, ys);
}
