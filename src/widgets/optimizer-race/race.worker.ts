/**
 * The optimizer race's worker: all TF.js work happens here (WebGL on an OffscreenCanvas), so a
 * slow GPU read-back never blocks the page. The page sends {@link RaceRequest}s and draws the
 * {@link RaceUpdate}s this posts back.
 */
import { workerScope } from '../shared/worker/worker-scope';
import { RaceEngine } from './engine';
import type { RaceRequest, RaceUpdate } from './protocol';

const scope = workerScope<RaceRequest, RaceUpdate>();

/** Waits for the next display frame where workers have requestAnimationFrame, else about 16 ms. */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 16);
  });

const engine = new RaceEngine((update) => scope.postMessage(update), nextFrame);
scope.addEventListener('message', (event) => engine.handle(event.data));
