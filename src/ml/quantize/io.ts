/**
 * The TF.js side of quantisation: read a model's weights the way `model.save` writes them (the
 * layers format of chapter 11: a topology plus float32 weight specs and bytes), and build a new
 * model from that topology with other weight values, e.g. dequantised ones. No React, no DOM.
 */
import * as tf from '@tensorflow/tfjs';
import type { NamedWeight } from './model';

/** A saved model held in memory: its artifacts (topology, weight specs) and its weights as arrays. */
export interface ModelSnapshot {
  artifacts: tf.io.ModelArtifacts;
  weights: NamedWeight[];
}

/**
 * Saves `model` into memory (no file, no storage) and splits the weight bytes into named float32
 * arrays. Changes nothing; leaves no tensors.
 */
export async function snapshotModel(model: tf.LayersModel): Promise<ModelSnapshot> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!saved?.weightSpecs || !saved.weightData) throw new Error('quantize: the model saved no weights');
  const buffer = tf.io.CompositeArrayBuffer.join(saved.weightData);
  const weights: NamedWeight[] = [];
  let offset = 0;
  for (const spec of saved.weightSpecs) {
    if (spec.dtype !== 'float32' || spec.quantization)
      throw new Error(`quantize: weight ${spec.name} is ${spec.dtype}, expected plain float32`);
    const count = spec.shape.reduce((a, b) => a * b, 1);
    weights.push({
      name: spec.name,
      shape: [...spec.shape],
      values: new Float32Array(buffer.slice(offset, offset + 4 * count)),
    });
    offset += 4 * count;
  }
  if (offset !== buffer.byteLength) throw new Error(`quantize: ${buffer.byteLength - offset} weight bytes left over`);
  return { artifacts: saved, weights };
}

/**
 * A new model with the snapshot's architecture and the given weights (same names, shapes and
 * order as `snapshot.weights`). The caller owns and disposes it.
 */
export async function loadWithWeights(
  snapshot: ModelSnapshot,
  weights: readonly NamedWeight[],
): Promise<tf.LayersModel> {
  const specs = snapshot.artifacts.weightSpecs ?? [];
  if (weights.length !== specs.length) throw new Error(`quantize: ${weights.length} weights for ${specs.length} specs`);
  const total = weights.reduce((n, w) => n + w.values.length, 0);
  const data = new Float32Array(total);
  let offset = 0;
  weights.forEach((weight, i) => {
    if (weight.name !== specs[i].name || weight.shape.join() !== specs[i].shape.join())
      throw new Error(`quantize: weight ${i} is ${weight.name} [${weight.shape}], expected ${specs[i].name}`);
    data.set(weight.values, offset);
    offset += weight.values.length;
  });
  return tf.loadLayersModel(tf.io.fromMemory({ ...snapshot.artifacts, weightSpecs: specs, weightData: data.buffer }));
}
