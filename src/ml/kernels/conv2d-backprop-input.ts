import * as tf from '@tensorflow/tfjs';
import { backendOf, readInput, writeOutput, type NumericArray } from './backend-io';
import { convInfo, convSizes, wasmMatMul, type ConvGradAttrs } from './conv-util';

interface Conv2DBackpropInputAttrs extends ConvGradAttrs {
  inputShape: [number, number, number, number];
}

/**
 * Adds the columns of `cols` (an `n × k` matrix: one row per output position, one column per
 * filter entry) back onto the input positions they were taken from ("col2im", the adjoint of
 * im2col): `dx[b, r·sH + wR − padTop, c·sW + wC − padLeft, d] += cols[(b, r, c), (wR, wC, d)]`,
 * skipping padding. NHWC only. Changes `dx` (which the caller zero-fills).
 */
export function col2im(cols: NumericArray, info: tf.backend_util.Conv2DInfo, dx: Float32Array): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth } = info;
  const { k } = convSizes(info);
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  let row = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let r = 0; r < outHeight; r++) {
      for (let c = 0; c < outWidth; c++, row++) {
        for (let wR = 0; wR < filterHeight; wR++) {
          const inR = r * info.strideHeight + wR - top;
          if (inR < 0 || inR >= inHeight) continue;
          for (let wC = 0; wC < filterWidth; wC++) {
            const inC = c * info.strideWidth + wC - left;
            if (inC < 0 || inC >= inWidth) continue;
            const to = ((b * inHeight + inR) * inWidth + inC) * inChannels;
            const from = row * k + (wR * filterWidth + wC) * inChannels;
            for (let d = 0; d < inChannels; d++) dx[to + d] += cols[from + d];
          }
        }
      }
    }
  }
}

/**
 * The gradient of a 2-D convolution with respect to its input on wasm: `cols = dy · Wᵀ` as one
 * matrix product in the backend's BatchMatMul (XNNPACK), then {@link col2im} in JavaScript.
 * The stock wasm kernel is a direct loop nest that takes ~85% of a seed-CNN step. Returns
 * undefined (use the stock kernel) for NCHW or without BatchMatMul. Allocates only the output.
 */
function conv2dBackpropInputWasm(
  backend: object,
  dy: tf.TensorInfo,
  filter: tf.TensorInfo,
  info: tf.backend_util.Conv2DInfo,
): tf.TensorInfo | undefined {
  if (info.dataFormat !== 'channelsLast' || !tf.getKernel(tf.BatchMatMul, 'wasm')) return undefined;
  const { n, k } = convSizes(info);
  const outChannels = info.outChannels;
  // Wᵀ: [outChannels, k]. Allocate before taking heap views (an allocation can detach them).
  const filterT = writeOutput(backend, [1, outChannels, k], 'float32');
  const w = readInput(backend, filter);
  const wT = readInput(backend, filterT);
  for (let i = 0; i < k; i++) for (let o = 0; o < outChannels; o++) wT[o * k + i] = w[i * outChannels + o];
  const dy3d: tf.TensorInfo = { dataId: dy.dataId, shape: [1, n, outChannels], dtype: dy.dtype };
  const cols = wasmMatMul(backend, dy3d, filterT);
  backendOf(backend).disposeData(filterT.dataId);
  if (!cols) return undefined;
  const dx = writeOutput(backend, info.inShape, 'float32');
  const dxValues = readInput(backend, dx) as Float32Array;
  dxValues.fill(0);
  col2im(readInput(backend, cols), info, dxValues);
  backendOf(backend).disposeData(cols.dataId);
  return dx;
}

/**
 * A wasm `Conv2DBackpropInput` kernel that falls back to `stock` (the kernel it replaces) where
 * {@link conv2dBackpropInputWasm} does not apply.
 */
export function conv2dBackpropInputKernel(stock: tf.KernelConfig | undefined): tf.KernelConfig {
  return {
    kernelName: tf.Conv2DBackpropInput,
    backendName: 'wasm',
    kernelFunc: (args) => {
      const { dy, filter } = args.inputs;
      if (!dy || !filter) throw new Error('Conv2DBackpropInput needs inputs dy and filter');
      const attrs = args.attrs as unknown as Conv2DBackpropInputAttrs;
      const info = convInfo(attrs.inputShape, filter.shape, attrs);
      const result = conv2dBackpropInputWasm(args.backend, dy, filter, info);
      if (result) return result;
      if (!stock) throw new Error('Conv2DBackpropInput: no fallback kernel for this layout');
      return stock.kernelFunc(args);
    },
  };
}
