/**
 * Builds public/data/word-vectors.bin: the text-transfer lab's word vectors, pre-trained by
 * skip-gram on the IMDB training reviews (deterministic: seeded, wasm backend). Training is
 * asynchronous while data builders are synchronous, so it runs in a child process
 * (scripts/pretrain-word-vectors.ts).
 */
import path from 'node:path';
import { DEFAULT_WORD_PRETRAIN } from '../../src/ml/text-transfer/pretrain';
import { decodeWordVectors, WORD_VECTORS_FORMAT_VERSION } from '../../src/ml/text-transfer/vectors';
import type { DatasetBuilder } from './prepare';
import { bytesFromScript, root } from './run-script';

export function wordVectorsBuilder(): DatasetBuilder {
  const sources = ['corpus.ts', 'skipgram.ts', 'pretrain.ts', 'vectors.ts'].map((f) =>
    path.join(root, 'src', 'ml', 'text-transfer', f),
  );
  return {
    name: 'word-vectors',
    output: 'word-vectors.bin',
    version: WORD_VECTORS_FORMAT_VERSION,
    params: { pretrain: DEFAULT_WORD_PRETRAIN, backend: 'wasm' },
    inputs: () => [path.join(root, 'public', 'data', 'imdb.bin'), ...sources],
    build: () => bytesFromScript('pretrain-word-vectors.ts', 'word-vectors.bin'),
    describe(bytes) {
      const { info } = decodeWordVectors(bytes);
      return `${info.vocabularySize} × ${info.dim} vectors from ${info.pairs.toLocaleString('en-US')} skip-gram pairs (loss ${info.finalLoss.toFixed(3)})`;
    },
  };
}
