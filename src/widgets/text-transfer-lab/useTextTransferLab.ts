import { IMDB_ASSET_PATH, IMDB_VOCABULARY_PATH } from '../../ml/data/imdb';
import { WORD_VECTORS_PATH } from '../../ml/text-transfer/vectors';
import { pageLabDebug } from '../shared/worker/debug';
import { useComparisonWorker, type ComparisonWorkerApi } from '../shared/worker/useComparisonWorker';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { TextTransferRequest, TextTransferResponse } from './protocol';
import { initialView, reduce, type TextTransferView } from './state';

export type TextTransferApi = ComparisonWorkerApi<TextTransferRequest, TextTransferView>;

const start = () =>
  new Worker(new URL('./text-transfer.worker.ts', import.meta.url), { type: 'module', name: 'text-transfer-lab' });

const init = (): TextTransferRequest => {
  const base = import.meta.env.BASE_URL;
  return {
    type: 'init',
    preference: ['webgl', 'wasm', 'cpu'],
    wasmPaths,
    dataUrl: `${base}${IMDB_ASSET_PATH}`,
    vocabularyUrl: `${base}${IMDB_VOCABULARY_PATH}`,
    vectorsUrl: `${base}${WORD_VECTORS_PATH}`,
    debug: pageLabDebug(),
  };
};

/** The text-transfer lab's worker and the view folded from its messages (see useComparisonWorker). */
export function useTextTransferLab(): TextTransferApi {
  return useComparisonWorker<TextTransferRequest, TextTransferResponse, TextTransferView>(
    start,
    init,
    reduce,
    initialView,
  );
}
