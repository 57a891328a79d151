/**
 * A faster gradient for `gather` along axis 0 on WebGL: the gradient of an embedding lookup.
 *
 * The gradient of `gather(table [V, d], ids [N])` is the table-shaped sum of the output gradient
 * rows by id, `unsortedSegmentSum(dy, ids, V)`. TF.js' WebGL kernel for that compares every one
 * of the V segments with every one of the N ids: O(V·N·d), about 10⁹ operations for one batch of
 * 32 reviews × 200 tokens into a 10,000-word table (6 s a batch with WebGL on SwiftShader, and
 * the largest cost on a real GPU too). Sorting the ids first makes it O(N log² N + V log N + V·d):
 *
 *   1. sort the ids (GPU bitonic top-k) and the dy rows with them;
 *   2. running sums C of the sorted rows, with a zero row in front;
 *   3. for each word v, where its run of ids starts and ends (`searchSorted`, binary search);
 *   4. its gradient row is C[end] − C[start].
 *
 * The result equals the stock gradient up to float32 rounding of the running sums (tests compare
 * them to 1e-5). On cpu and wasm the stock gradient stays: it calls our O(N·d)
 * UnsortedSegmentSum kernel (./unsorted-segment-sum.ts), which is faster still there.
 */
import * as tf from '@tensorflow/tfjs';

const GATHER = tf.GatherV2;

/** The stock GatherV2 gradient, kept when ours is registered. */
let stockGradient: tf.GradConfig | undefined;

/** Backends that use {@link sortedSegmentSum} for the gradient (tests may widen it). */
let sortedOn: readonly string[] = ['webgl'];

/**
 * `out[v] = Σ_{i : ids[i] = v} rows[i]` for v in 0 … numSegments − 1 (ids outside that range
 * dropped), by sorting: see the file comment. `rows` is [N, d], `ids` int32 [N]. Returns a new
 * [numSegments, d] tensor; intermediate tensors are freed. No read-back to the CPU.
 */
export function sortedSegmentSum(rows: tf.Tensor2D, ids: tf.Tensor1D, numSegments: number): tf.Tensor2D {
  return tf.tidy(() => {
    const n = ids.shape[0];
    const d = rows.shape[1];
    if (n === 0) return tf.zeros([numSegments, d]);
    // top-k of −id, all n of them, is the ids in ascending order (ties in index order) with
    // the permutation. WebGL hands small top-k problems to the CPU (a synchronous read-back);
    // lower both thresholds for this call so it stays on the GPU.
    const keys = tf.neg(tf.cast(ids, 'float32'));
    const { values, indices } = withTopKOnDevice(() => tf.topk(keys, n, true));
    const sortedIds = tf.neg(values).reshape([1, n]);
    const sortedRows = tf.gather(rows, indices);
    const sums = tf.concat([tf.zeros([1, d]), tf.cumsum(sortedRows, 0)]);
    const words = tf.range(0, numSegments, 1, 'float32').reshape([1, numSegments]);
    const start = tf.searchSorted(sortedIds, words, 'left').reshape([numSegments]);
    const end = tf.searchSorted(sortedIds, words, 'right').reshape([numSegments]);
    return tf.sub(tf.gather(sums, end), tf.gather(sums, start)) as tf.Tensor2D;
  });
}

const TOPK_FLAGS = ['TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD', 'TOPK_K_CPU_HANDOFF_THRESHOLD'] as const;

function withTopKOnDevice<T>(run: () => T): T {
  const env = tf.env();
  if (tf.getBackend() !== 'webgl') return run();
  const saved = TOPK_FLAGS.map((flag) => env.getNumber(flag));
  env.set(TOPK_FLAGS[0], 0);
  env.set(TOPK_FLAGS[1], Number.MAX_SAFE_INTEGER);
  try {
    return run();
  } finally {
    TOPK_FLAGS.forEach((flag, i) => env.set(flag, saved[i]));
  }
}

/**
 * Registers the sorted gradient for `gather` along axis 0 (batchDims 0) on `backends`
 * (default: webgl), delegating every other case to the stock gradient. Changes the global tfjs
 * gradient registry; idempotent. Returns whether a stock gradient was found to delegate to.
 */
export function registerSortedGatherGradient(backends: readonly string[] = ['webgl']): boolean {
  sortedOn = backends;
  if (stockGradient) return true;
  const stock = tf.getGradient(GATHER);
  if (!stock) return false;
  stockGradient = stock;
  const silence = console.warn;
  console.warn = () => undefined; // tfjs warns when a gradient is replaced: here that is the point.
  try {
    tf.registerGradient({
      kernelName: GATHER,
      inputsToSave: stock.inputsToSave,
      gradFunc: (dy, saved, attrs) => {
        const [x, indices] = saved;
        const { axis, batchDims } = attrs as unknown as { axis: number; batchDims: number };
        const plain = (axis === 0 || axis === -x.rank) && !batchDims && x.dtype === 'float32';
        if (!plain || !sortedOn.includes(tf.getBackend())) return stock.gradFunc(dy, saved, attrs);
        const rowSize = x.shape.slice(1).reduce((a, b) => a * b, 1);
        const gradient = () =>
          tf.tidy(() => {
            const rows = tf.reshape(dy as tf.Tensor, [indices.size, rowSize]) as tf.Tensor2D;
            const ids = tf.reshape(indices, [indices.size]) as tf.Tensor1D;
            return tf.reshape(sortedSegmentSum(rows, ids, x.shape[0]), x.shape);
          });
        return { x: gradient, indices: () => indices };
      },
    });
  } finally {
    console.warn = silence;
  }
  return true;
}

/** Puts the stock gather gradient back. */
export function unregisterSortedGatherGradient(): void {
  if (!stockGradient) return;
  const stock = stockGradient;
  stockGradient = undefined;
  const silence = console.warn;
  console.warn = () => undefined;
  try {
    tf.registerGradient(stock);
  } finally {
    console.warn = silence;
  }
}
