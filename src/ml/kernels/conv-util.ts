import * as tf from '@tensorflow/tfjs';

/** Attributes shared by the convolution gradient kernels (see tfjs-core kernel_names). */
export interface ConvGradAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

type Shape4 = [number, number, number, number];

/** The convolution geometry (as the stock kernels compute it) for an input and filter shape. */
export function convInfo(xShape: number[], filterShape: number[], attrs: ConvGradAttrs): tf.backend_util.Conv2DInfo {
  const info = tf.backend_util.computeConv2DInfo(
    xShape as Shape4,
    filterShape as Shape4,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    tf.backend_util.convertConv2DDataFormat(attrs.dataFormat),
  );
  if (info.dilationHeight !== 1 || info.dilationWidth !== 1) throw new Error('Convolution gradients: no dilations');
  return info;
}

/** Number of output positions (n) and of filter entries per output channel (k). */
export function convSizes(info: tf.backend_util.Conv2DInfo): { n: number; k: number } {
  return {
    n: info.batchSize * info.outHeight * info.outWidth,
    k: info.filterHeight * info.filterWidth * info.inChannels,
  };
}

/** Element strides of a 4-D tensor along (batch, row, column, channel) for either layout. */
export function layoutStrides(last: boolean, h: number, w: number, c: number): [number, number, number, number] {
  return last ? [h * w * c, w * c, c, 1] : [c * h * w, w, 1, h * w];
}

/**
 * `a × b` for rank-3 float32 tensors on the wasm backend, through its own BatchMatMul kernel
 * (XNNPACK, SIMD). Only the plain product: in tfjs-backend-wasm 4.22 `transposeA`/`transposeB`
 * are 5–9× slower than transposing yourself. Returns a new backend tensor [batch, rows, cols],
 * or undefined when the kernel is missing. `a` and `b` may be reinterpretations (same dataId,
 * another shape) of existing tensors: the kernel takes its own references.
 */
export function wasmMatMul(backend: object, a: tf.TensorInfo, b: tf.TensorInfo): tf.TensorInfo | undefined {
  const matMul = tf.getKernel(tf.BatchMatMul, 'wasm');
  if (!matMul) return undefined;
  const attrs = { transposeA: false, transposeB: false } as unknown as tf.NamedAttrMap;
  return matMul.kernelFunc({ inputs: { a, b }, backend, attrs }) as tf.TensorInfo;
}
