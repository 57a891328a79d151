/**
 * Seeded pseudo-random numbers: the same seed gives the same sequence on every machine,
 * so data splits, shuffles and weight initialisation are reproducible. Pure, no globals.
 */

/** A function returning uniform floats in [0, 1). Each call advances its private state. */
export type Rng = () => number;

/**
 * mulberry32: a tiny, fast 32-bit generator (period 2³²), good enough for shuffling and
 * sampling (not for cryptography). `seed` is reduced to an unsigned 32-bit integer.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). Advances `rng` once. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Shuffles `items` in place (Fisher–Yates) and returns it. Advances `rng` length − 1 times. */
export function shuffleInPlace<A extends { length: number; [index: number]: unknown }>(items: A, rng: Rng): A {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

/** The numbers 0 … n−1 in a random order (a new Int32Array). Advances `rng` n − 1 times. */
export function permutation(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return shuffleInPlace(order, rng);
}

/**
 * Derives an independent-looking 32-bit seed from a base seed and a stream number (e.g. a
 * layer index), so one user-facing seed can feed many generators without them repeating.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
