/**
 * Our own kernels for ops that tfjs 4.22 lacks on wasm (Conv2DBackpropFilter,
 * UnsortedSegmentSum) or runs pathologically slowly on cpu (the same two: 12 s per CNN batch,
 * minutes per embedding batch). {@link registerFastKernels} installs them; the stock cpu kernels
 * it replaces stay available through {@link stockKernel} for tests and benchmarks.
 */
import * as tf from '@tensorflow/tfjs';
import type { FastBackendName } from './backend-io';
import { conv2dBackpropFilterKernel } from './conv2d-backprop-filter';
import { unsortedSegmentSumKernel } from './unsorted-segment-sum';

export type { FastBackendName } from './backend-io';
export { conv2dBackpropFilterImpl } from './conv2d-backprop-filter';
export { unsortedSegmentSumImpl } from './unsorted-segment-sum';

/** Names of the kernels we provide. */
export const FAST_KERNEL_NAMES = [tf.Conv2DBackpropFilter, tf.UnsortedSegmentSum] as const;
export type FastKernelName = (typeof FAST_KERNEL_NAMES)[number];

const makers: Record<FastKernelName, (backend: FastBackendName) => tf.KernelConfig> = {
  [tf.Conv2DBackpropFilter]: conv2dBackpropFilterKernel,
  [tf.UnsortedSegmentSum]: unsortedSegmentSumKernel,
};

/** Stock kernels we unregistered, keyed `backend/kernel`. */
const stock = new Map<string, tf.KernelConfig>();
/** Our kernels currently registered, keyed `backend/kernel`. */
const ours = new Map<string, tf.KernelConfig>();

/**
 * Registers our kernels on the given backends (default cpu and wasm), replacing the stock ones
 * (which are kept for {@link stockKernel}). Idempotent. Changes the global tfjs kernel registry;
 * works before or after the backend is initialised (tfjs looks kernels up per call).
 */
export function registerFastKernels(backends: readonly FastBackendName[] = ['cpu', 'wasm']): void {
  for (const backendName of backends) {
    for (const kernelName of FAST_KERNEL_NAMES) {
      const key = `${backendName}/${kernelName}`;
      if (ours.has(key)) continue;
      const existing = tf.getKernel(kernelName, backendName);
      if (existing) {
        stock.set(key, existing);
        tf.unregisterKernel(kernelName, backendName);
      }
      const config = makers[kernelName](backendName);
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

/** The stock kernel that {@link registerFastKernels} replaced, if any (e.g. cpu's slow one). */
export function stockKernel(kernelName: FastKernelName, backendName: FastBackendName): tf.KernelConfig | undefined {
  return stock.get(`${backendName}/${kernelName}`) ?? (ours.has(`${backendName}/${kernelName}`) ? undefined : tf.getKernel(kernelName, backendName));
}

/** Whether our kernel is the one registered now for `kernelName` on `backendName`. */
export function isFastKernelActive(kernelName: FastKernelName, backendName: FastBackendName): boolean {
  const config = ours.get(`${backendName}/${kernelName}`);
  return config !== undefined && tf.getKernel(kernelName, backendName)?.kernelFunc === config.kernelFunc;
}
