import * as tf from '@tensorflow/tfjs';
import { readInput, writeOutput, type FastBackendName, type NumericArray } from './backend-io';

interface MaxPoolGradAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/**
 * The gradient of 2-D max pooling (NHWC): each output's gradient goes to the input that was the
 * maximum of its window (the first one, in row-major order, on ties; nothing when the window
 * holds only NaN or −∞), summed where windows overlap. Pure: returns a new Float32Array shaped
 * like `x`.
 *
 * One pass over the windows; the stock cpu kernel instead visits every input and every window
 * covering it through `TensorBuffer.get`, after a separate arg-max pass (~440 ms of a 1.8 s
 * seed-CNN step on cpu).
 */
export function maxPoolGradImpl(dy: NumericArray, x: NumericArray, info: tf.backend_util.Conv2DInfo): Float32Array {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, strideHeight, strideWidth } = info;
  const { effectiveFilterHeight, effectiveFilterWidth, dilationHeight, dilationWidth } = info;
  if (dilationHeight !== 1 || dilationWidth !== 1) throw new Error('MaxPoolGrad: no dilations');
  const dx = new Float32Array(batchSize * inHeight * inWidth * inChannels);
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  // Per channel of the current window: the best value so far and where it is.
  const best = new Float64Array(inChannels);
  const at = new Int32Array(inChannels);
  let out = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let yR = 0; yR < outHeight; yR++) {
      const r0 = yR * strideHeight - top;
      const rMin = Math.max(0, r0);
      const rMax = Math.min(inHeight, r0 + effectiveFilterHeight);
      for (let yC = 0; yC < outWidth; yC++, out += inChannels) {
        const c0 = yC * strideWidth - left;
        const cMin = Math.max(0, c0);
        const cMax = Math.min(inWidth, c0 + effectiveFilterWidth);
        best.fill(Number.NEGATIVE_INFINITY);
        at.fill(-1);
        // Row-major over the window, channels innermost (contiguous in NHWC).
        for (let r = rMin; r < rMax; r++) {
          for (let c = cMin; c < cMax; c++) {
            const base = ((b * inHeight + r) * inWidth + c) * inChannels;
            for (let d = 0; d < inChannels; d++) {
              const v = x[base + d];
              if (v > best[d]) {
                best[d] = v;
                at[d] = base + d;
              }
            }
          }
        }
        for (let d = 0; d < inChannels; d++) if (at[d] >= 0) dx[at[d]] += dy[out + d];
      }
    }
  }
  return dx;
}

/** A `MaxPoolGrad` kernel for `backendName`, built on {@link maxPoolGradImpl}. */
export function maxPoolGradKernel(backendName: FastBackendName): tf.KernelConfig {
  return {
    kernelName: tf.MaxPoolGrad,
    backendName,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { dy, input } = inputs;
      if (!dy || !input) throw new Error('MaxPoolGrad needs inputs dy and input');
      const a = attrs as unknown as MaxPoolGradAttrs;
      const info = tf.backend_util.computePool2DInfo(
        input.shape as [number, number, number, number],
        a.filterSize,
        a.strides,
        1,
        a.pad,
        a.dimRoundingMode,
      );
      const values = maxPoolGradImpl(readInput(backend, dy), readInput(backend, input), info);
      return writeOutput(backend, input.shape, 'float32', values);
    },
  };
}
