import * as tf from '@tensorflow/tfjs';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

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
export async function chooseBackend(preference: readonly BackendName[] = ['webgl', 'cpu']): Promise<BackendInfo> {
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
