/**
 * Symmetric post-training quantisation of one weight tensor to b-bit signed integers, either with
 * one scale for the whole tensor or one scale per output channel (the last axis: the units of a
 * dense kernel [in, out], the filters of a conv kernel [h, w, in, out]):
 *
 *   s = max|x| / q_max,   q = clamp(round(x / s), −q_max, q_max),   x̂ = s · q,   q_max = 2^(b−1) − 1
 *
 * so |x − x̂| ≤ s/2 for every weight. Pure numbers, no TF.js: the arrays in are not changed.
 */

/** Bit widths the quantiser supports (32 means "not quantised": float32 as stored). */
export const QUANT_BITS = [8, 4, 2] as const;
export type QuantBits = (typeof QUANT_BITS)[number];

/** One scale for the whole tensor, or one per output channel (last axis). */
export type Granularity = 'per-tensor' | 'per-channel';
export const GRANULARITIES: readonly Granularity[] = ['per-tensor', 'per-channel'];

/** The largest code of symmetric b-bit quantisation: 127 for 8 bits, 7 for 4, 1 for 2 (codes −1, 0, 1). */
export function symmetricQMax(bits: number): number {
  if (!Number.isInteger(bits) || bits < 2 || bits > 16) throw new Error(`quantize: bits must be 2…16, got ${bits}`);
  return 2 ** (bits - 1) - 1;
}

/** A quantised tensor: its integer codes, its scales, the dequantised values and their error. */
export interface QuantizedTensor {
  bits: number;
  granularity: Granularity;
  shape: number[];
  /** One code per weight, in [−q_max, q_max] (Int8Array: every supported width fits in 8 bits). */
  codes: Int8Array;
  /** One scale (per-tensor) or one per output channel, stored as float32. */
  scales: Float32Array;
  /** x̂ = s · q for every weight, as float32 (what a float32 model computes with). */
  restored: Float32Array;
  /** max |x − x̂| over the tensor. */
  maxError: number;
  /** mean |x − x̂| over the tensor. */
  meanError: number;
  /** The largest scale: no weight is off by more than half of it. */
  maxScale: number;
}

/** Number of output channels of a tensor of this shape (the size of the last axis; 1 for a scalar). */
export function channelCount(shape: readonly number[]): number {
  return shape.length === 0 ? 1 : shape[shape.length - 1];
}

function checkShape(values: ArrayLike<number>, shape: readonly number[]): void {
  const size = shape.reduce((a, b) => a * b, 1);
  if (!shape.every((d) => Number.isInteger(d) && d > 0) || size !== values.length)
    throw new Error(`quantize: shape [${shape.join(', ')}] does not hold ${values.length} values`);
}

/**
 * Quantises `values` (row-major, of `shape`) symmetrically to `bits` bits. Per channel, weight i
 * belongs to channel i mod C, C = the last dimension. A channel (or tensor) of zeros gets scale 0
 * and codes 0, and is restored exactly.
 */
export function quantizeTensor(
  values: ArrayLike<number>,
  shape: readonly number[],
  bits: number,
  granularity: Granularity,
): QuantizedTensor {
  checkShape(values, shape);
  const qMax = symmetricQMax(bits);
  const channels = granularity === 'per-channel' ? channelCount(shape) : 1;
  const largest = new Float64Array(channels);
  for (let i = 0; i < values.length; i++) {
    const c = i % channels;
    largest[c] = Math.max(largest[c], Math.abs(values[i]));
  }
  const scales = Float32Array.from(largest, (m) => m / qMax);
  const codes = new Int8Array(values.length);
  const restored = new Float32Array(values.length);
  let maxError = 0;
  let sumError = 0;
  for (let i = 0; i < values.length; i++) {
    const s = scales[i % channels];
    const q = s === 0 ? 0 : Math.min(qMax, Math.max(-qMax, Math.round(values[i] / s)));
    codes[i] = q;
    restored[i] = s * q;
    const error = Math.abs(values[i] - restored[i]);
    maxError = Math.max(maxError, error);
    sumError += error;
  }
  return {
    bits,
    granularity,
    shape: [...shape],
    codes,
    scales,
    restored,
    maxError,
    meanError: sumError / values.length,
    maxScale: scales.reduce((a, b) => Math.max(a, b), 0),
  };
}

/**
 * Bytes to store a quantised tensor of `count` weights: the codes packed at `bits` bits each
 * (⌈count · b / 8⌉ bytes) plus 4 bytes (float32) per scale.
 */
export function quantizedBytes(count: number, bits: number, scaleCount: number): number {
  return Math.ceil((count * bits) / 8) + 4 * scaleCount;
}
