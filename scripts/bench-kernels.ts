/**
 * Times our kernels against the stock tfjs 4.22 ones on the shapes of the book's MNIST models
 * (batch 64) and of an embedding gradient, on cpu and wasm, and checks they agree.
 * Usage: npx tsx scripts/bench-kernels.ts [--quick]   (--quick skips stock runs over ~3 s)
 */
import * as tf from '@tensorflow/tfjs';
import {
  isFastKernelActive,
  runKernelConfig,
  stockKernel,
  type FastBackendName,
  type FastKernelName,
} from '../src/ml/kernels';
import { initNodeBackend } from './node-backend';

interface Case {
  kernel: FastKernelName;
  label: string;
  inputs: () => Record<string, tf.Tensor>;
  attrs: Record<string, unknown>;
  /** Stock cpu run is too slow for --quick. */
  slow?: boolean;
}

function convCases(): Case[] {
  const filterGrad: FastKernelName = tf.Conv2DBackpropFilter;
  const inputGrad: FastKernelName = tf.Conv2DBackpropInput;
  const shapes: [string, [number, number, number, number], [number, number, number, number]][] = [
    ['seed-cnn conv1', [64, 28, 28, 1], [3, 3, 1, 32]],
    ['seed-cnn conv2', [64, 13, 13, 32], [3, 3, 32, 64]],
    ['seed-cnn conv3', [64, 5, 5, 64], [3, 3, 64, 64]],
    ['small-cnn conv1', [64, 28, 28, 1], [5, 5, 1, 8]],
    ['small-cnn conv2', [64, 12, 12, 8], [5, 5, 8, 16]],
  ];
  return shapes.flatMap(([name, x, filter]) => {
    const dyShape = [x[0], x[1] - filter[0] + 1, x[2] - filter[1] + 1, filter[3]];
    const common = { strides: 1, pad: 'valid', dataFormat: 'NHWC' };
    const label = `${name} x ${x.join('×')} filter ${filter.join('×')}`;
    return [
      {
        kernel: filterGrad,
        label,
        inputs: () => ({ x: tf.randomNormal(x, 0, 1, 'float32', 1), dy: tf.randomNormal(dyShape, 0, 1, 'float32', 2) }),
        attrs: { ...common, filterShape: filter },
        slow: filter[2] * filter[3] > 512,
      },
      {
        kernel: inputGrad,
        label,
        inputs: () => ({
          dy: tf.randomNormal(dyShape, 0, 1, 'float32', 2),
          filter: tf.randomNormal(filter, 0, 1, 'float32', 3),
        }),
        attrs: { ...common, inputShape: x },
      },
    ];
  });
}

function otherCases(quick: boolean): Case[] {
  const vocab = quick ? 1000 : 10000;
  const pools: [string, [number, number, number, number]][] = [
    ['seed-cnn pool1', [64, 26, 26, 32]],
    ['seed-cnn pool2', [64, 11, 11, 64]],
    ['small-cnn pool1', [64, 24, 24, 8]],
  ];
  return [
    ...pools.map(([label, shape]): Case => ({
      kernel: tf.MaxPoolGrad as FastKernelName,
      label: `${label} x ${shape.join('×')}`,
      inputs: () => {
        const input = tf.randomNormal(shape, 0, 1, 'float32', 4) as tf.Tensor4D;
        const output = tf.maxPool(input, 2, 2, 'valid');
        return { input, output, dy: tf.randomNormal(output.shape, 0, 1, 'float32', 5) };
      },
      attrs: { filterSize: 2, strides: 2, pad: 'valid' },
    })),
    ...(
      [
        ['mlp hidden dW = xᵀ·dy', [64, 784], [64, 128], true, false],
        ['mlp hidden dx = dy·Wᵀ', [64, 128], [784, 128], false, true],
        ['seed-cnn dense1 dW = xᵀ·dy', [64, 576], [64, 64], true, false],
      ] as [string, number[], number[], boolean, boolean][]
    ).map(([label, a, b, transposeA, transposeB]): Case => ({
      kernel: tf.BatchMatMul as FastKernelName,
      label: `${label} ${a.join('×')}${transposeA ? 'ᵀ' : ''} · ${b.join('×')}${transposeB ? 'ᵀ' : ''}`,
      inputs: () => ({ a: tf.randomNormal(a, 0, 1, 'float32', 8), b: tf.randomNormal(b, 0, 1, 'float32', 9) }),
      attrs: { transposeA, transposeB },
    })),
    {
      kernel: tf.UnsortedSegmentSum as FastKernelName,
      label: `embedding grad 6400×32 rows into ${vocab}`,
      inputs: () => ({
        x: tf.randomNormal([6400, 32], 0, 1, 'float32', 6),
        segmentIds: tf.randomUniform([6400], 0, vocab, 'int32', 7),
      }),
      attrs: { numSegments: vocab },
      slow: true,
    },
  ];
}

