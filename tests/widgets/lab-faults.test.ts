import { describe, expect, it } from 'vitest';
import type { MnistSplits } from '../../src/ml/data/mnist';
import { initialView, reduce } from '../../src/widgets/mnist-lab/state';
import { subsetSplits } from '../../src/widgets/mnist-lab/subset';
import { readLabDebug } from '../../src/widgets/shared/worker/debug';
import {
  createMessageBatcher,
  HIDDEN_FLUSH_MS,
  type BatchScheduler,
} from '../../src/widgets/shared/worker/message-batcher';

describe('readLabDebug', () => {
  it('is off unless the query asks for debug=faults', () => {
    expect(readLabDebug('')).toEqual({ faults: false, subset: null });
    expect(readLabDebug('?subset=256')).toEqual({ faults: false, subset: null });
    expect(readLabDebug('?debug=other')).toEqual({ faults: false, subset: null });
  });
  it('reads the subset size, ignoring nonsense', () => {
    expect(readLabDebug('?debug=faults')).toEqual({ faults: true, subset: null });
    expect(readLabDebug('debug=faults&subset=256')).toEqual({ faults: true, subset: 256 });
    expect(readLabDebug('?debug=faults&subset=-3')).toEqual({ faults: true, subset: null });
    expect(readLabDebug('?debug=faults&subset=1.5')).toEqual({ faults: true, subset: null });
    expect(readLabDebug('?debug=faults&subset=abc')).toEqual({ faults: true, subset: null });
  });
});

describe('subsetSplits', () => {
  const split = (count: number, offset: number) => ({
    images: Uint8Array.from({ length: count * 784 }, (_, i) => (i + offset) % 256),
    labels: Uint8Array.from({ length: count }, (_, i) => (i + offset) % 10),
    count,
  });
  const splits: MnistSplits = { train: split(100, 0), validation: split(30, 1), test: split(30, 2) };

  it('keeps the first n training examples and a quarter as many of the others', () => {
    const cut = subsetSplits(splits, 40);
    expect([cut.train.count, cut.validation.count, cut.test.count]).toEqual([40, 10, 10]);
    expect(cut.train.images.length).toBe(40 * 784);
    expect(Array.from(cut.validation.labels)).toEqual(Array.from(splits.validation.labels.subarray(0, 10)));
    expect(cut.test.images[783]).toBe(splits.test.images[783]);
  });
  it('never asks for more than there is, and null keeps everything', () => {
    expect(subsetSplits(splits, 1000).train.count).toBe(100);
    expect(subsetSplits(splits, 1000).validation.count).toBe(30);
    expect(subsetSplits(splits, null)).toBe(splits);
  });
});

/** A scheduler whose frames and timers run only when the test says so. */
function fakeScheduler() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, () => void>();
  const scheduler: BatchScheduler = {
    frame: (callback) => (frames.set(next, callback), next++),
    cancelFrame: (handle) => frames.delete(handle),
    timeout: (callback, ms) => {
      expect(ms).toBe(HIDDEN_FLUSH_MS);
      timers.set(next, callback);
      return next++;
    },
    cancelTimeout: (handle) => timers.delete(handle),
  };
  const run = (queue: Map<number, () => void>) => [...queue.values()].forEach((callback) => callback());
  return { scheduler, frames, timers, runFrames: () => run(frames), runTimers: () => run(timers) };
}

describe('createMessageBatcher', () => {
  it('applies the messages of one frame together, once', () => {
    const fake = fakeScheduler();
    const applied: number[][] = [];
    const batcher = createMessageBatcher<number>((m) => applied.push(m), fake.scheduler);
    batcher.push(1);
    batcher.push(2);
    expect(fake.frames.size).toBe(1);
    fake.runFrames();
    expect(applied).toEqual([[1, 2]]);
    expect(fake.timers.size).toBe(0); // the fallback timer was cancelled
    batcher.push(3);
    fake.runFrames();
    expect(applied).toEqual([[1, 2], [3]]);
  });
  it('flushes by timer when no frame comes (a hidden tab), and a late frame then does nothing', () => {
    const fake = fakeScheduler();
    const applied: number[][] = [];
    const batcher = createMessageBatcher<number>((m) => applied.push(m), fake.scheduler);
    batcher.push(1);
    fake.runTimers();
    expect(applied).toEqual([[1]]);
    expect(fake.frames.size).toBe(0);
    batcher.push(2);
    batcher.push(3);
    fake.runTimers();
    expect(applied).toEqual([[1], [2, 3]]);
  });
  it('cancel drops the queue and the pending flush', () => {
    const fake = fakeScheduler();
    const applied: number[][] = [];
    const batcher = createMessageBatcher<number>((m) => applied.push(m), fake.scheduler);
    batcher.push(1);
    batcher.cancel();
    expect([fake.frames.size, fake.timers.size]).toEqual([0, 0]);
    expect(applied).toEqual([]);
  });
});

describe('the MNIST lab view', () => {
  const memory = (numTensors: number) => ({ numTensors, gpuBytes: numTensors * 100, bytes: numTensors * 10 });
  it('keeps the epoch-end memory reports of the current model, and a notice until dismissed', () => {
    let view = reduce(initialView, { type: 'memory', memory: memory(5) });
    view = reduce(view, { type: 'memory', memory: memory(9), epoch: 1 });
    view = reduce(view, { type: 'memory', memory: memory(9), epoch: 2 });
    expect(view.epochMemory.map((m) => [m.epoch, m.numTensors])).toEqual([
      [1, 9],
      [2, 9],
    ]);
    expect(view.memory?.numTensors).toBe(9);
    view = reduce(view, { type: 'notice', message: 'The WebGL context was lost' });
    view = reduce(view, {
      type: 'ready',
      summary: { layers: [], totalParams: 0, trainableParams: 0 },
      counts: { train: 1, validation: 1, test: 1 },
    });
    expect(view.epochMemory).toEqual([]);
    expect(view.notice).toBe('The WebGL context was lost');
    expect(reduce(view, { type: 'cleared' }).notice).toBeUndefined();
  });
});
