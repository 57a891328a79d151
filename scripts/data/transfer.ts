/**
 * Builds public/data/transfer-cnn.bin: the transfer lab's CNN pre-trained on the digits 0–4 of
 * the MNIST asset (deterministic: seeded, wasm backend). Training is asynchronous while data
 * builders are synchronous, so it runs in a child process (scripts/pretrain-transfer.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHECKPOINT_FORMAT_VERSION, decodeCheckpoint } from '../../src/ml/transfer/checkpoint';
import { DEFAULT_PRETRAIN_CONFIG } from '../../src/ml/transfer/pretrain';
import { mnistDigitsDir } from './mnist';
import type { DatasetBuilder } from './prepare';

const root = path.resolve(import.meta.dirname, '..', '..');

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
    build() {
      const dir = mkdtempSync(path.join(tmpdir(), 'transfer-cnn-'));
      const out = path.join(dir, 'transfer-cnn.bin');
      try {
        execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'pretrain-transfer.ts'), out], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        return new Uint8Array(readFileSync(out));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    describe(bytes) {
      const { weights, info } = decodeCheckpoint(bytes);
      const params = weights.reduce((n, w) => n + w.values.length, 0);
      return `${params} weights pre-trained on digits ${info.digits}, validation accuracy ${Number(info.validationAccuracy).toFixed(3)}`;
    },
  };
}
