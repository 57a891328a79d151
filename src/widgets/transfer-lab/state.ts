import type { BackendInfo } from '../../ml/backend';
import type { Arm } from '../../ml/transfer/arms';
import type { ArmResult } from '../../ml/transfer/experiment';
import type { LabState } from '../shared/training/TrainControls';
import type { LabNotice } from '../shared/worker/notice';
import type { CheckpointReport, MemoryReport, TransferResponse } from './protocol';

/** The run in progress: which arm at which K, and its place in the queue. */
export interface CurrentRun {
  arm: Arm;
  k: number;
  index: number;
  total: number;
  step: number;
}

/** Everything the transfer lab shows, built only from the worker's messages (see {@link reduce}). */
export interface TransferLabView {
  state: LabState;
  job?: 'finetune' | 'pretrain';
  backend?: BackendInfo;
  download?: { loaded: number; total: number | null };
  checkpoint?: CheckpointReport;
  current?: CurrentRun;
  /** Trainable parameters of each arm as last built. */
  params: Partial<Record<Arm, number>>;
  /** Training loss per arm of the runs at the current K (index = step − 1). */
  losses: Partial<Record<Arm, number[]>>;
  results: ArmResult[];
  pretraining?: { epoch: number; epochs: number; step: number; batchesPerEpoch: number; valAccuracy?: number };
  memory?: MemoryReport;
  error?: string;
  notice?: string;
  /** The notice as a code, translated by the page (see shared/worker/notice.ts). */
  noticeCode?: LabNotice;
}

export const initialView: TransferLabView = { state: 'loading', params: {}, losses: {}, results: [] };

export type TransferLabAction =
  TransferResponse | { type: 'many'; messages: TransferResponse[] } | { type: 'cleared' } | { type: 'results-cleared' };

/** Pure: the next view after one action. */
export function reduce(view: TransferLabView, action: TransferLabAction): TransferLabView {
  switch (action.type) {
    case 'many':
      return action.messages.reduce(reduce, view);
    case 'backend':
      return { ...view, backend: action.info };
    case 'progress':
      return { ...view, download: { loaded: action.loaded, total: action.total } };
    case 'checkpoint':
      return { ...view, checkpoint: action.report };
    case 'state':
      return {
        ...view,
        state: action.state,
        job: action.job ?? (action.state === 'training' || action.state === 'paused' ? view.job : undefined),
        // The last run stays shown when the experiment is done (the progress bar full).
        current: action.state === 'ready' ? undefined : view.current,
      };
    case 'experiment': {
      const event = action.event;
      if (event.type === 'run-start') {
        const fresh = event.index === 0 || event.k !== view.current?.k;
        return {
          ...view,
          current: { arm: event.arm, k: event.k, index: event.index, total: event.total, step: 0 },
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
      const event = action.event;
      const previous = view.pretraining;
      if (event.type === 'batch') {
        return {
          ...view,
          pretraining: {
            ...previous,
            epoch: event.epoch,
            epochs: action.epochs,
            step: event.step,
            batchesPerEpoch: event.batchesPerEpoch,
          },
        };
      }
      if (event.type === 'epoch' && previous) {
        return { ...view, pretraining: { ...previous, valAccuracy: event.valAccuracy ?? undefined } };
      }
      return view;
    }
    case 'memory':
      return { ...view, memory: action.memory };
    case 'error':
      return { ...view, state: view.checkpoint ? view.state : 'error', error: action.message };
    case 'notice':
      return { ...view, notice: action.message, noticeCode: action.notice };
    case 'cleared':
      return { ...view, error: undefined, notice: undefined, noticeCode: undefined };
    case 'results-cleared':
      return { ...view, results: [], losses: {}, current: undefined, pretraining: undefined };
  }
}

/** The latest result of each arm (the last K it finished). */
export function latestByArm(results: readonly ArmResult[]): Partial<Record<Arm, ArmResult>> {
  const latest: Partial<Record<Arm, ArmResult>> = {};
  for (const result of results) latest[result.arm] = result;
  return latest;
}
