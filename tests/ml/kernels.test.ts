import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isFastKernelActive,
  runKernelConfig,
  stockKernel,
  type FastBackendName,
  type FastKernelName,
} from '../../src/ml/kernels';
import { initNodeBackend, maxRelativeError, randomFloats, randomInts } from '../helpers/ml';

/** Tolerance: max |ours − stock| / max(1, max |stock|). */
const TOLERANCE = 1e-5;

interface ConvCase {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number | [number, number];
  pad: 'valid' | 'same' | number;
  dataFormat?: 'NHWC' | 'NCHW';
}

const convCases: ConvCase[] = [
  { x: [1, 5, 5, 1], filter: [3, 3, 1, 1], strides: 1, pad: 'valid' },
  { x: [2, 9, 9, 3], filter: [3, 3, 3, 4], strides: 1, pad: 'valid' },
  { x: [3, 8, 7, 2], filter: [3, 3, 2, 5], strides: 1, pad: 'same' },
  { x: [2, 9, 10, 3], filter: [5, 5, 3, 6], strides: 2, pad: 'same' },
  { x: [4, 11, 11, 2], filter: [3, 2, 2, 3], strides: [2, 1], pad: 'valid' },
  { x: [2, 12, 12, 8], filter: [5, 5, 8, 16], strides: 1, pad: 'valid' },
  { x: [1, 7, 7, 4], filter: [4, 4, 4, 2], strides: 3, pad: 'same' },
  { x: [2, 6, 6, 3], filter: [3, 3, 3, 7], strides: 1, pad: 1 },
  { x: [2, 3, 6, 6], filter: [3, 3, 3, 4], strides: 1, pad: 'same', dataFormat: 'NCHW' },
];

/** Seeded inputs for a convolution case: x, filter and an output gradient dy of the right shape. */
function convData(c: ConvCase, seed: number) {
  const nchw = c.dataFormat === 'NCHW';
  const xNhwc: [number, number, number, number] = nchw ? [c.x[0], c.x[2], c.x[3], c.x[1]] : c.x;
  const y = tf.tidy(() =>
    tf.conv2d(tf.zeros(xNhwc) as tf.Tensor4D, tf.zeros(c.filter) as tf.Tensor4D, c.strides, c.pad),
  );
  const dyShape = nchw ? [y.shape[0], y.shape[3], y.shape[1], y.shape[2]] : y.shape;
  y.dispose();
  const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
  const x = randomFloats(size(c.x), seed);
  const filter = randomFloats(size(c.filter), seed + 1);
  const dy = randomFloats(size(dyShape), seed + 2);
  const common = { strides: c.strides, pad: c.pad, dataFormat: c.dataFormat ?? 'NHWC' };
  return {
    filterGrad: {
      inputs: () => ({ x: tf.tensor(x, c.x), dy: tf.tensor(dy, dyShape) }),
      attrs: { ...common, filterShape: c.filter },
    },
    inputGrad: {
      inputs: () => ({ dy: tf.tensor(dy, dyShape), filter: tf.tensor(filter, c.filter) }),
      attrs: { ...common, inputShape: c.x },
    },
  };
}

interface PoolCase {
  x: [number, number, number, number];
  size: number;
  strides: number;
  pad: 'valid' | 'same';
  ties: boolean;
}

const describeConv = (c: ConvCase) =>
  `x ${c.x.join('×')}, filter ${c.filter.join('×')}, strides ${c.strides}, pad ${c.pad}, ${c.dataFormat ?? 'NHWC'}`;

/** Runs a kernel on `backend`: ours through the registry, or a given config directly. */
async function run(
  backend: FastBackendName,
  kernel: FastKernelName | tf.KernelConfig,
  make: () => Record<string, tf.Tensor>,
  attrs: object,
): Promise<Float32Array> {
  await initNodeBackend(backend);
  const before = tf.memory().numTensors;
  const inputs = make();
  const out =
    typeof kernel === 'string'
      ? (tf.engine().runKernel(kernel, inputs, attrs as tf.NamedAttrMap) as tf.Tensor)
      : runKernelConfig(kernel, inputs, attrs as Record<string, unknown>);
  const values = Float32Array.from(await out.data());
  tf.dispose([out, ...Object.values(inputs)]);
  expect(tf.memory().numTensors).toBe(before);
  return values;
}

