/** Starting TF.js backends in Node (tests, benchmarks): the wasm binaries come from node_modules. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { initBackend, type BackendInfo, type BackendName } from '../src/ml/backend';

/** node_modules/@tensorflow/tfjs-backend-wasm/dist/ with a trailing slash, as setWasmPaths wants. */
export function nodeWasmPaths(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@tensorflow/tfjs-backend-wasm');
  return `${path.dirname(main)}${path.sep}`;
}

/** Makes `backend` (with our fast kernels) the current TF.js backend in Node; throws if it cannot start. */
export async function initNodeBackend(backend: Exclude<BackendName, 'webgl'>): Promise<BackendInfo> {
  const info = await initBackend({ preference: [backend], wasmPaths: nodeWasmPaths() });
  if (info.backend !== backend) throw new Error(`Wanted the ${backend} backend, got ${info.backend}`);
  return info;
}
