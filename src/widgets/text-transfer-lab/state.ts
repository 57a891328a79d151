import type { BackendInfo } from '../../ml/backend';
import type { TextArm } from '../../ml/text-transfer/classifier';
import type { TextArmResult } from '../../ml/text-transfer/experiment';
import type { LabState } from '../shared/training/TrainControls';
import type { LabNotice } from '../shared/worker/notice';
import type { MemoryReport, TextTransferResponse, VectorsReport } from './protocol';

/** The run in progress: which arm at how many labels, and its place in the queue. */
export interface CurrentRun {
  arm: TextArm;
  labels: number;
  index: number;
  total: number;
  step: number;
}

/** Everything the lab shows, built only from the worker's messages (see {@link reduce}). */
export interface TextTransferView {
  state: LabState;
  job?: 'finetune' | 'pretrain';
  backend?: BackendInfo;
  download?: { loaded: number; total: number | null };
  vectors?: VectorsReport;
  current?: CurrentRun;
  params: Partial<Record<TextArm, number>>;
  /** Training loss per arm of the runs at the current label count (index = step − 1). */
  losses: Partial<Record<TextArm, number[]>>;
  results: TextArmResult[];
  /** Live pre-training: skip-gram loss per report, and the latest report. */
  pretraining?: { step: number; steps: number; pairsPerSecond: number; losses: number[] };
  memory?: MemoryReport;
  error?: string;
  notice?: string;
  /** The notice as a code, translated by the page (see shared/worker/notice.ts). */
  noticeCode?: LabNotice;
}

export const initialView: TextTransferView = { state: 'loading', params: {}, losses: {}, results: [] };

export type TextTransferAction =
  | TextTransferResponse
  | { type: 'many'; messages: TextTransferResponse[] }
  | { type: 'cleared' }
  | { type: 'results-cleared' };

/** Pure: the next view after one action. */
export function reduce(view: TextTransferView, action: TextTransferAction): TextTransferView {
  switch (action.type) {
    case 'many':
      return action.messages.reduce(reduce, view);
    case 'backend':
      return { ...view, backend: action.info };
    case 'progress':
      return { ...view, download: { loaded: action.loaded, total: action.total } };
    case 'vectors':
      return { ...view, vectors: action.report };
    case 'state':
      return {
        ...view,
        state: action.state,
        job: action.job ?? (action.state === 'training' || action.state === 'paused' ? view.job : undefined),
        current: action.state === 'ready' ? undefined : view.current,
      };
    case 'experiment': {
      const event = action.event;
      if (event.type === 'run-start') {
        const fresh = event.index === 0 || event.labels !== view.current?.labels;
        return {
          ...view,
          current: { arm: event.arm, labels: event.labels, index: event.index, total: event.total, step: 0 },
          params: { ...view.params, [event.arm]: event.trainableParams },
          losses: fresh ? { [event.arm]: [] } : { ...view.losses, [event.arm]: [] },
          results: event.index === 0 ? [] : view.results,
        };
      }
      if (event.type === 'run-result') return { ...view, results: [...view.results, event.result] };
      if (event.event.type !== 'batch' || !view.current) return view;
      const { step, loss } = event.event;
      const series = [...(view.losses[event.arm] ?? [])];
      series[step - 1] = loss;
      return { ...view, current: { ...view.current, step }, losses: { ...view.losses, [event.arm]: series } };
    }
    case 'pretraining': {
      const { step, steps, loss, pairsPerSecond } = action.event;
      const losses = [...(view.pretraining?.losses ?? []), loss];
      return { ...view, pretraining: { step, steps, pairsPerSecond, losses } };
    }
    case 'memory':
      return { ...view, memory: action.memory };
    case 'error':
      return { ...view, state: view.vectors ? view.state : 'error', error: action.message };
    case 'notice':
      return { ...view, notice: action.message, noticeCode: action.notice };
    case 'cleared':
      return { ...view, error: undefined, notice: undefined, noticeCode: undefined };
    case 'results-cleared':
      return { ...view, results: [], losses: {}, current: undefined, pretraining: undefined };
  }
}

/** The latest result of each arm (the last label count it finished). */
export function latestByArm(results: readonly TextArmResult[]): Partial<Record<TextArm, TextArmResult>> {
  const latest: Partial<Record<TextArm, TextArmResult>> = {};
  for (const result of results) latest[result.arm] = result;
  return latest;
}
