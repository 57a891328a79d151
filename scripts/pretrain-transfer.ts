/**
 * Pre-trains the transfer lab's CNN on the digits 0–4 (wasm backend, seeded) and writes the
 * checkpoint. Usage: npx tsx scripts/pretrain-transfer.ts [out-file]; the data preparation runs it
 * (scripts/data/transfer.ts) when public/data/transfer-cnn.bin is missing or stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeMnist } from '../src/ml/data/mnist';
import { encodeCheckpoint } from '../src/ml/transfer/checkpoint';
import { DEFAULT_PRETRAIN_CONFIG, pretrain } from '../src/ml/transfer/pretrain';
import { dataDir, prepareAssets } from './data/assets';
import { initNodeBackend } from './node-backend';

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(dataDir, 'transfer-cnn.bin');
  prepareAssets({ only: ['mnist'], log: () => undefined });
  await initNodeBackend('wasm');
  const splits = decodeMnist(readFileSync(path.join(dataDir, 'mnist.bin')));
  const start = performance.now();
  const checkpoint = await pretrain(splits, DEFAULT_PRETRAIN_CONFIG);
  writeFileSync(out, encodeCheckpoint(checkpoint));
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.error(
    `transfer-cnn: pre-trained on digits 0–4 in ${seconds} s (validation ${checkpoint.info.validationAccuracy})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
