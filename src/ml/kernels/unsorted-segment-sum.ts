import * as tf from '@tensorflow/tfjs';
import { readInput, writeOutput, type FastBackendName, type NumericArray } from './backend-io';

/**
 * `out[s, …] = Σ_{i : segmentIds[i] = s} x[i, …]` for `s` in `0 … numSegments − 1`; ids outside
 * that range are dropped (TensorFlow's semantics). `segmentIds` indexes the first
 * `idCount` rows of `x`, each row holding `rowSize` values. Pure: returns a new array of
 * `numSegments × rowSize` values, float32 unless `int32` is asked for.
 *
 * This is the gradient of `gather` (an embedding lookup): one pass, O(size of x). The stock cpu
 * kernel builds a mask, multiplies and sums over the whole input once per segment
 * (O(numSegments × size of x)): minutes for a 10,000-word embedding.
 */
export function unsortedSegmentSumImpl(
  x: NumericArray,
  segmentIds: NumericArray,
  rowSize: number,
  numSegments: number,
  dtype: 'float32' | 'int32' = 'float32',
): Float32Array | Int32Array {
  const out = dtype === 'int32' ? new Int32Array(numSegments * rowSize) : new Float32Array(numSegments * rowSize);
  // float64 accumulation for float32, like summing with JS numbers in the stock kernel.
  const acc = dtype === 'int32' ? out : new Float64Array(numSegments * rowSize);
  for (let i = 0; i < segmentIds.length; i++) {
    const s = segmentIds[i];
    if (s < 0 || s >= numSegments) continue;
    const from = i * rowSize;
    const to = s * rowSize;
    for (let j = 0; j < rowSize; j++) acc[to + j] += x[from + j];
  }
  if (acc !== out) out.set(acc);
  return out;
}

/** An `UnsortedSegmentSum` kernel for `backendName`, built on {@link unsortedSegmentSumImpl}. */
export function unsortedSegmentSumKernel(backendName: FastBackendName): tf.KernelConfig {
  return {
    kernelName: tf.UnsortedSegmentSum,
    backendName,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, segmentIds } = inputs;
      if (!x || !segmentIds) throw new Error('UnsortedSegmentSum needs inputs x and segmentIds');
      const numSegments = Number((attrs as { numSegments?: unknown } | undefined)?.numSegments);
      if (!Number.isInteger(numSegments) || numSegments < 0) throw new Error('UnsortedSegmentSum: bad numSegments');
      const idRank = segmentIds.shape.length;
      const rowShape = x.shape.slice(idRank);
      const rowSize = rowShape.reduce((a, b) => a * b, 1);
      const dtype = x.dtype === 'int32' ? 'int32' : 'float32';
      const values = unsortedSegmentSumImpl(
        readInput(backend, x),
        readInput(backend, segmentIds),
        rowSize,
        numSegments,
        dtype,
      );
      return writeOutput(backend, [numSegments, ...rowShape], dtype, values);
    },
  };
}
