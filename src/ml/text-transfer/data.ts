/** The few labelled reviews of the text track, drawn from the training split. Pure. */
import { mulberry32, shuffleInPlace } from '../../lib/random';
import type { TextSplit } from '../data/text-dataset';

/** The examples `indices` of a split, in that order, as a new split (copies). */
export function takeTexts(split: TextSplit, indices: readonly number[]): TextSplit {
  const offsets = new Uint32Array(indices.length + 1);
  indices.forEach((i, k) => (offsets[k + 1] = offsets[k] + split.offsets[i + 1] - split.offsets[i]));
  const ids = new Uint16Array(offsets[indices.length]);
  indices.forEach((i, k) => ids.set(split.ids.subarray(split.offsets[i], split.offsets[i + 1]), offsets[k]));
  return { count: indices.length, labels: Uint8Array.from(indices, (i) => split.labels[i]), offsets, ids };
}

/**
 * `n` labelled reviews, half positive and half negative (n even), drawn with a seed: each class's
 * reviews are shuffled by a generator of its own and the first n/2 taken, so a larger n contains
 * the smaller one's reviews; the result is shuffled. Throws when a class has too few.
 */
export function sampleBalanced(split: TextSplit, n: number, seed: number): TextSplit {
  if (!(Number.isInteger(n) && n >= 2 && n % 2 === 0)) throw new Error(`Labels must be an even number ≥ 2, got ${n}`);
  const chosen: number[] = [];
  for (const label of [0, 1]) {
    const members: number[] = [];
    for (let i = 0; i < split.count; i++) if (split.labels[i] === label) members.push(i);
    if (members.length < n / 2) throw new Error(`Only ${members.length} reviews with label ${label}; need ${n / 2}`);
    chosen.push(...shuffleInPlace(members, mulberry32(seed * 31 + label + 1)).slice(0, n / 2));
  }
  return takeTexts(split, shuffleInPlace(chosen, mulberry32(seed)));
}
