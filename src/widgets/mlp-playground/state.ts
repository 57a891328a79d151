import type { BackendInfo } from '../../ml/backend';
import type { StepReport } from '../../ml/playground/session';
import type { LabState } from '../shared/training/TrainControls';
import type { BenchResult, Frame, PlaygroundResponse } from './protocol';

/** Loss curves of the current run: one point per frame, x = epochs (passes over the training set). */
export interface LossHistory {
  epoch: number[];
  train: number[];
  test: (number | null)[];
}

/** Everything the playground shows, built only from the worker's messages (see {@link reduce}). */
export interface PlaygroundView {
  state: LabState;
  /** The worker's session counter: messages of older sessions are ignored. */
  generation: number;
  backend?: BackendInfo;
  /** Layer widths, inputs … output, of the current network. */
  sizes?: number[];
  parameters?: number;
  frame?: Frame;
  history: LossHistory;
  /**
   * What the loss chart shows: `history`, refreshed every {@link CHART_EVERY} frames and whenever
   * the run changes state (redrawing the chart costs more than the rest of a frame).
   */
  chart: LossHistory;
  step?: StepReport;
  bench?: BenchResult[];
  benchRunning: boolean;
  error?: string;
}

export const initialView: PlaygroundView = {
  state: 'loading',
  generation: 0,
  history: { epoch: [], train: [], test: [] },
  chart: { epoch: [], train: [], test: [] },
  benchRunning: false,
};

/** The chart follows the curves every this many frames (about 4 times a second at 30 fps). */
export const CHART_EVERY = 8;

/** Most points kept per curve; beyond it every other point is dropped (the curve keeps its shape). */
export const MAX_HISTORY = 1500;

/** The history with one more point (thinned to at most {@link MAX_HISTORY}). Pure. */
export function appendHistory(history: LossHistory, frame: Frame): LossHistory {
  const { epoch, trainLoss, testLoss } = frame.snapshot;
  const last = history.epoch.length - 1;
  // A frame sent again without training in between (after Pause, say) adds nothing.
  if (last >= 0 && history.epoch[last] === epoch) return history;
  let next: LossHistory = {
    epoch: [...history.epoch, epoch],
    train: [...history.train, trainLoss],
    test: [...history.test, testLoss],
  };
  if (next.epoch.length > MAX_HISTORY) {
    const keep = (_: unknown, i: number) => i % 2 === 0 || i === next.epoch.length - 1;
    next = { epoch: next.epoch.filter(keep), train: next.train.filter(keep), test: next.test.filter(keep) };
  }
  return next;
}

/** What the reducer accepts: worker messages (several at once), a bench request, dismissing the error. */
export type PlaygroundAction =
  | PlaygroundResponse
  | { type: 'many'; messages: PlaygroundResponse[] }
  | { type: 'bench-started' }
  | { type: 'cleared' };

/** Pure: the next view after one action. */
export function reduce(view: PlaygroundView, action: PlaygroundAction): PlaygroundView {
  switch (action.type) {
    case 'many':
      return action.messages.reduce(reduce, view);
    case 'backend':
      return { ...view, backend: action.info };
    case 'ready':
      return {
        ...view,
        generation: action.generation,
        sizes: action.sizes,
        parameters: action.parameters,
        frame: undefined,
        history: initialView.history,
        chart: initialView.chart,
        step: undefined,
        error: undefined,
      };
    case 'state':
      return action.generation === view.generation ? { ...view, state: action.state, chart: view.history } : view;
    case 'frame': {
      if (action.generation !== view.generation) return view;
      const history = appendHistory(view.history, action.frame);
      const refresh = view.state !== 'training' || history.epoch.length % CHART_EVERY === 1;
      return { ...view, frame: action.frame, history, chart: refresh ? history : view.chart };
    }
    case 'step':
      return action.generation === view.generation ? { ...view, step: action.report } : view;
    case 'bench':
      return { ...view, bench: action.results, benchRunning: false };
    case 'bench-started':
      return { ...view, benchRunning: true };
    case 'error':
      return { ...view, state: view.sizes ? view.state : 'error', error: action.message, benchRunning: false };
    case 'cleared':
      return { ...view, error: undefined };
  }
}
