/**
 * Messages between the MLP playground page and its training worker. Plain data only (typed
 * arrays are transferred, not copied).
 */
import type { BackendInfo, BackendName } from '../../ml/backend';
import type { PointSplit } from '../../ml/data/toy2d';
import type { WeightRef } from '../../ml/playground/layout';
import type { Snapshot, StepReport } from '../../ml/playground/session';
import type { PlaygroundSetup } from '../../ml/playground/setup';

/** Where a run is: the lab contract's data-state values that the worker decides. */
export type RunState = 'ready' | 'training' | 'paused' | 'done';

/** Steps per second of one backend on the benchmark network (2-8-8-1 on 500 points). */
export interface BenchResult {
  backend: BackendName;
  /** null when the backend could not start (see `error`). */
  stepsPerSecond: { batch32: number; batch500: number } | null;
  error?: string;
}

/** Messages from the page to the worker. */
export type PlaygroundRequest =
  | { type: 'init'; wasmPaths: Record<string, string>; setup: PlaygroundSetup; data: PointSplit }
  /** A new experiment (new setup or data): a fresh network; switches backend when it changed. */
  | { type: 'configure'; setup: PlaygroundSetup; data: PointSplit }
  | { type: 'train' }
  | { type: 'pause' }
  | { type: 'resume' }
  /** One batch, reporting what it does to `weight`. */
  | { type: 'step'; weight: WeightRef }
  | { type: 'stop' }
  | { type: 'reset' }
  /** The page has drawn the last frame: the worker may send the next. */
  | { type: 'drawn' }
  | { type: 'bench' };

/** A frame: the snapshot plus how fast training goes. */
export interface Frame {
  snapshot: Snapshot;
  /** Training steps per second over the last second or so (0 when not training). */
  stepsPerSecond: number;
  numTensors: number;
}

/** Messages from the worker to the page. */
export type PlaygroundResponse =
  | { type: 'backend'; info: BackendInfo }
  /** A fresh network is ready; `sizes` are its layer widths, inputs … output. */
  | { type: 'ready'; sizes: number[]; parameters: number; generation: number }
  | { type: 'state'; state: RunState; generation: number }
  | { type: 'frame'; frame: Frame; generation: number }
  | { type: 'step'; report: StepReport; generation: number }
  | { type: 'bench'; results: BenchResult[] }
  | { type: 'error'; message: string };
