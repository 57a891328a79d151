import type { BackendInfo, BackendName } from '../../ml/backend';
import type { TrainingEvent } from '../../ml/training/types';
import type { ExperimentEvent, FineTuneConfig } from '../../ml/transfer/experiment';
import type { LabState } from '../shared/training/TrainControls';
import type { LabDebug } from '../shared/worker/debug';
import type { LabNotice } from '../shared/worker/notice';

/** Messages from the page to the transfer lab's worker. */
export type TransferRequest =
  | {
      type: 'init';
      preference: BackendName[];
      wasmPaths: Record<string, string>;
      dataUrl: string;
      checkpointUrl: string;
      /** Debug switches from the page's URL (see src/widgets/shared/worker/debug.ts). */
      debug: LabDebug;
    }
  | { type: 'train'; config: FineTuneConfig }
  | { type: 'pretrain' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'reset' }
  /** Debug only (honoured when init had debug.faults): lose the WebGL context, as a driver reset would. */
  | { type: 'lose-context' };

/** Where the pre-trained weights in use came from, and how good they are on digits 0–4. */
export interface CheckpointReport {
  source: 'shipped' | 'live';
  validationAccuracy: number;
  epochs: number;
  trainExamples: number;
}

export interface MemoryReport {
  numTensors: number;
  gpuBytes: number;
}

/** Messages from the worker to the page. */
export type TransferResponse =
  | { type: 'backend'; info: BackendInfo }
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'checkpoint'; report: CheckpointReport }
  | { type: 'state'; state: LabState; job?: 'finetune' | 'pretrain' }
  | { type: 'experiment'; event: ExperimentEvent }
  | { type: 'pretraining'; event: TrainingEvent; epochs: number }
  | { type: 'memory'; memory: MemoryReport }
  | { type: 'error'; message: string }
  /** `notice` says the same as `message` as a code the page translates. */
  | { type: 'notice'; message: string; notice?: LabNotice };
