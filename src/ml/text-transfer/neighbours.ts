/** Nearest neighbours of chosen words in a vector table, as words: before and after pre-training. Pure. */
import { mulberry32 } from '../../lib/random';
import { nearestNeighbours, normalizeRows } from '../inspect/embedding';

/** The words the lab asks about first: sentiment words, a genre and a role. */
export const PROBE_WORDS = ['awful', 'excellent', 'boring', 'funny', 'waste', 'horror', 'actor'] as const;

export interface WordNeighbours {
  word: string;
  /** Most similar first; empty when the word is not in the vocabulary. */
  neighbours: { word: string; similarity: number }[];
}

/**
 * The `k` nearest words (cosine) of each word in `words` within `vectors` (row-major, `dim` wide,
 * row i = words[i] of `vocabulary`). Unknown words get no neighbours.
 */
export function neighboursOf(
  vectors: Float32Array,
  dim: number,
  vocabulary: readonly string[],
  words: readonly string[],
  k: number,
): WordNeighbours[] {
  const unit = normalizeRows(vectors, dim);
  const rows = vectors.length / dim;
  return words.map((word) => {
    const id = vocabulary.indexOf(word);
    if (id < 0 || id >= rows) return { word, neighbours: [] };
    return {
      word,
      neighbours: nearestNeighbours(unit, dim, id, k).map((n) => ({
        word: vocabulary[n.id],
        similarity: n.similarity,
      })),
    };
  });
}

/** Random vectors like a classifier's untrained embedding (uniform ±0.05, seeded): "before pre-training". */
export function randomVectors(rows: number, dim: number, seed: number): Float32Array {
  const rng = mulberry32(seed);
  return Float32Array.from({ length: rows * dim }, () => (rng() - 0.5) * 0.1);
}
