import type { BackendInfo, BackendName } from '../../ml/backend';
import type { FewLabelConfig, TextExperimentEvent } from '../../ml/text-transfer/experiment';
import type { WordNeighbours } from '../../ml/text-transfer/neighbours';
import type { WordPretrainEvent } from '../../ml/text-transfer/pretrain';
import type { WordVectorsInfo } from '../../ml/text-transfer/vectors';
import type { LabState } from '../shared/training/TrainControls';
import type { LabDebug } from '../shared/worker/debug';
import type { LabNotice } from '../shared/worker/notice';

/** Test reviews every arm is scored on (the first of the held-out test split). */
export const TEST_REVIEWS = 5000;

/** Messages from the page to the text-transfer lab's worker. */
export type TextTransferRequest =
  | {
      type: 'init';
      preference: BackendName[];
      wasmPaths: Record<string, string>;
      dataUrl: string;
      vocabularyUrl: string;
      vectorsUrl: string;
      /** Debug switches from the page's URL (see src/widgets/shared/worker/debug.ts). */
      debug: LabDebug;
    }
  | { type: 'train'; config: FewLabelConfig }
  | { type: 'pretrain'; steps: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'reset' }
  /** Debug only (honoured when init had debug.faults): lose the WebGL context, as a driver reset would. */
  | { type: 'lose-context' };

/** The word vectors in use: shipped with the site or pre-trained here, and how. */
export interface VectorsReport {
  source: 'shipped' | 'live';
  info: WordVectorsInfo;
  /** Nearest words of the probe words with random vectors (before pre-training) and with these. */
  before: WordNeighbours[];
  after: WordNeighbours[];
}

export interface MemoryReport {
  numTensors: number;
  gpuBytes: number;
}

/** Messages from the worker to the page. */
export type TextTransferResponse =
  | { type: 'backend'; info: BackendInfo }
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'vectors'; report: VectorsReport }
  | { type: 'state'; state: LabState; job?: 'finetune' | 'pretrain' }
  | { type: 'experiment'; event: TextExperimentEvent }
  | { type: 'pretraining'; event: WordPretrainEvent }
  | { type: 'memory'; memory: MemoryReport }
  | { type: 'error'; message: string }
  /** `notice` says the same as `message` as a code the page translates. */
  | { type: 'notice'; message: string; notice?: LabNotice };
