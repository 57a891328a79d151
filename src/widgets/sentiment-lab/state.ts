import type { BackendInfo } from '../../ml/backend';
import type { TextAnalysis } from '../../ml/inspect/attribution';
import type { BatchEvent, EpochEvent } from '../../ml/training/types';
import type { LabState } from '../shared/training/TrainControls';
import type { LabNotice } from '../shared/worker/notice';
import { defaultSentimentLabConfig } from './config';
import type {
  DataInfo,
  EmbeddingMap,
  MemoryReport,
  ModelInfo,
  NeighboursReport,
  SentimentLabConfig,
  SentimentResponse,
  TestReport,
} from './protocol';

/** Everything the sentiment lab shows, built only from the worker's messages (see {@link reduce}). */
export interface SentimentLabView {
  state: LabState;
  /** The settings shown: the reader's choices, or those a loaded model brought. */
  config: SentimentLabConfig;
  backend?: BackendInfo;
  download?: { loaded: number; total: number | null };
  model?: ModelInfo;
  data?: DataInfo;
  batches: BatchEvent[];
  epochs: EpochEvent[];
  test?: TestReport;
  analysis?: { id: number; analysis: TextAnalysis };
  neighbours?: NeighboursReport;
  map?: EmbeddingMap;
  memory?: MemoryReport;
  /** When the model in IndexedDB was saved (null: none; undefined: not known yet). */
  savedAt?: string | null;
  notice?: string;
  /** The notice as a code, translated by the page (see shared/worker/notice.ts). */
  noticeCode?: LabNotice;
  error?: string;
  /** Steps and epochs of earlier runs on this model, added to a later run's events. */
  offset?: { step: number; epoch: number };
}

export const initialView: SentimentLabView = {
  state: 'loading',
  config: defaultSentimentLabConfig,
  batches: [],
  epochs: [],
};

/** 'ready' once the data are on the device, 'idle' before (the reviews download on the first Train). */
const restingState = (data: DataInfo | undefined): LabState => (data?.counts ? 'ready' : 'idle');

/** The training states of src/ml mapped onto the lab contract's data-state values. */
function labState(state: string, data: DataInfo | undefined): LabState {
  if (state === 'training' || state === 'paused' || state === 'done' || state === 'error') return state;
  return restingState(data);
}

/**
 * What the lab's reducer accepts: worker messages (one or several), a request that may need the
 * download first ('started': shows 'loading' until the data are there), the reader's new settings
 * ('configured'), or dismissing a message.
 */
export type SentimentLabAction =
  | SentimentResponse
  | { type: 'many'; messages: SentimentResponse[] }
  | { type: 'started' }
  | { type: 'configured'; config: SentimentLabConfig }
  | { type: 'cleared' };

/** Pure: the next view after one action. */
export function reduce(view: SentimentLabView, action: SentimentLabAction): SentimentLabView {
  switch (action.type) {
    case 'many':
      return action.messages.reduce(reduce, view);
    case 'started':
      return view.data?.counts || view.state !== 'idle' ? view : { ...view, state: 'loading', download: undefined };
    case 'configured':
      return { ...view, config: action.config };
    case 'cleared':
      return { ...view, error: undefined, notice: undefined, noticeCode: undefined };
    case 'backend':
      return { ...view, backend: action.info };
    case 'progress':
      return { ...view, download: { loaded: action.loaded, total: action.total } };
    case 'model':
      // A new model (first load, Reset, new settings, new data, a loaded model): results start over.
      return {
        ...view,
        // (A download in progress stays 'loading' until its 'data' message.)
        state: view.state === 'loading' && view.model ? 'loading' : restingState(view.data),
        model: action.model,
        // A loaded model brings its settings; otherwise the page's own (newer) choices stand.
        config: action.model.loaded ? action.model.config : view.config,
        batches: [],
        epochs: [],
        offset: undefined,
        test: undefined,
        analysis: undefined,
      };
    case 'data': {
      const resting = view.state === 'idle' || view.state === 'ready' || view.state === 'loading';
      return { ...view, data: action.data, state: resting && view.model ? restingState(action.data) : view.state };
    }
    case 'training': {
      const event = action.event;
      // A second run on the same model (Train after done) continues the curves where they ended.
      const offset = view.offset ?? { step: 0, epoch: 0 };
      if (event.type === 'batch') {
        const shifted = { ...event, step: event.step + offset.step, epoch: event.epoch + offset.epoch };
        return { ...view, batches: [...view.batches, shifted] };
      }
      if (event.type === 'epoch')
        return { ...view, epochs: [...view.epochs, { ...event, epoch: event.epoch + offset.epoch }] };
      const started = event.previous === 'idle' && (event.state === 'training' || event.state === 'paused');
      const last = view.batches.at(-1);
      return {
        ...view,
        state: labState(event.state, view.data),
        error: event.error ?? view.error,
        offset: started && last ? { step: last.step, epoch: last.epoch } : view.offset,
      };
    }
    case 'memory':
      return { ...view, memory: action.memory };
    case 'test':
      return { ...view, test: action.report };
    case 'analysis':
      return view.analysis && view.analysis.id > action.id ? view : { ...view, analysis: action };
    case 'neighbours':
      return { ...view, neighbours: action.report };
    case 'embedding-map':
      return { ...view, map: action.map };
    case 'stored':
      return { ...view, savedAt: action.savedAt };
    case 'notice':
      return { ...view, notice: action.message, noticeCode: action.notice };
    case 'download':
      return view;
    case 'error': {
      const state = !view.model ? 'error' : view.state === 'loading' ? restingState(view.data) : view.state;
      return { ...view, state, error: action.message };
    }
  }
}
