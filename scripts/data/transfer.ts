/**
 * Builds public/data/transfer-cnn.bin: the transfer lab's CNN pre-trained on the digits 0–4 of
 * the MNIST asset (deterministic: seeded, wasm backend). Training is asynchronous while data
 * builders are synchronous, so it runs in a child process (scripts/pretrain-transfer.ts).
 */
import path from 'node:path';
import { CHECKPOINT_FORMAT_VERSION, decodeCheckpoint } from '../../src/ml/transfer/checkpoint';
import { DEFAULT_PRETRAIN_CONFIG } from '../../src/ml/transfer/pretrain';
import { mnistDigitsDir } from './mnist';
import type { DatasetBuilder } from './prepare';
import { bytesFromScript, root } from './run-script';

export function transferCheckpointBuilder(): DatasetBuilder {
  const sources = ['model.ts', 'pretrain.ts', 'checkpoint.ts', 'data.ts'].map((f) =>
    path.join(root, 'src', 'ml', 'transfer', f),
  );
  return {
    name: 'transfer-cnn',
    output: 'transfer-cnn.bin',
    version: CHECKPOINT_FORMAT_VERSION,
    params: { pretrain: DEFAULT_PRETRAIN_CONFIG, backend: 'wasm' },
    inputs: () => [...Array.from({ length: 10 }, (_, d) => path.join(mnistDigitsDir(), `${d}.json`)), ...sources],
    build: () => bytesFromScript('pretrain-transfer.ts', 'transfer-cnn.bin'),
    describe(bytes) {
      const { weights, info } = decodeCheckpoint(bytes);
      const params = weights.reduce((n, w) => n + w.values.length, 0);
      return `${params} weights pre-trained on digits ${info.digits}, validation accuracy ${Number(info.validationAccuracy).toFixed(3)}`;
    },
  };
}
