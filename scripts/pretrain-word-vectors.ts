/**
 * Pre-trains the text-transfer lab's word vectors on the IMDB training reviews (skip-gram, wasm
 * backend, seeded; labels never read) and writes them. Usage:
 * npx tsx scripts/pretrain-word-vectors.ts [out-file]; the data preparation runs it
 * (scripts/data/word-vectors.ts) when public/data/word-vectors.bin is missing or stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeImdb } from '../src/ml/data/imdb';
import { DEFAULT_WORD_PRETRAIN, pretrainWordVectors } from '../src/ml/text-transfer/pretrain';
import { encodeWordVectors } from '../src/ml/text-transfer/vectors';
import { dataDir, prepareAssets } from './data/assets';
import { initNodeBackend } from './node-backend';

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(dataDir, 'word-vectors.bin');
  prepareAssets({ only: ['imdb'], log: () => undefined });
  await initNodeBackend('wasm');
  const { splits } = decodeImdb(readFileSync(path.join(dataDir, 'imdb.bin')));
  const start = performance.now();
  const result = await pretrainWordVectors(splits.train, DEFAULT_WORD_PRETRAIN, { reportEvery: 50 });
  writeFileSync(out, encodeWordVectors(result));
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const { pairs, finalLoss } = result.info;
  console.error(`word-vectors: ${pairs} skip-gram pairs in ${seconds} s (final loss ${finalLoss.toFixed(3)})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
