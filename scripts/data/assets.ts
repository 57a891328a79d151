/** The list of generated data assets and where they go: shared by scripts/prepare-data.ts and the tests. */
import path from 'node:path';
import { imdbBuilder, imdbVocabularyBuilder } from './imdb';
import { mnistBuilder } from './mnist';
import { prepareData, type DatasetBuilder, type PrepareResult } from './prepare';
import { transferCheckpointBuilder } from './transfer';
import { wordVectorsBuilder } from './word-vectors';

/** public/data/: served as /data/ by Vite, git-ignored. */
export const dataDir = path.resolve(import.meta.dirname, '..', '..', 'public', 'data');

/** Every generated asset, in build order. Add new datasets here. */
export function allBuilders(): DatasetBuilder[] {
  return [mnistBuilder(), imdbBuilder(), imdbVocabularyBuilder(), transferCheckpointBuilder(), wordVectorsBuilder()];
}

/**
 * Builds the assets that are missing or out of date (all, or those named in `only`) into
 * public/data/. Writes files only when something changed.
 */
export function prepareAssets(
  options: { only?: readonly string[]; force?: boolean; log?: (line: string) => void } = {},
): PrepareResult[] {
  const builders = allBuilders().filter((b) => !options.only || options.only.includes(b.name));
  return prepareData(builders, { outDir: dataDir, force: options.force, log: options.log });
}
