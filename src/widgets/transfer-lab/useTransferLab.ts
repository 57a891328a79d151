import { useT } from '../../i18n';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { pageLabDebug } from '../shared/worker/debug';
import { createMessageBatcher } from '../shared/worker/message-batcher';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { TransferRequest, TransferResponse } from './protocol';
import { initialView, reduce, type TransferLabView } from './state';

export interface TransferLabApi {
  view: TransferLabView;
  send(request: TransferRequest): void;
  clearResults(): void;
  dismissError(): void;
}

/**
 * Starts the lab's worker on mount and ends it on unmount (which frees every tensor it made), and
 * folds its messages, a frame's worth at a time, into a {@link TransferLabView}.
 */
export function useTransferLab(): TransferLabApi {
  const t = useT();
  const [view, dispatch] = useReducer(reduce, initialView);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    const instance = new Worker(new URL('./transfer.worker.ts', import.meta.url), {
      type: 'module',
      name: 'transfer-lab',
    });
    worker.current = instance;
    const batcher = createMessageBatcher<TransferResponse>((messages) => dispatch({ type: 'many', messages }));
    instance.addEventListener('message', (event: MessageEvent<TransferResponse>) => batcher.push(event.data));
    instance.addEventListener('error', (event) =>
      dispatch({ type: 'error', message: event.message || t('labUi.common.workerFailed') }),
    );
    const request: TransferRequest = {
      type: 'init',
      preference: ['webgl', 'wasm', 'cpu'],
      wasmPaths,
      dataUrl: `${import.meta.env.BASE_URL}data/mnist.bin`,
      checkpointUrl: `${import.meta.env.BASE_URL}data/transfer-cnn.bin`,
      debug: pageLabDebug(),
    };
    instance.postMessage(request);
    return () => {
      batcher.cancel();
      instance.terminate();
      worker.current = null;
    };
  }, [t]);

  const send = useCallback((request: TransferRequest) => worker.current?.postMessage(request), []);
  const clearResults = useCallback(() => dispatch({ type: 'results-cleared' }), []);
  const dismissError = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { view, send, clearResults, dismissError };
}