/** Mean ms of `repeats` runs after a warm-up (no warm-up for a single slow run), and the last output. */
async function time(run: () => tf.Tensor, repeats: number): Promise<{ ms: number; values: Float32Array }> {
  if (repeats > 1) (run() as tf.Tensor).dispose();
  let values = new Float32Array(0);
  const start = performance.now();
  for (let i = 0; i < repeats; i++) {
    const out = run();
    values = Float32Array.from(await out.data());
    out.dispose();
  }
  return { ms: (performance.now() - start) / repeats, values };
}

function maxRelativeError(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
}

/** Per case: the cpu output (stock kernel's when it ran, else ours) that wasm results are checked against. */
const reference = new Map<string, { values: Float32Array; from: string }>();

async function bench(backend: FastBackendName, c: Case, quick: boolean): Promise<void> {
  await initNodeBackend(backend);
  const inputs = c.inputs();
  const ours = await time(() => tf.engine().runKernel(c.kernel, inputs, c.attrs as tf.NamedAttrMap) as tf.Tensor, 5);
  const config = stockKernel(c.kernel, backend);
  const stock =
    config && !(quick && c.slow)
      ? await time(() => runKernelConfig(config, inputs, c.attrs), c.slow ? 1 : 5)
      : undefined;
  const key = `${c.kernel} ${c.label}`;
  if (backend === 'cpu')
    reference.set(key, stock ? { values: stock.values, from: 'stock' } : { values: ours.values, from: 'our' });
  const expected =
    backend === 'cpu' ? (stock ? { values: stock.values, from: 'stock' } : undefined) : reference.get(key);
  const error = expected
    ? `error vs ${expected.from} cpu ${maxRelativeError(ours.values, expected.values).toExponential(1)}`
    : '';
  const stockText = stock ? `${stock.ms.toFixed(1)} ms` : config ? 'skipped' : 'missing';
  const speedup = stock ? `×${(stock.ms / ours.ms).toFixed(1)}` : '';
  console.log(
    `${backend.padEnd(4)} ${c.kernel.padEnd(20)} ${c.label.padEnd(48)} stock ${stockText.padStart(10)}  ours ${ours.ms.toFixed(2).padStart(7)} ms ${speedup.padStart(7)} ${error}`,
  );
  tf.dispose(Object.values(inputs));
}

const quick = process.argv.includes('--quick');
const cases = [...convCases(), ...otherCases(quick)];
for (const backend of ['cpu', 'wasm'] as const) {
  for (const c of cases) {
    // Not replaced on cpu (stock = ours): only run for the wasm rows' reference values.
    if (backend === 'cpu' && !isFastKernelActive(c.kernel, 'cpu')) {
      await initNodeBackend('cpu');
      const inputs = c.inputs();
      const out = tf.engine().runKernel(c.kernel, inputs, c.attrs as tf.NamedAttrMap) as tf.Tensor;
      reference.set(`${c.kernel} ${c.label}`, { values: Float32Array.from(await out.data()), from: 'stock' });
      tf.dispose([out, ...Object.values(inputs)]);
      continue;
    }
    await bench(backend, c, quick);
  }
}
