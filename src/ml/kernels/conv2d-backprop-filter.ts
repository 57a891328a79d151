import * as tf from '@tensorflow/tfjs';
import { backendOf, readInput, writeOutput, type FastBackendName, type NumericArray } from './backend-io';
import { convInfo, convSizes, layoutStrides, wasmMatMul, type ConvGradAttrs } from './conv-util';

/**
 * The gradient of a 2-D convolution with respect to its filter, as one matrix product:
 * `dW[k, o] = Σ_n P[k, n] · dY[o, n]` where `n` runs over (batch, output row, output column),
 * `k` over (filter row, filter column, input channel) and `P` holds the input patches
 * ("im2col", zeros where the filter hangs over the padding). This is
 * `dW[wR, wC, d1, o] = Σ_{b, r, c} x[b, r·sH + wR − padTop, c·sW + wC − padLeft, d1] · dy[b, r, c, o]`.
 *
 * Pure: returns a new Float32Array of `filterHeight × filterWidth × inChannels × outChannels`.
 * Why it is fast: both operands are laid out so that the innermost loop is a dot product over
 * contiguous memory with four accumulators in registers; the stock cpu kernel calls
 * `TensorBuffer.get` (index arithmetic and bounds checks) for every multiply. Sums are
 * accumulated in float64 (JavaScript numbers), as in the stock kernel.
 */
export function conv2dBackpropFilterImpl(
  x: NumericArray,
  dy: NumericArray,
  info: tf.backend_util.Conv2DInfo,
): Float32Array {
  const { n, k } = convSizes(info);
  const patches = scratch(0, k * n);
  im2colTransposed(x, info, patches);
  const dyT = scratch(1, info.outChannels * n);
  transposeDy(dy, info, dyT);
  const out = new Float32Array(k * info.outChannels);
  dotRows(patches, dyT, k, n, info.outChannels, out);
  return out;
}

/**
 * Writes the input patches as a `k × n` matrix into `out` (every element, zeros included).
 * Changes `out` only.
 */
export function im2colTransposed(x: NumericArray, info: tf.backend_util.Conv2DInfo, out: Float32Array): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth } = info;
  const { n } = convSizes(info);
  const [xB, xR, xC, xD] = layoutStrides(info.dataFormat === 'channelsLast', inHeight, inWidth, inChannels);
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  let col = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let r = 0; r < outHeight; r++) {
      for (let c = 0; c < outWidth; c++, col++) {
        for (let wR = 0; wR < filterHeight; wR++) {
          const inR = r * info.strideHeight + wR - top;
          const rowInside = inR >= 0 && inR < inHeight;
          for (let wC = 0; wC < filterWidth; wC++) {
            const inC = c * info.strideWidth + wC - left;
            const inside = rowInside && inC >= 0 && inC < inWidth;
            const xBase = b * xB + inR * xR + inC * xC;
            let row = (wR * filterWidth + wC) * inChannels * n + col;
            for (let d = 0; d < inChannels; d++, row += n) out[row] = inside ? x[xBase + d * xD] : 0;
          }
        }
      }
    }
  }
}

/** Writes dy as an `outChannels × n` matrix into `out`. Changes `out` only. */
function transposeDy(dy: NumericArray, info: tf.backend_util.Conv2DInfo, out: Float32Array): void {
  const { n } = convSizes(info);
  const { outHeight, outWidth, outChannels } = info;
  const [yB, yR, yC, yD] = layoutStrides(info.dataFormat === 'channelsLast', outHeight, outWidth, outChannels);
  let col = 0;
  for (let b = 0; b < info.batchSize; b++) {
    for (let r = 0; r < outHeight; r++) {
      for (let c = 0; c < outWidth; c++, col++) {
        const base = b * yB + r * yR + c * yC;
        for (let o = 0; o < outChannels; o++) out[o * n + col] = dy[base + o * yD];
      }
    }
  }
}

/** `out[i·cols + j] = Σ_t a[i·len + t] · b[j·len + t]` (a: rows × len, b: cols × len). Changes `out`. */
function dotRows(a: Float32Array, b: Float32Array, rows: number, len: number, cols: number, out: Float32Array): void {
  for (let i = 0; i < rows; i++) {
    const ai = i * len;
    let j = 0;
    for (; j + 4 <= cols; j += 4) {
      const b0 = j * len;
      const b1 = b0 + len;
      const b2 = b1 + len;
      const b3 = b2 + len;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let t = 0; t < len; t++) {
        const v = a[ai + t];
        s0 += v * b[b0 + t];
        s1 += v * b[b1 + t];
        s2 += v * b[b2 + t];
        s3 += v * b[b3 + t];
      }
      out[i * cols + j] = s0;
      out[i * cols + j + 1] = s1;
      out[i * cols + j + 2] = s2;
      out[i * cols + j + 3] = s3;
    }
    for (; j < cols; j++) {
      let s = 0;
      for (let t = 0; t < len; t++) s += a[ai + t] * b[j * len + t];
      out[i * cols + j] = s;
    }
  }
}

/** Reused work buffers (kernels run synchronously, one at a time), grown on demand. */
const buffers: Float32Array[] = [new Float32Array(0), new Float32Array(0)];
function scratch(slot: number, length: number): Float32Array {
  if (buffers[slot].length < length) buffers[slot] = new Float32Array(length);
  return buffers[slot].subarray(0, length);
}

interface Conv2DBackpropFilterAttrs extends ConvGradAttrs {
  filterShape: [number, number, number, number];
}

/**
 * On wasm (NHWC), the product runs in the backend's own BatchMatMul (XNNPACK, SIMD): we only
 * write the patches straight into the wasm heap. 4–5× faster than the JavaScript product.
 */
function wasmMatMulPath(
  backend: object,
  x: tf.TensorInfo,
  dy: tf.TensorInfo,
  info: tf.backend_util.Conv2DInfo,
): tf.TensorInfo | undefined {
  if (info.dataFormat !== 'channelsLast' || !tf.getKernel(tf.BatchMatMul, 'wasm')) return undefined;
  const { n, k } = convSizes(info);
  // Allocate first: views into the heap taken before an allocation may be detached by it.
  const patches = writeOutput(backend, [1, k, n], 'float32');
  im2colTransposed(readInput(backend, x), info, readInput(backend, patches) as Float32Array);
  const dy3d: tf.TensorInfo = { dataId: dy.dataId, shape: [1, n, info.outChannels], dtype: dy.dtype };
  const product = wasmMatMul(backend, patches, dy3d);
  backendOf(backend).disposeData(patches.dataId);
  if (!product) return undefined;
  // Same buffer, filter shape: what the Reshape kernel does, minus a reference we would drop.
  return { dataId: product.dataId, shape: info.filterShape, dtype: 'float32' };
}

/** A `Conv2DBackpropFilter` kernel for `backendName` (see {@link conv2dBackpropFilterImpl}). */
export function conv2dBackpropFilterKernel(backendName: FastBackendName): tf.KernelConfig {
  return {
    kernelName: tf.Conv2DBackpropFilter,
    backendName,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs;
      if (!x || !dy) throw new Error('Conv2DBackpropFilter needs inputs x and dy');
      const a = attrs as unknown as Conv2DBackpropFilterAttrs;
      const info = convInfo(x.shape, a.filterShape, a);
      if (backendName === 'wasm') {
        const viaMatMul = wasmMatMulPath(backend, x, dy, info);
        if (viaMatMul) return viaMatMul;
      }
      const values = conv2dBackpropFilterImpl(readInput(backend, x), readInput(backend, dy), info);
      return writeOutput(backend, info.filterShape, 'float32', values);
    },
  };
}
