/**
 * WebGL context loss in a training worker. A GPU driver reset, another tab taking the GPU, or a
 * laptop switching GPUs can take the WebGL context away mid-training: every texture — weights,
 * data, optimizer state — is gone, and TF.js keeps issuing calls that do nothing. The worker must
 * notice (the canvas's `webglcontextlost` event), stop using WebGL, and tell the reader.
 */
import * as tf from '@tensorflow/tfjs';
import { chooseBackend, type BackendInfo, type BackendName } from '../../../ml/backend';
import type { LabNotice } from './notice';

/** The part of TF.js's WebGL backend that holds the context (not in its public types). */
interface WebGLBackendInternals {
  gpgpu?: { gl?: WebGLRenderingContext | WebGL2RenderingContext };
}

/** The WebGL context TF.js draws with, or null when it is not on webgl. */
function tfjsContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as unknown as WebGLBackendInternals).gpgpu?.gl ?? null;
}

/** Calls `onLost` (once) when TF.js's WebGL context is lost. Returns a function that stops watching. */
export function watchContextLoss(onLost: () => void): () => void {
  const canvas = tfjsContext()?.canvas;
  if (!canvas) return () => undefined;
  const listener = () => onLost();
  canvas.addEventListener('webglcontextlost', listener, { once: true });
  return () => canvas.removeEventListener('webglcontextlost', listener);
}

/**
 * Debug hook (?debug=faults): loses TF.js's WebGL context through `WEBGL_lose_context`, exactly
 * as a driver reset would. Returns false when there is no WebGL context or no such extension.
 */
export function loseContextForTesting(): boolean {
  const extension = tfjsContext()?.getExtension('WEBGL_lose_context');
  if (!extension) return false;
  extension.loseContext();
  return true;
}

export const CONTEXT_LOST_REASON = 'WebGL context lost';

/**
 * After a context loss (the caller has freed its tensors): moves TF.js to the first CPU backend
 * in `preference` that starts. The report lists webgl as tried first, with the loss as the reason.
 */
export async function fallBackAfterContextLoss(preference: readonly BackendName[]): Promise<BackendInfo> {
  const info = await chooseBackend(preference.filter((name) => name !== 'webgl'));
  return { ...info, fallbacks: [{ backend: 'webgl', reason: CONTEXT_LOST_REASON }, ...info.fallbacks] };
}

/** Resolves when `promise` settles or after `ms`, whichever is first (a run on a lost context may never end). */
export function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise
      .then(
        () => resolve(),
        () => resolve(),
      )
      .finally(() => clearTimeout(timer));
  });
}

/**
 * What a lab whose state lives on the CPU (the transfer labs' checkpoint and word vectors) tells the
 * reader after a context loss: the runs in progress were abandoned, and it now trains on `backend`.
 */
export function contextLostNotice(
  backend: string,
  duringTraining: boolean,
): { type: 'notice'; message: string; notice: LabNotice } {
  return {
    type: 'notice',
    message:
      `The WebGL context was lost${duringTraining ? ' during training' : ''} (the GPU was reset or taken by another ` +
      `program). The lab now runs on ${backend} (the CPU): press Train to train again. Reload the page to try the GPU again.`,
    notice: { code: 'context-lost-runs', backend, duringTraining },
  };
}
