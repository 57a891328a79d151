import type { BackendInfo } from '../../ml/backend';
import type { QuantizationRow } from '../../ml/quantize';
import type { BatchEvent } from '../../ml/training/types';
import type { LabState } from '../shared/training/TrainControls';
import type { QuantizationResponse } from './protocol';

/** Everything the quantisation lab shows, built only from the worker's messages (see {@link reduce}). */
export interface QuantizationLabView {
  state: LabState;
  backend?: BackendInfo;
  download?: { loaded: number; total: number | null };
  params?: number;
  counts?: { train: number; test: number };
  lastBatch?: BatchEvent;
  /** How many versions are being measured (set when measuring starts). */
  evaluating?: number;
  rows: QuantizationRow[];
  memory?: { numTensors: number; gpuBytes: number };
  error?: string;
}

export const initialView: QuantizationLabView = { state: 'loading', rows: [] };

export type QuantizationLabAction =
  QuantizationResponse | { type: 'many'; messages: QuantizationResponse[] } | { type: 'cleared' };

/** Pure: the next view after one action. */
export function reduce(view: QuantizationLabView, action: QuantizationLabAction): QuantizationLabView {
  switch (action.type) {
    case 'many':
      return action.messages.reduce(reduce, view);
    case 'backend':
      return { ...view, backend: action.info };
    case 'progress':
      return { ...view, download: { loaded: action.loaded, total: action.total } };
    case 'ready':
      // A fresh model (first load, Reset, another training length): results start over.
      return {
        ...view,
        state: 'ready',
        params: action.params,
        counts: action.counts,
        lastBatch: undefined,
        evaluating: undefined,
        rows: [],
        error: undefined,
      };
    case 'state':
      return { ...view, state: action.state };
    case 'training':
      if (action.event.type === 'batch') return { ...view, lastBatch: action.event };
      if (action.event.type === 'state' && action.event.error) return { ...view, error: action.event.error };
      return view;
    case 'evaluating':
      return { ...view, evaluating: action.total, rows: [] };
    case 'row':
      return { ...view, rows: [...view.rows, action.row] };
    case 'memory':
      return { ...view, memory: { numTensors: action.numTensors, gpuBytes: action.gpuBytes } };
    case 'error':
      return { ...view, state: view.params === undefined ? 'error' : view.state, error: action.message };
    case 'cleared':
      return { ...view, error: undefined };
  }
}
