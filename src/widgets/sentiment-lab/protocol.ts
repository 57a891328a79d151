import type { BackendInfo, BackendName } from '../../ml/backend';
import type { TextAnalysis } from '../../ml/inspect/attribution';
import type { BinaryCounts, RocPoint } from '../../ml/metrics/binary';
import type { ModelSummary } from '../../ml/models/summary';
import type { SentimentModelName } from '../../ml/models/sentiment';
import type { OptimizerName } from '../../ml/training/optimizers';
import type { TrainingEvent } from '../../ml/training/types';
import type { ScheduleName } from '../../ml/worked/schedules';
import type { MemoryReport } from '../mnist-lab/protocol';
import type { LabDebug } from '../shared/worker/debug';
import type { LabNotice } from '../shared/worker/notice';

export type { MemoryReport };

/** What the reader chooses before training. Plain data: it crosses to the worker as is. */
export interface SentimentLabConfig {
  model: SentimentModelName;
  /** Ids in the vocabulary (the most frequent training words; 0 and 1 reserved). */
  vocabularySize: number;
  /** Tokens per review: the last ones are kept, shorter reviews are padded. */
  sequenceLength: number;
  embeddingDim: number;
  optimizer: OptimizerName;
  learningRate: number;
  schedule: ScheduleName;
  batchSize: number;
  epochs: number;
  /** Stop the run after this many batches (0 = no limit): for quick looks and the browser test. */
  maxSteps: number;
  seed: number;
}

/** Where the training examples come from. */
export type DataSource = { kind: 'imdb' } | { kind: 'csv'; name: string };

/** Messages from the page to the training worker. */
export type SentimentRequest =
  | {
      type: 'init';
      preference: BackendName[];
      wasmPaths: Record<string, string>;
      dataUrl: string;
      vocabularyUrl: string;
      config: SentimentLabConfig;
      /** Debug switches from the page's URL (see src/widgets/shared/worker/debug.ts). */
      debug: LabDebug;
    }
  | { type: 'configure'; config: SentimentLabConfig }
  | { type: 'train' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'step' }
  | { type: 'stop' }
  | { type: 'reset' }
  | { type: 'analyze'; id: number; text: string }
  | { type: 'neighbours'; word: string }
  | { type: 'use-csv'; name: string; texts: string[]; labels: Uint8Array }
  | { type: 'use-imdb' }
  | { type: 'save' }
  | { type: 'load' }
  | { type: 'export' }
  /** Debug only (honoured when init had debug.faults): lose the WebGL context, as a driver reset would. */
  | { type: 'lose-context' };

/** The test split's results after a run. */
export interface TestReport {
  count: number;
  counts: BinaryCounts;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  /** At most ~100 points of the ROC curve (for drawing); null when the test split lacks a class. */
  roc: RocPoint[] | null;
  /** Area under the full ROC curve; null when the test split lacks a class. */
  auc: number | null;
}

/** The model now in the worker: its layers and the settings it was built with. */
export interface ModelInfo {
  summary: ModelSummary;
  /** The settings in effect (a loaded model brings its own; a small CSV may shrink the vocabulary). */
  config: SentimentLabConfig;
  source: DataSource;
  /** Words the model knows (reserved ids included). */
  vocabularySize: number;
  /** Whether it was loaded from the browser's storage (its settings then replace the page's). */
  loaded: boolean;
}

/** The data in the worker: null counts until the data set has been downloaded and uploaded. */
export interface DataInfo {
  source: DataSource;
  counts: { train: number; validation: number; test: number } | null;
}

/** A word and its neighbours in the embedding, by cosine similarity (null: the word is unknown). */
export interface NeighboursReport {
  word: string;
  neighbours: { word: string; similarity: number }[] | null;
}

/** Common sentiment words placed by the first two principal components of their embeddings. */
export interface EmbeddingMap {
  points: { word: string; x: number; y: number; polarity: 'positive' | 'negative' | 'neutral' }[];
  explained: [number, number];
}

/** A file the page offers for download. */
export interface DownloadFile {
  name: string;
  type: string;
  data: ArrayBuffer | string;
}

/** Messages from the training worker to the page. */
export type SentimentResponse =
  | { type: 'backend'; info: BackendInfo }
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'model'; model: ModelInfo }
  | { type: 'data'; data: DataInfo }
  | { type: 'training'; event: TrainingEvent }
  | { type: 'memory'; memory: MemoryReport }
  | { type: 'test'; report: TestReport }
  | { type: 'analysis'; id: number; analysis: TextAnalysis }
  | { type: 'neighbours'; report: NeighboursReport }
  | { type: 'embedding-map'; map: EmbeddingMap }
  | { type: 'stored'; savedAt: string | null }
  /** `notice` says the same as `message` as a code the page translates. */
  | { type: 'notice'; message: string; notice?: LabNotice }
  | { type: 'download'; files: DownloadFile[] }
  | { type: 'error'; message: string };
