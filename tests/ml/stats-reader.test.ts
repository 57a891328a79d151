import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { StatsReader, type ReadStats } from '../../src/ml/training/stats-reader';
import { initNodeBackend } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});

describe('the stats reader', () => {
  it('with a read interval: reads the first batch at once, then sums batches until the interval has passed', async () => {
    let now = 0;
    const reads: ReadStats[] = [];
    const before = tf.memory().numTensors;
    const reader = new StatsReader(
      1,
      2,
      (s) => reads.push(s),
      () => now,
      100,
    );
    const batch = async (n: number, at: number, loss: number) => {
      now = at;
      await reader.add(tf.tensor1d([loss * 10, 0.5 * 10]), { epoch: 1, batch: n, step: n, examples: 10 });
    };
    await batch(1, 0, 2);
    await batch(2, 30, 1);
    await batch(3, 60, 1);
    await batch(4, 110, 1); // 110 ms since the first read started: batches 2-4 go together
    await batch(5, 120, 3);
    await reader.drain(); // the partial group at the end of an epoch
    expect(reads.map((r) => [r.last.batch, r.examples, r.lossSum / r.examples])).toEqual([
      [1, 10, 2],
      [4, 30, 1],
      [5, 10, 3],
    ]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('without one: reads every k batches', async () => {
    const reads: number[] = [];
    const reader = new StatsReader(2, 2, (s) => reads.push(s.last.batch));
    for (let n = 1; n <= 5; n++) await reader.add(tf.tensor1d([1, 1]), { epoch: 1, batch: n, step: n, examples: 1 });
    await reader.drain();
    expect(reads).toEqual([2, 4, 5]);
  });
});
