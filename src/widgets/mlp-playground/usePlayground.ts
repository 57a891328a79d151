import { useT } from '../../i18n';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { PointSplit } from '../../ml/data/toy2d';
import type { PlaygroundSetup } from '../../ml/playground/setup';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { PlaygroundRequest, PlaygroundResponse } from './protocol';
import { initialView, reduce, type PlaygroundView } from './state';

export interface PlaygroundApi {
  view: PlaygroundView;
  /** Frames drawn per second over the last second (0 when none arrive). */
  fps: number;
  send(request: PlaygroundRequest): void;
  dismissError(): void;
}

/**
 * Starts the playground's worker on mount (ending it on unmount frees every tensor it made),
 * sends it the experiment whenever `setup` or `data` change, and folds its messages into a
 * {@link PlaygroundView}. Frames are applied once per animation frame, then acknowledged, so the
 * worker never sends more pictures than the screen shows.
 */
export function usePlayground(setup: PlaygroundSetup, data: PointSplit): PlaygroundApi {
  const t = useT();
  const [view, dispatch] = useReducer(reduce, initialView);
  const [fps, setFps] = useState(0);
  const worker = useRef<Worker | null>(null);
  const first = useRef({ setup, data });

  useEffect(() => {
    const instance = new Worker(new URL('./mlp.worker.ts', import.meta.url), {
      type: 'module',
      name: 'mlp-playground',
    });
    worker.current = instance;
    let queued: PlaygroundResponse[] = [];
    let frame = 0;
    let drawn: number[] = [];
    const flush = (now: number) => {
      frame = 0;
      const messages = queued;
      queued = [];
      dispatch({ type: 'many', messages });
      if (messages.some((m) => m.type === 'frame')) {
        instance.postMessage({ type: 'drawn' } satisfies PlaygroundRequest);
        drawn = [...drawn.filter((t) => now - t < 1000), now];
        setFps(drawn.length);
      }
    };
    // Once a second: lets the frame rate fall to 0 when frames stop arriving.
    const ticker = setInterval(() => {
      const now = performance.now();
      drawn = drawn.filter((t) => now - t < 1000);
      setFps(drawn.length);
    }, 1000);
    instance.addEventListener('message', (event: MessageEvent<PlaygroundResponse>) => {
      queued.push(event.data);
      if (!frame) frame = requestAnimationFrame(flush);
    });
    instance.addEventListener('error', (event) =>
      dispatch({ type: 'error', message: event.message || t('labUi.common.workerFailed') }),
    );
    instance.postMessage({ type: 'init', wasmPaths, ...first.current } satisfies PlaygroundRequest);
    return () => {
      cancelAnimationFrame(frame);
      clearInterval(ticker);
      instance.terminate();
      worker.current = null;
    };
  }, [t]);

  // A new experiment whenever the setup or the data change (not on mount: 'init' carried them).
  useEffect(() => {
    if (first.current.setup === setup && first.current.data === data) return;
    first.current = { setup, data };
    worker.current?.postMessage({ type: 'configure', setup, data } satisfies PlaygroundRequest);
  }, [setup, data]);

  const send = useCallback((request: PlaygroundRequest) => {
    if (request.type === 'bench') dispatch({ type: 'bench-started' });
    worker.current?.postMessage(request);
  }, []);
  const dismissError = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { view, fps, send, dismissError };
}
