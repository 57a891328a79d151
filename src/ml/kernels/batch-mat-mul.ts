import * as tf from '@tensorflow/tfjs';
import { backendOf, readInput, writeOutput } from './backend-io';

/**
 * A new float32 backend tensor holding `t` with its last two axes swapped (a batch of matrix
 * transposes), written straight into the wasm heap. The caller disposes it.
 */
function transposeLastTwo(backend: object, t: tf.TensorInfo): tf.TensorInfo {
  const rank = t.shape.length;
  const rows = t.shape[rank - 2];
  const cols = t.shape[rank - 1];
  const batch = t.shape.slice(0, -2).reduce((a, b) => a * b, 1);
  // Allocate before taking heap views: an allocation can detach them.
  const out = writeOutput(backend, [...t.shape.slice(0, -2), cols, rows], 'float32');
  const src = readInput(backend, t);
  const dst = readInput(backend, out);
  for (let m = 0, base = 0; m < batch; m++, base += rows * cols) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) dst[base + j * rows + i] = src[base + i * cols + j];
    }
  }
  return out;
}

/**
 * The wasm `BatchMatMul`, with transposed operands transposed first. In tfjs-backend-wasm 4.22
 * a product with `transposeA` or `transposeB` leaves the fast XNNPACK path and runs 5–9× slower,
 * and every dense layer's weight gradient is such a product (xᵀ·dy). A transpose is one cheap
 * pass over the operand; the product itself stays the stock kernel's (`stock`), so results agree
 * up to summation order.
 */
export function batchMatMulKernel(stock: tf.KernelConfig | undefined): tf.KernelConfig {
  return {
    kernelName: tf.BatchMatMul,
    backendName: 'wasm',
    kernelFunc: (args) => {
      if (!stock) throw new Error('BatchMatMul: the wasm backend is not loaded');
      const { a, b } = args.inputs;
      const attrs = args.attrs as { transposeA?: boolean; transposeB?: boolean } | undefined;
      if (!a || !b || (!attrs?.transposeA && !attrs?.transposeB) || a.dtype !== 'float32' || b.dtype !== 'float32') {
        return stock.kernelFunc(args);
      }
      const temporary: tf.TensorInfo[] = [];
      const plain = (t: tf.TensorInfo, transpose: boolean | undefined) => {
        if (!transpose) return t;
        const copy = transposeLastTwo(args.backend, t);
        temporary.push(copy);
        return copy;
      };
      try {
        const inputs = { a: plain(a, attrs.transposeA), b: plain(b, attrs.transposeB) };
        const plainAttrs = { ...attrs, transposeA: false, transposeB: false } as unknown as tf.NamedAttrMap;
        return stock.kernelFunc({ inputs, backend: args.backend, attrs: plainAttrs });
      } finally {
        for (const t of temporary) backendOf(args.backend).disposeData(t.dataId);
      }
    },
  };
}
