/** The IMDB asset for the tests/ml suite, built first (same code as scripts/prepare-data.ts) when missing or stale. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, prepareAssets } from '../../scripts/data/assets';
import { decodeImdb, decodeImdbVocabulary, type ImdbAsset } from '../../src/ml/data/imdb';
import type { Vocabulary } from '../../src/ml/data/text';

let loaded: { asset: ImdbAsset; vocabulary: Vocabulary } | undefined;

export function loadImdbAsset(): { asset: ImdbAsset; vocabulary: Vocabulary } {
  if (!loaded) {
    prepareAssets({ only: ['imdb', 'imdb-vocabulary'], log: () => undefined });
    const asset = decodeImdb(readFileSync(path.join(dataDir, 'imdb.bin')));
    const json = readFileSync(path.join(dataDir, 'imdb-vocabulary.json'), 'utf8');
    loaded = { asset, vocabulary: decodeImdbVocabulary(json, asset).vocabulary };
  }
  return loaded;
}
