import { useT } from '../../i18n';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { pageLabDebug } from '../shared/worker/debug';
import { createMessageBatcher } from '../shared/worker/message-batcher';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { MnistLabConfig, MnistRequest, MnistResponse } from './protocol';
import { initialView, reduce, type MnistLabView } from './state';

export interface MnistLabApi {
  view: MnistLabView;
  send(request: MnistRequest): void;
  dismissError(): void;
}

/**
 * Starts the lab's training worker on mount and ends it on unmount (which frees every tensor
 * it made), and folds the worker's messages into a {@link MnistLabView}.
 */
export function useMnistLab(config: MnistLabConfig): MnistLabApi {
  const t = useT();
  const [view, dispatch] = useReducer(reduce, initialView);
  const worker = useRef<Worker | null>(null);
  const initialConfig = useRef(config);

  useEffect(() => {
    const instance = new Worker(new URL('./mnist.worker.ts', import.meta.url), { type: 'module', name: 'mnist-lab' });
    worker.current = instance;
    // Messages are applied together, once per animation frame (or timer, in a hidden tab): the
    // main thread should stay free for the reader.
    const batcher = createMessageBatcher<MnistResponse>((messages) => dispatch({ type: 'many', messages }));
    instance.addEventListener('message', (event: MessageEvent<MnistResponse>) => batcher.push(event.data));
    instance.addEventListener('error', (event) =>
      dispatch({ type: 'error', message: event.message || t('labUi.common.workerFailed') }),
    );
    const request: MnistRequest = {
      type: 'init',
      preference: ['webgl', 'wasm', 'cpu'],
      wasmPaths,
      dataUrl: `${import.meta.env.BASE_URL}data/mnist.bin`,
      config: initialConfig.current,
      debug: pageLabDebug(),
    };
    instance.postMessage(request);
    return () => {
      batcher.cancel();
      instance.terminate();
      worker.current = null;
    };
  }, [t]);

  const send = useCallback((request: MnistRequest) => {
    const transfer = request.type === 'predict' ? [request.pixels.buffer] : [];
    worker.current?.postMessage(request, transfer);
  }, []);

  const dismissError = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { view, send, dismissError };
}
