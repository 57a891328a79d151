import * as tf from '@tensorflow/tfjs';
import { registerFastKernels } from './kernels';
import { registerSortedGatherGradient } from './kernels/gather-grad';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** The order the book tries backends in: GPU, then the fast CPU path, then plain JavaScript. */
export const DEFAULT_BACKENDS: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/**
 * Where the wasm backend finds its binaries: a prefix ending in "/" (a URL in browsers, a
 * folder in Node: node_modules/@tensorflow/tfjs-backend-wasm/dist/), or one URL per file name
 * (tfjs-backend-wasm.wasm, tfjs-backend-wasm-simd.wasm, tfjs-backend-wasm-threaded-simd.wasm).
 */
export type WasmPaths = string | Record<string, string>;

export interface InitBackendOptions {
  /** Backends to try, first that starts wins. Default {@link DEFAULT_BACKENDS}. */
  preference?: readonly BackendName[];
  /** Location of the .wasm files; required for wasm unless the bundler serves them beside the script. */
  wasmPaths?: WasmPaths;
  /**
   * Register our kernels (see ./kernels: correct, fast gradients for cpu and wasm) and the sorted
   * gradient of embedding lookups on WebGL (./kernels/gather-grad.ts); default true.
   */
  fastKernels?: boolean;
}

export interface BackendInfo {
  /** The backend TF.js uses now. */
  backend: string;
  /** 2 for WebGL2, 1 for WebGL1, 0 when not on webgl. */
  webglVersion: number;
  /** Backends tried before this one, with why each failed. */
  fallbacks: { backend: BackendName; reason: string }[];
}

/**
 * Picks the first backend in `preference` that initialises and reports what it got.
 * Registering a backend (e.g. wasm) is the caller's job: this module only chooses.
 */
export async function chooseBackend(preference: readonly BackendName[] = DEFAULT_BACKENDS): Promise<BackendInfo> {
  const fallbacks: BackendInfo['fallbacks'] = [];
  for (const name of preference) {
    try {
      if (await tf.setBackend(name)) {
        await tf.ready();
        return {
          backend: tf.getBackend(),
          webglVersion: name === 'webgl' ? tf.env().getNumber('WEBGL_VERSION') : 0,
          fallbacks,
        };
      }
      fallbacks.push({ backend: name, reason: 'failed to initialise' });
    } catch (error) {
      fallbacks.push({ backend: name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  throw new Error(`No TF.js backend could start (tried ${preference.join(', ')})`);
}

/**
 * Prepares TF.js for training and picks a backend: loads and registers the wasm backend when it
 * is among `preference` (a dynamic import, so bundles without wasm stay small), points it at its
 * binaries, registers our fast kernels, then {@link chooseBackend}. Changes global TF.js state.
 * Call it before creating models: tensors live on the backend that was current when made.
 */
export async function initBackend(options: InitBackendOptions = {}): Promise<BackendInfo> {
  const { preference = DEFAULT_BACKENDS, wasmPaths, fastKernels = true } = options;
  const fallbacks: BackendInfo['fallbacks'] = [];
  let candidates = preference;
  if (preference.includes('wasm')) {
    try {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      if (wasmPaths !== undefined) wasm.setWasmPaths(wasmPaths);
    } catch (error) {
      fallbacks.push({ backend: 'wasm', reason: `could not load: ${error instanceof Error ? error.message : error}` });
      candidates = preference.filter((name) => name !== 'wasm');
    }
  }
  if (fastKernels) {
    registerFastKernels();
    registerSortedGatherGradient();
  }
  const info = await chooseBackend(candidates);
  return { ...info, fallbacks: [...fallbacks, ...info.fallbacks] };
}

export interface MatMulTiming {
  size: number;
  milliseconds: number;
  gflops: number;
  /** Sum of the product's entries, to check the result is right: size³ for all-ones inputs. */
  checksum: number;
}

/** Multiplies two size×size matrices of ones, timed after a warm-up run. Leaves no tensors. */
export async function timeMatMul(size = 256): Promise<MatMulTiming> {
  const run = () => tf.tidy(() => tf.matMul(tf.ones([size, size]), tf.ones([size, size])).sum());
  const warm = run();
  await warm.data();
  warm.dispose();
  const start = performance.now();
  const total = run();
  const [checksum] = await total.data();
  total.dispose();
  const milliseconds = performance.now() - start;
  return { size, milliseconds, gflops: (2 * size ** 3) / (milliseconds * 1e6), checksum };
}

export function numTensors(): number {
  return tf.memory().numTensors;
}
