import { useT } from '../../i18n';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { IMDB_ASSET_PATH, IMDB_VOCABULARY_PATH } from '../../ml/data/imdb';
import { WORD_VECTORS_PATH } from '../../ml/text-transfer/vectors';
import { pageLabDebug } from '../shared/worker/debug';
import { createMessageBatcher } from '../shared/worker/message-batcher';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { TextTransferRequest, TextTransferResponse } from './protocol';
import { initialView, reduce, type TextTransferView } from './state';

export interface TextTransferApi {
  view: TextTransferView;
  send(request: TextTransferRequest): void;
  clearResults(): void;
  dismissError(): void;
}

/**
 * Starts the lab's worker on mount and ends it on unmount (which frees every tensor it made), and
 * folds its messages, a frame's worth at a time, into a {@link TextTransferView}.
 */
export function useTextTransferLab(): TextTransferApi {
  const t = useT();
  const [view, dispatch] = useReducer(reduce, initialView);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    const instance = new Worker(new URL('./text-transfer.worker.ts', import.meta.url), {
      type: 'module',
      name: 'text-transfer-lab',
    });
    worker.current = instance;
    const batcher = createMessageBatcher<TextTransferResponse>((messages) => dispatch({ type: 'many', messages }));
    instance.addEventListener('message', (event: MessageEvent<TextTransferResponse>) => batcher.push(event.data));
    instance.addEventListener('error', (event) =>
      dispatch({ type: 'error', message: event.message || t('labUi.common.workerFailed') }),
    );
    const base = import.meta.env.BASE_URL;
    const request: TextTransferRequest = {
      type: 'init',
      preference: ['webgl', 'wasm', 'cpu'],
      wasmPaths,
      dataUrl: `${base}${IMDB_ASSET_PATH}`,
      vocabularyUrl: `${base}${IMDB_VOCABULARY_PATH}`,
      vectorsUrl: `${base}${WORD_VECTORS_PATH}`,
      debug: pageLabDebug(),
    };
    instance.postMessage(request);
    return () => {
      batcher.cancel();
      instance.terminate();
      worker.current = null;
    };
  }, [t]);

  const send = useCallback((request: TextTransferRequest) => worker.current?.postMessage(request), []);
  const clearResults = useCallback(() => dispatch({ type: 'results-cleared' }), []);
  const dismissError = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { view, send, clearResults, dismissError };
}
