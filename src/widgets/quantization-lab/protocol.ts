import type { BackendInfo, BackendName } from '../../ml/backend';
import type { QuantizationRow } from '../../ml/quantize';
import type { TrainingEvent } from '../../ml/training/types';
import type { LabState } from '../shared/training/TrainControls';
import type { TrainingLength } from './settings';

/** Messages from the page to the quantisation worker. */
export type QuantizationRequest =
  | {
      type: 'init';
      preference: BackendName[];
      wasmPaths: Record<string, string>;
      dataUrl: string;
      length: TrainingLength;
    }
  | { type: 'configure'; length: TrainingLength }
  | { type: 'train' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'reset' };

/** Messages from the worker to the page. */
export type QuantizationResponse =
  | { type: 'backend'; info: BackendInfo }
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'ready'; params: number; counts: { train: number; test: number } }
  | { type: 'state'; state: LabState }
  | { type: 'training'; event: TrainingEvent }
  | { type: 'evaluating'; total: number }
  | { type: 'row'; row: QuantizationRow }
  | { type: 'memory'; numTensors: number; gpuBytes: number }
  | { type: 'error'; message: string };
