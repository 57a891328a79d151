/** Shared set-up for the tests/ml suite: backends, the MNIST asset, seeded random arrays. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, prepareAssets } from '../../scripts/data/assets';
import { initNodeBackend } from '../../scripts/node-backend';
import { mulberry32 } from '../../src/lib/random';
import { decodeMnist, type MnistSplits } from '../../src/ml/data/mnist';

export { initNodeBackend };

let mnist: MnistSplits | undefined;

/**
 * The decoded MNIST asset, built first (with the same code as scripts/prepare-data.ts) when
 * public/data/mnist.bin is missing or stale.
 */
export function loadMnistAsset(): MnistSplits {
  if (!mnist) {
    prepareAssets({ only: ['mnist'], log: () => undefined });
    mnist = decodeMnist(readFileSync(path.join(dataDir, 'mnist.bin')));
  }
  return mnist;
}

/** `n` seeded uniform floats in [−1, 1). */
export function randomFloats(n: number, seed: number): Float32Array {
  const rng = mulberry32(seed);
  return Float32Array.from({ length: n }, () => rng() * 2 - 1);
}

/** `n` seeded integers in [low, high). */
export function randomInts(n: number, low: number, high: number, seed: number): Int32Array {
  const rng = mulberry32(seed);
  return Int32Array.from({ length: n }, () => low + Math.floor(rng() * (high - low)));
}

/** Largest |a − b| divided by the largest |b| (at least 1): a scale-free "max relative error". */
export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`Lengths differ: ${a.length} vs ${b.length}`);
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
}
