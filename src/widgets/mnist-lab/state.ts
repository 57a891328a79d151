import type { BackendInfo } from '../../ml/backend';
import type { ModelSummary } from '../../ml/models/summary';
import type { BatchEvent, EpochEvent } from '../../ml/training/types';
import type { LabState } from '../shared/training/TrainControls';
import type { LabNotice } from '../shared/worker/notice';
import type { MemoryReport, MnistResponse, Prediction, TestReport } from './protocol';

/** Everything the MNIST lab shows, built only from the worker's messages (see {@link reduce}). */
export interface MnistLabView {
  state: LabState;
  backend?: BackendInfo;
  download?: { loaded: number; total: number | null };
  summary?: ModelSummary;
  counts?: { train: number; validation: number; test: number };
  batches: BatchEvent[];
  epochs: EpochEvent[];
  test?: TestReport;
  prediction?: Prediction;
  memory?: MemoryReport;
  /** The memory report taken at the end of each epoch of the current model's runs (for the leak check). */
  epochMemory: (MemoryReport & { epoch: number })[];
  /** What the lab did about a fault (e.g. a lost WebGL context); stays until dismissed. */
  notice?: string;
  /** The notice as a code, translated by the page (see shared/worker/notice.ts). */
  noticeCode?: LabNotice;
  error?: string;
}

export const initialView: MnistLabView = { state: 'loading', batches: [], epochs: [], epochMemory: [] };

/** The training states of src/ml mapped onto the lab contract's data-state values. */
function labState(state: string): LabState {
  if (state === 'training' || state === 'paused' || state === 'done') return state;
  if (state === 'error') return 'error';
  return 'ready';
}

/** What the lab's reducer accepts: worker messages, several at once, or dismissing the error. */
export type MnistLabAction = MnistResponse | { type: 'many'; messages: MnistResponse[] } | { type: 'cleared' };

/** Pure: the next view after one action. */
export function reduce(view: MnistLabView, message: MnistLabAction): MnistLabView {
  switch (message.type) {
    case 'many':
      return message.messages.reduce(reduce, view);
    case 'backend':
      return { ...view, backend: message.info };
    case 'progress':
      return { ...view, download: { loaded: message.loaded, total: message.total } };
    case 'ready':
      // A new model (first load, Reset, or new settings): curves and results start over.
      return {
        ...view,
        state: 'ready',
        summary: message.summary,
        counts: message.counts,
        batches: [],
        epochs: [],
        epochMemory: [],
        test: undefined,
        prediction: undefined,
        error: undefined,
      };
    case 'training': {
      const event = message.event;
      if (event.type === 'batch') return { ...view, batches: [...view.batches, event] };
      if (event.type === 'epoch') return { ...view, epochs: [...view.epochs, event] };
      return { ...view, state: labState(event.state), error: event.error ?? view.error };
    }
    case 'memory':
      return message.epoch === undefined
        ? { ...view, memory: message.memory }
        : {
            ...view,
            memory: message.memory,
            epochMemory: [...view.epochMemory, { ...message.memory, epoch: message.epoch }],
          };
    case 'notice':
      return { ...view, notice: message.message, noticeCode: message.notice };
    case 'test':
      return { ...view, test: message.report };
    case 'prediction':
      return { ...view, prediction: message.prediction };
    case 'error':
      return { ...view, state: view.summary ? view.state : 'error', error: message.message };
    case 'cleared':
      return { ...view, error: undefined, notice: undefined, noticeCode: undefined };
  }
}
