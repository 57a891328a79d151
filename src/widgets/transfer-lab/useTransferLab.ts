import { pageLabDebug } from '../shared/worker/debug';
import { useComparisonWorker, type ComparisonWorkerApi } from '../shared/worker/useComparisonWorker';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { TransferRequest, TransferResponse } from './protocol';
import { initialView, reduce, type TransferLabView } from './state';

export type TransferLabApi = ComparisonWorkerApi<TransferRequest, TransferLabView>;

const start = () =>
  new Worker(new URL('./transfer.worker.ts', import.meta.url), { type: 'module', name: 'transfer-lab' });

const init = (): TransferRequest => ({
  type: 'init',
  preference: ['webgl', 'wasm', 'cpu'],
  wasmPaths,
  dataUrl: `${import.meta.env.BASE_URL}data/mnist.bin`,
  checkpointUrl: `${import.meta.env.BASE_URL}data/transfer-cnn.bin`,
  debug: pageLabDebug(),
});

/** The transfer lab's worker and the view folded from its messages (see useComparisonWorker). */
export function useTransferLab(): TransferLabApi {
  return useComparisonWorker<TransferRequest, TransferResponse, TransferLabView>(start, init, reduce, initialView);
}
