import type { BackendInfo, BackendName } from '../../ml/backend';
import type { MnistModelName } from '../../ml/models';
import type { ModelSummary } from '../../ml/models/summary';
import type { OptimizerName } from '../../ml/training/optimizers';
import type { TrainingEvent } from '../../ml/training/types';
import type { ScheduleName } from '../../ml/worked/schedules';
import type { LabDebug } from '../shared/worker/debug';
import type { LabNotice } from '../shared/worker/notice';

/** What the reader chooses before training. Plain data: it crosses to the worker as is. */
export interface MnistLabConfig {
  model: MnistModelName;
  optimizer: OptimizerName;
  learningRate: number;
  schedule: ScheduleName;
  batchSize: number;
  epochs: number;
  seed: number;
}

/** Messages from the page to the training worker. */
export type MnistRequest =
  | {
      type: 'init';
      preference: BackendName[];
      wasmPaths: Record<string, string>;
      dataUrl: string;
      config: MnistLabConfig;
      /** Debug switches from the page's URL (see src/widgets/shared/worker/debug.ts). */
      debug: LabDebug;
    }
  | { type: 'configure'; config: MnistLabConfig }
  | { type: 'train' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'step' }
  | { type: 'stop' }
  | { type: 'reset' }
  | { type: 'predict'; id: number; pixels: Float32Array }
  /** Debug only (honoured when init had debug.faults): lose the WebGL context, as a driver reset would. */
  | { type: 'lose-context' };

/** The test set's results after a run, for the confusion matrix and the misclassified grid. */
export interface TestReport {
  accuracy: number;
  /** confusion[actual][predicted] */
  confusion: number[][];
  predicted: Int32Array;
  /** [count × 10] softmax outputs. */
  probabilities: Float32Array;
  /** The test digits (count × 784, 0–255) and labels, for showing examples. */
  images: Uint8Array;
  labels: Uint8Array;
}

/** A prediction for a drawn digit, with what the first layer sees when the model has one. */
export interface Prediction {
  id: number;
  probabilities: number[];
  /** First-layer kernels: `count` filters of size × size (row-major, one after another). */
  filters?: { count: number; size: number; values: Float32Array };
  /** First-layer outputs for the drawing: `count` maps of width × height. */
  activations?: { count: number; width: number; height: number; values: Float32Array };
}

export interface MemoryReport {
  numTensors: number;
  /** Bytes held on the GPU (webgl only; 0 elsewhere). */
  gpuBytes: number;
  bytes: number;
}

/** Messages from the training worker to the page. */
export type MnistResponse =
  | { type: 'backend'; info: BackendInfo }
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'ready'; summary: ModelSummary; counts: { train: number; validation: number; test: number } }
  | { type: 'training'; event: TrainingEvent }
  /** `epoch` is set on the report taken at the end of that epoch (1-based). */
  | { type: 'memory'; memory: MemoryReport; epoch?: number }
  | { type: 'test'; report: TestReport }
  | { type: 'prediction'; prediction: Prediction }
  /** Something the reader should know that is not an error of theirs (e.g. the GPU was lost). */
  /** `notice` says the same as `message` as a code the page translates. */
  | { type: 'notice'; message: string; notice?: LabNotice }
  | { type: 'error'; message: string };
