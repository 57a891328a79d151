import { useT } from '../../i18n';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { IMDB_ASSET_PATH, IMDB_VOCABULARY_PATH } from '../../ml/data/imdb';
import { pageLabDebug } from '../shared/worker/debug';
import { createMessageBatcher } from '../shared/worker/message-batcher';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { DownloadFile, SentimentRequest, SentimentResponse } from './protocol';
import { initialView, reduce, type SentimentLabView } from './state';

export interface SentimentLabApi {
  view: SentimentLabView;
  send(request: SentimentRequest): void;
  dismiss(): void;
}

/** Offers files for download (a worker cannot: it has no document to click a link in). */
function download(files: DownloadFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.data], { type: file.type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * Starts the lab's training worker on mount and ends it on unmount (which frees every tensor it
 * made), and folds the worker's messages into a {@link SentimentLabView}, once per animation frame.
 */
export function useSentimentLab(): SentimentLabApi {
  const t = useT();
  const [view, dispatch] = useReducer(reduce, initialView);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    const instance = new Worker(new URL('./sentiment.worker.ts', import.meta.url), {
      type: 'module',
      name: 'sentiment-lab',
    });
    worker.current = instance;
    const batcher = createMessageBatcher<SentimentResponse>((messages) => dispatch({ type: 'many', messages }));
    instance.addEventListener('message', (event: MessageEvent<SentimentResponse>) => {
      if (event.data.type === 'download') return download(event.data.files);
      batcher.push(event.data);
    });
    instance.addEventListener('error', (event) =>
      dispatch({ type: 'error', message: event.message || t('labUi.common.workerFailed') }),
    );
    const base = import.meta.env.BASE_URL;
    const request: SentimentRequest = {
      type: 'init',
      preference: ['webgl', 'wasm', 'cpu'],
      wasmPaths,
      dataUrl: `${base}${IMDB_ASSET_PATH}`,
      vocabularyUrl: `${base}${IMDB_VOCABULARY_PATH}`,
      config: initialView.config,
      debug: pageLabDebug(),
    };
    instance.postMessage(request);
    return () => {
      batcher.cancel();
      instance.terminate();
      worker.current = null;
    };
  }, [t]);

  const send = useCallback((request: SentimentRequest) => {
    if (request.type === 'train' || request.type === 'step') dispatch({ type: 'started' });
    if (request.type === 'configure') dispatch({ type: 'configured', config: request.config });
    const transfer = request.type === 'use-csv' ? [request.labels.buffer] : [];
    worker.current?.postMessage(request, transfer);
  }, []);

  const dismiss = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { view, send, dismiss };
}
