/**
 * Giving the event loop a turn between batches so a page (or a worker's message handler, e.g.
 * a "pause" message) stays responsive while training runs.
 */

/** Resolves after other queued work had a chance to run. */
export type YieldFn = () => Promise<void>;

/**
 * The default yield, usable in Node, browsers and Web Workers: `setImmediate` where it exists
 * (Node), else a MessageChannel message (browsers and workers: not clamped to 4 ms like nested
 * `setTimeout(0)`), else `setTimeout(0)`. On a page's main thread prefer `tf.nextFrame`
 * (one batch per animation frame keeps drawing smooth).
 */
export const yieldToEventLoop: YieldFn = () =>
  new Promise<void>((resolve) => {
    if (typeof globalThis.setImmediate === 'function') globalThis.setImmediate(resolve);
    else if (typeof globalThis.MessageChannel === 'function') postToSelf(resolve);
    else setTimeout(resolve, 0);
  });

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

function postToSelf(resolve: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  waiting.push(resolve);
  channel.port2.postMessage(null);
}
