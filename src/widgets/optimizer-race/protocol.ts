import type { BackendName } from '../../ml/backend';
import type { RaceConfig, RunnerView } from '../../ml/optimizer-race/race';
import type { LabState } from '../shared/training/TrainControls';

/** What the page asks of the race worker. */
export type RaceRequest =
  /** A fresh race with `config` on `backend` (switching TF.js's backend if it changed). */
  | { type: 'configure'; config: RaceConfig; backend: BackendName }
  /** Target steps per frame; does not restart the race. */
  | { type: 'speed'; stepsPerFrame: number }
  | { type: 'train' | 'pause' | 'resume' | 'stop' | 'step' | 'reset' };

/** One racer's news since the previous update: the points from index `from` on, and its state. */
export interface RunnerDelta extends Pick<RunnerView, 'racer' | 'status' | 'lastStep'> {
  from: number;
  xs: number[];
  ys: number[];
  losses: number[];
}

/** The worker's report after every change (posted at most once per frame while racing). */
export interface RaceUpdate {
  type: 'update';
  /** Changes whenever a new race starts (the page then drops the old trajectories). */
  raceId: number;
  state: LabState;
  backend: string;
  /** tf.memory().numTensors in the worker, where every tensor of the race lives. */
  numTensors: number;
  steps: number;
  stepsPerSecond: number;
  config: RaceConfig | null;
  error: string | null;
  runners: RunnerDelta[];
}