/** The stock kernel `name` for `backend`, kept when ours replaced it. */
function stock(name: FastKernelName, backend: FastBackendName): tf.KernelConfig {
  const config = stockKernel(name, backend);
  if (!config) throw new Error(`no stock ${backend} ${name}`);
  return config;
}

/** Checks ours on `backend` against every given stock kernel. */
async function compare(
  backend: FastBackendName,
  name: FastKernelName,
  stocks: FastBackendName[],
  make: () => Record<string, tf.Tensor>,
  attrs: object,
) {
  const actual = await run(backend, name, make, attrs);
  for (const reference of stocks) {
    const expected = await run(reference, stock(name, reference), make, attrs);
    expect(actual.length).toBe(expected.length);
    expect(maxRelativeError(actual, expected)).toBeLessThan(TOLERANCE);
    expect(Math.max(...expected.map(Math.abs))).toBeGreaterThan(0.1); // not trivially zero
  }
}

beforeAll(async () => {
  await initNodeBackend('wasm'); // loads wasm, then registers our kernels for cpu and wasm
  await initNodeBackend('cpu');
});

describe.each(['cpu', 'wasm'] as const)('our kernels on %s', (backend) => {
  beforeAll(async () => {
    await initNodeBackend(backend);
  });

  it('are the registered ones', () => {
    expect(isFastKernelActive(tf.Conv2DBackpropFilter, backend)).toBe(true);
    expect(isFastKernelActive(tf.UnsortedSegmentSum, backend)).toBe(true);
    expect(isFastKernelActive(tf.MaxPoolGrad, backend)).toBe(true);
    expect(isFastKernelActive(tf.Conv2DBackpropInput, backend)).toBe(backend === 'wasm');
    expect(isFastKernelActive(tf.BatchMatMul, backend)).toBe(backend === 'wasm');
    expect(isFastKernelActive(tf.GatherV2, backend)).toBe(true);
  });

  it.each([
    { x: [20, 4], ids: [5], axis: 0, dtype: 'float32' },
    { x: [10, 3, 2], ids: [4, 2], axis: 0, dtype: 'float32' },
    { x: [30], ids: [7], axis: 0, dtype: 'int32' },
    { x: [6, 5], ids: [4], axis: 1, dtype: 'float32' }, // not axis 0: handed to the stock kernel
  ] as const)('GatherV2 matches the stock kernels (x $x, ids $ids, axis $axis, $dtype)', async (c) => {
    const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
    const rows = c.x[c.axis] ?? 1;
    const values = c.dtype === 'int32' ? randomInts(size(c.x), -1000, 1000, 41) : randomFloats(size(c.x), 41);
    const ids = randomInts(size(c.ids), 0, rows, 42);
    const make = () => ({ x: tf.tensor(values, [...c.x], c.dtype), indices: tf.tensor(ids, [...c.ids], 'int32') });
    await compare(backend, tf.GatherV2, [backend, 'cpu'], make, { axis: c.axis, batchDims: 0 });
  });

  it('GatherV2 rejects an index outside the table, as the stock kernels do', () => {
    const table = tf.zeros([4, 2]);
    const ids = tf.tensor1d([1, 4], 'int32');
    expect(() => tf.gather(table, ids)).toThrow(/index value 4 is not in \[0, 3\]/);
    tf.dispose([table, ids]);
  });

  it.each(convCases.map((c) => [describeConv(c), c] as const))(
    `Conv2DBackpropFilter matches the stock cpu kernel to ${TOLERANCE} (%s)`,
    async (_, c) => {
      const { filterGrad } = convData(c, 11);
      await compare(backend, tf.Conv2DBackpropFilter, ['cpu'], filterGrad.inputs, filterGrad.attrs);
    },
  );

  it.each([
    { rows: 50, row: [4], segments: 7 },
    { rows: 200, row: [3, 5], segments: 40 },
    { rows: 1, row: [2], segments: 3 },
    { rows: 64, row: [], segments: 10 },
    { rows: 300, row: [16], segments: 1000 },
  ])(
    `UnsortedSegmentSum matches the stock cpu kernel to ${TOLERANCE} ($rows rows of [$row] into $segments)`,
    async (c) => {
      const x = randomFloats(c.rows * c.row.reduce((a, b) => a * b, 1), c.rows);
      // Ids include −1 and numSegments: out of range, dropped by both kernels.
      const ids = randomInts(c.rows, -1, c.segments + 1, c.segments);
      const make = () => ({ x: tf.tensor(x, [c.rows, ...c.row]), segmentIds: tf.tensor1d(ids, 'int32') });
      await compare(backend, tf.UnsortedSegmentSum, ['cpu'], make, { numSegments: c.segments });
    },
  );

  it.each<PoolCase>([
    { x: [2, 8, 8, 3], size: 2, strides: 2, pad: 'valid', ties: false },
    { x: [3, 9, 7, 2], size: 3, strides: 2, pad: 'same', ties: false },
    { x: [2, 6, 6, 4], size: 3, strides: 1, pad: 'same', ties: false },
    { x: [2, 7, 7, 2], size: 2, strides: 1, pad: 'valid', ties: true },
    { x: [1, 5, 6, 1], size: 3, strides: 3, pad: 'same', ties: true },
  ])(
    `MaxPoolGrad matches the stock cpu kernel to ${TOLERANCE} (x $x, $size×$size, strides $strides, $pad, ties $ties)`,
    async (c) => {
      const size = c.x.reduce((a, b) => a * b, 1);
      // With ties, many windows hold equal maxima: the gradient must go to the same (first) one.
      const x = c.ties ? Float32Array.from(randomInts(size, 0, 3, 1)) : randomFloats(size, 1);
      const attrs = { filterSize: c.size, strides: c.strides, pad: c.pad };
      const y = tf.tidy(() => tf.maxPool(tf.tensor4d(x, c.x), c.size, c.strides, c.pad));
      const dy = randomFloats(y.size, 2);
      const yValues = await y.data();
      const yShape = y.shape;
      y.dispose();
      const make = () => ({
        dy: tf.tensor(dy, yShape),
        input: tf.tensor(x, c.x),
        output: tf.tensor(yValues, yShape),
      });
      await compare(backend, tf.MaxPoolGrad, ['cpu'], make, attrs);
    },
  );

  it('gives the gradients of conv2d, max pooling and gather (embedding) through tf.grads, without leaks', async () => {
    const before = tf.memory().numTensors;
    const x = tf.tensor4d(randomFloats(2 * 8 * 8 * 3, 5), [2, 8, 8, 3]);
    const filter = tf.tensor4d(randomFloats(3 * 3 * 3 * 4, 6), [3, 3, 3, 4]);
    const table = tf.tensor2d(randomFloats(20 * 4, 7), [20, 4]);
    const ids = tf.tensor1d([3, 3, 0, 19, 7], 'int32');
    const [dFilter, dTable] = tf.grads((f: tf.Tensor, t: tf.Tensor) =>
      tf.add(
        tf
          .maxPool(tf.conv2d(x, f as tf.Tensor4D, 1, 'same'), 2, 2, 'valid')
          .square()
          .sum(),
        tf.gather(t, ids).sum(),
      ),
    )([filter, table]);
    // d/dtable of Σ gather(table, ids): how often each row was gathered, in every column.
    const rows = (await dTable.array()) as number[][];
    expect(rows.map((r) => r[0])).toEqual([1, 0, 0, 2, 0, 0, 0, 1, ...Array<number>(11).fill(0), 1]);
    expect(dFilter.shape).toEqual([3, 3, 3, 4]);
    tf.dispose([x, filter, table, ids, dFilter, dTable]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('Conv2DBackpropInput on wasm', () => {
  it.each(convCases.map((c) => [describeConv(c), c] as const))(
    `matches the stock wasm and cpu kernels to ${TOLERANCE} (%s)`,
    async (_, c) => {
      const { inputGrad } = convData(c, 21);
      await compare('wasm', tf.Conv2DBackpropInput, ['wasm', 'cpu'], inputGrad.inputs, inputGrad.attrs);
    },
  );
});

describe('BatchMatMul on wasm', () => {
  it.each([
    { a: [5, 7], b: [7, 3], transposeA: false, transposeB: false },
    { a: [7, 5], b: [7, 3], transposeA: true, transposeB: false },
    { a: [5, 7], b: [3, 7], transposeA: false, transposeB: true },
    { a: [2, 7, 5], b: [2, 3, 7], transposeA: true, transposeB: true },
    { a: [3, 64, 20], b: [1, 64, 9], transposeA: true, transposeB: false },
    { a: [64, 784], b: [64, 128], transposeA: true, transposeB: false },
  ])(
    `matches the stock wasm and cpu kernels to ${TOLERANCE} (a $a, b $b, transposeA $transposeA, transposeB $transposeB)`,
    async (c) => {
      const size = (shape: number[]) => shape.reduce((x, y) => x * y, 1);
      const a = randomFloats(size(c.a), 31);
      const b = randomFloats(size(c.b), 32);
      const make = () => ({ a: tf.tensor(a, c.a), b: tf.tensor(b, c.b) });
      const attrs = { transposeA: c.transposeA, transposeB: c.transposeB };
      await compare('wasm', tf.BatchMatMul, ['wasm', 'cpu'], make, attrs);
    },
  );
});

describe('the stock wasm MaxPoolGrad (why we replace it)', () => {
  it('drops the gradient of an all-negative window that follows windows with positive maxima; ours does not', async () => {
    // 2×2 windows: three with a positive maximum, then the bottom-right one, all negative (max −0.02).
    const x = [0.3, -1, 0.1, 0.9, 0.9, -0.4, 0.2, 0.4, -0.1, 0.99, -0.09, -0.02, -0.7, -0.2, -0.5, -0.7];
    const make = () => {
      const input = tf.tensor4d(x, [1, 4, 4, 1]);
      return { dy: tf.tensor4d([10, 20, 30, 40], [1, 2, 2, 1]), input, output: tf.maxPool(input, 2, 2, 'valid') };
    };
    const attrs = { filterSize: 2, strides: 2, pad: 'valid' };
    const expected = [0, 0, 0, 20, 10, 0, 0, 0, 0, 30, 0, 40, 0, 0, 0, 0];
    expect([...(await run('wasm', tf.MaxPoolGrad, make, attrs))]).toEqual(expected);
    expect([...(await run('cpu', stock(tf.MaxPoolGrad, 'cpu'), make, attrs))]).toEqual(expected);
    const stockWasm = await run('wasm', stock(tf.MaxPoolGrad, 'wasm'), make, attrs);
    expect(stockWasm[11]).toBe(0); // tfjs-backend-wasm 4.22: should be 40
  });
});

describe('the stock kernels', () => {
  it('are kept where ours replaced them', () => {
    expect(stockKernel(tf.Conv2DBackpropFilter, 'cpu')?.backendName).toBe('cpu');
    expect(stockKernel(tf.UnsortedSegmentSum, 'cpu')).toBeDefined();
    expect(stockKernel(tf.MaxPoolGrad, 'wasm')?.backendName).toBe('wasm');
    expect(stockKernel(tf.Conv2DBackpropInput, 'wasm')?.backendName).toBe('wasm');
    expect(stockKernel(tf.BatchMatMul, 'wasm')?.backendName).toBe('wasm');
    expect(stockKernel(tf.GatherV2, 'wasm')?.backendName).toBe('wasm');
    expect(stockKernel(tf.GatherV2, 'cpu')?.backendName).toBe('cpu');
    expect(stockKernel(tf.Conv2DBackpropFilter, 'wasm')).toBeUndefined(); // tfjs 4.22 has none
  });
});
