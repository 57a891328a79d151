/** The timers a {@link MessageBatcher} uses; the browser's by default, fakes in unit tests. */
export interface BatchScheduler {
  frame(callback: () => void): number;
  cancelFrame(handle: number): void;
  timeout(callback: () => void, ms: number): number;
  cancelTimeout(handle: number): void;
}

const browserScheduler: BatchScheduler = {
  frame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  timeout: (callback, ms) => window.setTimeout(callback, ms),
  cancelTimeout: (handle) => window.clearTimeout(handle),
};

/**
 * How long messages may wait when no animation frame comes: browsers stop animation frames in
 * hidden tabs, while the training worker keeps going. Timers still run there (about once a
 * second), so the view stays current and the queue stays small; back in view, frames take over.
 */
export const HIDDEN_FLUSH_MS = 250;

export interface MessageBatcher<T> {
  push(message: T): void;
  /** Drops what is queued and cancels the pending flush (on unmount). */
  cancel(): void;
}

/**
 * Collects worker messages and hands them to `apply` together, once per animation frame (on a
 * fast GPU batches arrive far more often than the screen can show them), or after
 * {@link HIDDEN_FLUSH_MS} when no frame comes (a hidden tab).
 */
export function createMessageBatcher<T>(
  apply: (messages: T[]) => void,
  scheduler: BatchScheduler = browserScheduler,
): MessageBatcher<T> {
  let queued: T[] = [];
  let frame = 0;
  let timer = 0;
  const clear = () => {
    if (frame) scheduler.cancelFrame(frame);
    if (timer) scheduler.cancelTimeout(timer);
    frame = 0;
    timer = 0;
  };
  const flush = () => {
    clear();
    const messages = queued;
    queued = [];
    if (messages.length > 0) apply(messages);
  };
  return {
    push(message) {
      queued.push(message);
      if (frame || timer) return;
      frame = scheduler.frame(flush);
      timer = scheduler.timeout(flush, HIDDEN_FLUSH_MS);
    },
    cancel() {
      clear();
      queued = [];
    },
  };
}
