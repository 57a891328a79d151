import * as tf from '@tensorflow/tfjs';
import { readInput, writeOutput, type FastBackendName } from './backend-io';

/** Numeric arrays a kernel may read (float32 or int32 tensor data). */
export type NumericArray = Float32Array | Int32Array | Uint8Array;

/**
 * The gradient of a 2-D convolution with respect to its filter:
 * `dW[wR, wC, d1, d2] = Σ_{b, yR, yC} x[b, yR·sH + wR − padTop, yC·sW + wC − padLeft, d1] · dy[b, yR, yC, d2]`.
 * Pure: returns a new Float32Array of `filterHeight × filterWidth × inChannels × outChannels`.
 *
 * Why it is fast: one pass over the output positions; for each position and filter tap it adds
 * an outer product `x[…, :] ⊗ dy[…, :]` into a float64 accumulator, so the innermost loop runs
 * over contiguous output channels, and zero inputs (common after ReLU) are skipped. The stock
 * cpu kernel instead walks the filter and calls `TensorBuffer.get` for every multiply.
 * Accumulating in float64 keeps it within float32 rounding of the stock kernel.
 */
export function conv2dBackpropFilterImpl(x: NumericArray, dy: NumericArray, info: tf.backend_util.Conv2DInfo): Float32Array {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { strideHeight, strideWidth, filterHeight, filterWidth, dilationHeight, dilationWidth } = info;
  if (dilationHeight !== 1 || dilationWidth !== 1) throw new Error('Conv2DBackpropFilter: dilations are not supported');
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const last = info.dataFormat === 'channelsLast';
  // Element strides of x and dy along (batch, row, column, channel) for either layout.
  const xS = last
    ? [inHeight * inWidth * inChannels, inWidth * inChannels, inChannels, 1]
    : [inChannels * inHeight * inWidth, inWidth, 1, inHeight * inWidth];
  const yS = last
    ? [outHeight * outWidth * outChannels, outWidth * outChannels, outChannels, 1]
    : [outChannels * outHeight * outWidth, outWidth, 1, outHeight * outWidth];
  const [xB, xR, xC, xD] = xS;
  const [yB, yR, yC, yD] = yS;
  const acc = new Float64Array(filterHeight * filterWidth * inChannels * outChannels);
  for (let b = 0; b < batchSize; b++) {
    for (let r = 0; r < outHeight; r++) {
      for (let wR = 0; wR < filterHeight; wR++) {
        const inR = r * strideHeight + wR - top;
        if (inR < 0 || inR >= inHeight) continue;
        for (let c = 0; c < outWidth; c++) {
          const dyBase = b * yB + r * yR + c * yC;
          for (let wC = 0; wC < filterWidth; wC++) {
            const inC = c * strideWidth + wC - left;
            if (inC < 0 || inC >= inWidth) continue;
            const xBase = b * xB + inR * xR + inC * xC;
            const kBase = (wR * filterWidth + wC) * inChannels * outChannels;
            for (let d1 = 0; d1 < inChannels; d1++) {
              const xv = x[xBase + d1 * xD];
              if (xv === 0) continue;
              const row = kBase + d1 * outChannels;
              for (let d2 = 0; d2 < outChannels; d2++) acc[row + d2] += xv * dy[dyBase + d2 * yD];
            }
          }
        }
      }
    }
  }
  return Float32Array.from(acc);
}

interface Conv2DBackpropFilterAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape: [number, number, number, number];
}

/** A `Conv2DBackpropFilter` kernel for `backendName`, built on {@link conv2dBackpropFilterImpl}. */
export function conv2dBackpropFilterKernel(backendName: FastBackendName): tf.KernelConfig {
  return {
    kernelName: tf.Conv2DBackpropFilter,
    backendName,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs;
      if (!x || !dy) throw new Error('Conv2DBackpropFilter needs inputs x and dy');
      const a = attrs as unknown as Conv2DBackpropFilterAttrs;
      const info = tf.backend_util.computeConv2DInfo(
        x.shape as [number, number, number, number],
        a.filterShape,
        a.strides,
        1,
        a.pad,
        a.dimRoundingMode,
        false,
        tf.backend_util.convertConv2DDataFormat(a.dataFormat),
      );
      const values = conv2dBackpropFilterImpl(readInput(backend, x), readInput(backend, dy), info);
      return writeOutput(backend, info.filterShape, 'float32', values);
    },
  };
}
