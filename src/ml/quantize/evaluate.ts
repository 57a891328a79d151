/**
 * Before and after: a model's test accuracy and storage size for each way of storing its weights.
 * Each quantised version is a separate model built from the dequantised weights, evaluated, and
 * disposed; the model passed in is not changed. No React, no DOM.
 */
import type * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../data/device';
import { evaluateDataset } from '../training/evaluate';
import type { LossName } from '../training/losses';
import { snapshotModel, loadWithWeights } from './io';
import { QUANTIZATION_SPECS, quantizeModelWeights, specKey, type QuantizationSpec, type WeightReport } from './model';

/** One row of the before/after table. */
export interface QuantizationRow {
  key: string;
  spec: QuantizationSpec;
  /** Storage in bytes (weights only). */
  bytes: number;
  /** Test accuracy of the model with these weights. */
  accuracy: number;
  /** Test loss of the model with these weights. */
  loss: number;
  /** Per weight tensor: size and rounding error. */
  report: WeightReport[];
}

/**
 * Evaluates `model` stored in each of `specs` (default: float32, then 8, 4 and 2 bits per tensor and
 * per channel) on `test`. Leaves no tensors; `onRow` sees each row as soon as it is measured.
 */
export async function compareQuantizations(
  model: tf.LayersModel,
  test: DeviceDataset,
  options: {
    loss?: LossName;
    specs?: readonly QuantizationSpec[];
    onRow?: (row: QuantizationRow) => void;
    /** Stops before the next version when aborted (the rows so far are returned). */
    signal?: AbortSignal;
  } = {},
): Promise<QuantizationRow[]> {
  const snapshot = await snapshotModel(model);
  const rows: QuantizationRow[] = [];
  for (const spec of options.specs ?? QUANTIZATION_SPECS) {
    if (options.signal?.aborted) break;
    const quantized = quantizeModelWeights(snapshot.weights, spec);
    const copy = await loadWithWeights(snapshot, quantized.weights);
    try {
      const evaluation = await evaluateDataset(copy, test, { loss: options.loss ?? 'categoricalCrossentropy' });
      const row: QuantizationRow = {
        key: specKey(spec),
        spec,
        bytes: quantized.bytes,
        accuracy: evaluation.accuracy ?? NaN,
        loss: evaluation.loss,
        report: quantized.report,
      };
      rows.push(row);
      options.onRow?.(row);
    } finally {
      copy.dispose();
    }
  }
  return rows;
}
