/**
 * Our own kernels for ops that tfjs 4.22 lacks on wasm (Conv2DBackpropFilter,
 * UnsortedSegmentSum) or runs slowly: on cpu the same two are pathological (12 s per CNN
 * batch, minutes per embedding batch), MaxPoolGrad is slow on cpu and wasm, wasm's
 * Conv2DBackpropInput is a plain loop nest, its BatchMatMul is slow with transposed operands and its
 * GatherV2 (embedding lookups) computes every element's position separately. {@link registerFastKernels} installs them; the stock
 * kernels they replace stay available through {@link stockKernel} for tests and benchmarks.
 */
import * as tf from '@tensorflow/tfjs';
import type { FastBackendName } from './backend-io';
import { batchMatMulKernel } from './batch-mat-mul';
import { conv2dBackpropFilterKernel } from './conv2d-backprop-filter';
import { conv2dBackpropInputKernel } from './conv2d-backprop-input';
import { gatherKernel } from './gather';
import { maxPoolGradKernel } from './max-pool-grad';
import { unsortedSegmentSumKernel } from './unsorted-segment-sum';

export type { FastBackendName } from './backend-io';
export { conv2dBackpropFilterImpl } from './conv2d-backprop-filter';
export { col2im } from './conv2d-backprop-input';
export { gatherRowsImpl } from './gather';
export { maxPoolGradImpl } from './max-pool-grad';
export { unsortedSegmentSumImpl } from './unsorted-segment-sum';

/** Names of the kernels we provide. */
export const FAST_KERNEL_NAMES = [
  tf.Conv2DBackpropFilter,
  tf.UnsortedSegmentSum,
  tf.MaxPoolGrad,
  tf.Conv2DBackpropInput,
  tf.BatchMatMul,
  tf.GatherV2,
] as const;
export type FastKernelName = (typeof FAST_KERNEL_NAMES)[number];

/** Which backends get which kernel; a maker receives the stock kernel it replaces (if any). */
const makers: Record<
  FastKernelName,
  { backends: FastBackendName[]; make: (backend: FastBackendName, stock?: tf.KernelConfig) => tf.KernelConfig }
> = {
  [tf.Conv2DBackpropFilter]: { backends: ['cpu', 'wasm'], make: conv2dBackpropFilterKernel },
  [tf.UnsortedSegmentSum]: { backends: ['cpu', 'wasm'], make: unsortedSegmentSumKernel },
  [tf.MaxPoolGrad]: { backends: ['cpu', 'wasm'], make: maxPoolGradKernel },
  [tf.Conv2DBackpropInput]: { backends: ['wasm'], make: (_, stock) => conv2dBackpropInputKernel(stock) },
  [tf.BatchMatMul]: { backends: ['wasm'], make: (_, stock) => batchMatMulKernel(stock) },
  [tf.GatherV2]: { backends: ['cpu', 'wasm'], make: gatherKernel },
};

/** Stock kernels we unregistered, keyed `backend/kernel`. */
const stock = new Map<string, tf.KernelConfig>();
/** Our kernels currently registered, keyed `backend/kernel`. */
const ours = new Map<string, tf.KernelConfig>();

/**
 * Registers our kernels on the given backends (default: cpu and wasm, where their backend module
 * has been loaded), replacing the stock ones (kept for {@link stockKernel}). Idempotent. Call it
 * after importing @tensorflow/tfjs-backend-wasm: importing it registers its own kernels over
 * ours ({@link initBackend} in ../backend.ts does it in that order; calling this again repairs
 * it). Changes the global tfjs kernel registry; works before or after a backend is initialised
 * (tfjs looks kernels up per call). A replaced kernel's setup and dispose hooks are carried over,
 * so that a fallback to it still works.
 */
export function registerFastKernels(
  backends: readonly FastBackendName[] = (['cpu', 'wasm'] as const).filter((b) => Boolean(tf.findBackendFactory(b))),
): void {
  for (const kernelName of FAST_KERNEL_NAMES) {
    const { backends: supported, make } = makers[kernelName];
    for (const backendName of backends.filter((b) => supported.includes(b))) {
      if (isFastKernelActive(kernelName, backendName)) continue;
      const key = `${backendName}/${kernelName}`;
      const existing = tf.getKernel(kernelName, backendName);
      if (existing) {
        stock.set(key, existing);
        tf.unregisterKernel(kernelName, backendName);
      }
      const config: tf.KernelConfig = {
        ...make(backendName, existing),
        ...(existing?.setupFunc ? { setupFunc: existing.setupFunc } : {}),
        ...(existing?.disposeFunc ? { disposeFunc: existing.disposeFunc } : {}),
      };
      tf.registerKernel(config);
      ours.set(key, config);
    }
  }
}

/** Puts the stock kernels back (and removes ours where there was none). Changes the registry. */
export function unregisterFastKernels(): void {
  for (const [key, config] of ours) {
    tf.unregisterKernel(config.kernelName, config.backendName);
    const original = stock.get(key);
    if (original) tf.registerKernel(original);
    stock.delete(key);
    ours.delete(key);
  }
}

/** The stock kernel that {@link registerFastKernels} replaced, or the registered one if none was. */
export function stockKernel(kernelName: FastKernelName, backendName: FastBackendName): tf.KernelConfig | undefined {
  const key = `${backendName}/${kernelName}`;
  return stock.get(key) ?? (ours.has(key) ? undefined : tf.getKernel(kernelName, backendName));
}

/** Whether our kernel is the one registered now for `kernelName` on `backendName`. */
export function isFastKernelActive(kernelName: FastKernelName, backendName: FastBackendName): boolean {
  const config = ours.get(`${backendName}/${kernelName}`);
  return config !== undefined && tf.getKernel(kernelName, backendName)?.kernelFunc === config.kernelFunc;
}

/**
 * Runs one kernel config directly on the current backend (bypassing the registry), e.g. a stock
 * kernel kept by {@link stockKernel}. Returns a new tensor the caller must dispose.
 */
export function runKernelConfig(
  config: tf.KernelConfig,
  inputs: Record<string, tf.Tensor>,
  attrs: Record<string, unknown>,
): tf.Tensor {
  const info = config.kernelFunc({ inputs, backend: tf.backend(), attrs: attrs as tf.NamedAttrMap });
  if (Array.isArray(info)) throw new Error(`${config.kernelName} returned several outputs`);
  return tf.engine().makeTensorFromTensorInfo(info);
}
