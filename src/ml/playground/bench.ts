import { generateToy, type PointSplit } from '../data/toy2d';
import { PlaygroundSession } from './session';
import { DEFAULT_SETUP, type PlaygroundSetup } from './setup';

/** The benchmark task: 500 XOR points in the plane (and 100 more as a test set). */
export function benchData(): PointSplit {
  return {
    train: generateToy('xor', { count: 500, noise: 0.1, seed: 1 }),
    test: generateToy('xor', { count: 100, noise: 0.1, seed: 2 }),
  };
}

/** The benchmark network: 2-8-8-1 with tanh, Adam, on the current backend. */
export function benchSetup(batchSize: number): PlaygroundSetup {
  return { ...DEFAULT_SETUP, layers: [8, 8], activation: 'tanh', batchSize, steps: 100_000 };
}

/**
 * Training steps per second of the 2-8-8-1 network on 500 points with `batchSize`, on the
 * current TF.js backend: `warmup` steps first (shader compilation, JIT), then steps for about
 * `millis` ms. The device is synchronised every 10 steps, as the playground's loop does, so
 * queued GPU work is counted. Allocates and frees its own session.
 */
export async function measureStepsPerSecond(
  batchSize: number,
  options: { warmup?: number; millis?: number; maxSteps?: number } = {},
): Promise<number> {
  const { warmup = 10, millis = 1000, maxSteps = 2000 } = options;
  const session = new PlaygroundSession(benchSetup(batchSize), benchData());
  try {
    for (let i = 0; i < warmup; i++) session.trainStep();
    await session.sync();
    const start = performance.now();
    let steps = 0;
    while (performance.now() - start < millis && steps < maxSteps) {
      for (let i = 0; i < 10; i++) session.trainStep();
      steps += 10;
      await session.sync();
    }
    return (steps * 1000) / (performance.now() - start);
  } finally {
    session.dispose();
  }
}
