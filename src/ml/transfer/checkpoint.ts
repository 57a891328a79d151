/**
 * The pre-trained checkpoint: the weights of a model, by name, in a small binary asset
 * (public/data/transfer-cnn.bin, written by scripts/data/transfer.ts). The architecture is code
 * (./model.ts); the file holds only numbers and a JSON header that names and shapes them.
 */
import * as tf from '@tensorflow/tfjs';

/** Version of the layout; bump it when the layout changes. */
export const CHECKPOINT_FORMAT_VERSION = 1;
/** Where the data preparation writes the asset, relative to the site's base URL. */
export const TRANSFER_CHECKPOINT_PATH = 'data/transfer-cnn.bin';

/** One named weight: `layer/kind` (e.g. "conv1/kernel"), its shape and values. */
export interface NamedWeight {
  layer: string;
  /** Position of the weight within its layer (kernel 0, bias 1). */
  index: number;
  shape: number[];
  values: Float32Array;
}

/** Weights plus what produced them (plain JSON data). */
export interface Checkpoint {
  weights: NamedWeight[];
  info: Record<string, number | string>;
}

const MAGIC = [0x54, 0x43, 0x4e, 0x4e]; // "TCNN"

/** The weights of every layer of `model` (copied to the CPU; one read-back per weight). */
export async function checkpointOf(model: tf.LayersModel, info: Checkpoint['info']): Promise<Checkpoint> {
  const weights: NamedWeight[] = [];
  for (const layer of model.layers) {
    const tensors = layer.getWeights();
    for (let index = 0; index < tensors.length; index++) {
      const values = Float32Array.from(await tensors[index].data());
      weights.push({ layer: layer.name, index, shape: [...tensors[index].shape], values });
    }
  }
  return { weights, info };
}

/** The checkpoint's weights of one layer, in order. */
export function layerWeights(checkpoint: Checkpoint, layer: string): NamedWeight[] {
  return checkpoint.weights.filter((w) => w.layer === layer).sort((a, b) => a.index - b.index);
}

/**
 * Sets `layer`'s weights from the checkpoint (shapes are checked). Creates and frees temporary
 * tensors; the layer's variables keep the values.
 */
export function loadLayer(layer: tf.layers.Layer, checkpoint: Checkpoint): void {
  const saved = layerWeights(checkpoint, layer.name);
  const tensors = saved.map((w) => tf.tensor(w.values, w.shape, 'float32'));
  try {
    layer.setWeights(tensors);
  } finally {
    tensors.forEach((t) => t.dispose());
  }
}

/** Serialises a checkpoint: `"TCNN" | version | header bytes (uint32 LE) | JSON header | float32 values`. Pure. */
export function encodeCheckpoint(checkpoint: Checkpoint): Uint8Array {
  const header = {
    info: checkpoint.info,
    weights: checkpoint.weights.map(({ layer, index, shape }) => ({ layer, index, shape })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = Math.ceil(json.byteLength / 4) * 4;
  const floats = checkpoint.weights.reduce((n, w) => n + w.values.length, 0);
  const bytes = new Uint8Array(12 + headerBytes + floats * 4);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint32(4, CHECKPOINT_FORMAT_VERSION, true);
  view.setUint32(8, headerBytes, true);
  bytes.set(json, 12);
  bytes.fill(0x20, 12 + json.byteLength, 12 + headerBytes);
  let offset = 12 + headerBytes;
  for (const w of checkpoint.weights) {
    for (let i = 0; i < w.values.length; i++, offset += 4) view.setFloat32(offset, w.values[i], true);
  }
  return bytes;
}

/** Reads an asset written by {@link encodeCheckpoint}; throws a descriptive Error when it is not one. */
export function decodeCheckpoint(input: ArrayBuffer | Uint8Array): Checkpoint {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const rebuild = 'rebuild it with `npm run data`';
  if (bytes.byteLength < 12 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error(`Not a transfer checkpoint (expected "TCNN"); ${rebuild}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== CHECKPOINT_FORMAT_VERSION) {
    throw new Error(`Transfer checkpoint has format version ${version}; this code reads ${CHECKPOINT_FORMAT_VERSION}`);
  }
  const headerBytes = view.getUint32(8, true);
  if (12 + headerBytes > bytes.byteLength) throw new Error(`Transfer checkpoint truncated; ${rebuild}`);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerBytes))) as {
    info: Checkpoint['info'];
    weights: Omit<NamedWeight, 'values'>[];
  };
  let offset = 12 + headerBytes;
  const expected = offset + header.weights.reduce((n, w) => n + 4 * w.shape.reduce((a, b) => a * b, 1), 0);
  if (expected !== bytes.byteLength) {
    throw new Error(`Transfer checkpoint has ${bytes.byteLength} bytes, expected ${expected}; ${rebuild}`);
  }
  const weights = header.weights.map((w) => {
    const size = w.shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++, offset += 4) values[i] = view.getFloat32(offset, true);
    return { ...w, values };
  });
  return { weights, info: header.info };
}
