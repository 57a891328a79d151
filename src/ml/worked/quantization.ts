/**
 * Post-training quantisation of a weight tensor to b-bit integers, per tensor:
 *   affine:    q = clamp(round(x / s) + z, q_min, q_max),  x̂ = s·(q − z)
 *   symmetric: z = 0, s = max|x| / q_max, q ∈ [−q_max, q_max]
 * with the errors, sizes and histograms the deployment chapter shows. Pure numbers, no TF.js.
 */
import { mulberry32 } from '../../lib/random';
import { detLog } from './det-math';

export type QuantScheme = 'affine' | 'symmetric';

/** The parameters of one quantiser. */
export interface Quantizer {
  scheme: QuantScheme;
  bits: number;
  /** Smallest and largest integer code: −2^(b−1) and 2^(b−1) − 1 (symmetric: −q_max … q_max). */
  qMin: number;
  qMax: number;
  /** Step between neighbouring representable values. */
  scale: number;
  /** The integer code that stands for the real number 0. */
  zeroPoint: number;
  /** The real interval the codes cover (it always contains 0, so 0 is represented exactly). */
  rangeMin: number;
  rangeMax: number;
}

/** Integer code range of b-bit signed integers. */
export function codeRange(bits: number): { qMin: number; qMax: number } {
  if (!Number.isInteger(bits) || bits < 2 || bits > 16) throw new Error(`quantization: bits must be 2…16, got ${bits}`);
  return { qMin: -(2 ** (bits - 1)), qMax: 2 ** (bits - 1) - 1 };
}

/**
 * Chooses scale and zero point for `values`. Affine maps [min(x, 0), max(x, 0)] onto [q_min, q_max];
 * symmetric maps [−max|x|, max|x|] onto [−q_max, q_max] with zero point 0.
 */
export function fitQuantizer(values: ArrayLike<number>, bits = 8, scheme: QuantScheme = 'affine'): Quantizer {
  const { qMin, qMax } = codeRange(bits);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < values.length; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  if (scheme === 'symmetric') {
    const m = Math.max(-lo, hi);
    const scale = m === 0 ? 1 : m / qMax;
    return { scheme, bits, qMin: -qMax, qMax, scale, zeroPoint: 0, rangeMin: -m, rangeMax: m };
  }
  const scale = hi === lo ? 1 : (hi - lo) / (qMax - qMin);
  // `+ 0` turns a rounded −0 into 0.
  const zeroPoint = Math.min(qMax, Math.max(qMin, Math.round(qMin - lo / scale))) + 0;
  return { scheme, bits, qMin, qMax, scale, zeroPoint, rangeMin: lo, rangeMax: hi };
}

/** q = clamp(round(x / s) + z, q_min, q_max). */
export function quantize(x: number, q: Quantizer): number {
  return Math.min(q.qMax, Math.max(q.qMin, Math.round(x / q.scale) + q.zeroPoint));
}

/** x̂ = s·(q − z). */
export function dequantize(code: number, q: Quantizer): number {
  return q.scale * (code - q.zeroPoint);
}

/** Storage of a tensor of `count` numbers. */
export interface SizeSummary {
  /** 4 bytes per float32. */
  floatBytes: number;
  /** ⌈count·b / 8⌉ bytes of codes plus the scale (4 bytes) and, for affine, the zero point (4 bytes). */
  quantizedBytes: number;
  /** floatBytes / quantizedBytes. */
  compression: number;
}

export function sizeSummary(count: number, bits: number, scheme: QuantScheme): SizeSummary {
  const floatBytes = 4 * count;
  const quantizedBytes = Math.ceil((count * bits) / 8) + (scheme === 'affine' ? 8 : 4);
  return { floatBytes, quantizedBytes, compression: floatBytes / quantizedBytes };
}

/** Everything the figure shows about quantising one tensor. */
export interface QuantizationResult {
  quantizer: Quantizer;
  codes: Int32Array;
  restored: Float64Array;
  /** max |x − x̂|. */
  maxError: number;
  /** mean |x − x̂|. */
  meanError: number;
  /** s / 2: no value inside the range is off by more. */
  errorBound: number;
  size: SizeSummary;
  /** How many distinct codes are actually used. */
  distinctCodes: number;
}

export function quantizeTensor(
  values: ArrayLike<number>,
  bits = 8,
  scheme: QuantScheme = 'affine',
): QuantizationResult {
  if (values.length === 0) throw new Error('quantization: empty tensor');
  const quantizer = fitQuantizer(values, bits, scheme);
  const codes = new Int32Array(values.length);
  const restored = new Float64Array(values.length);
  let maxError = 0;
  let sumError = 0;
  for (let i = 0; i < values.length; i++) {
    codes[i] = quantize(values[i], quantizer);
    restored[i] = dequantize(codes[i], quantizer);
    const error = Math.abs(values[i] - restored[i]);
    maxError = Math.max(maxError, error);
    sumError += error;
  }
  return {
    quantizer,
    codes,
    restored,
    maxError,
    meanError: sumError / values.length,
    errorBound: quantizer.scale / 2,
    size: sizeSummary(values.length, bits, scheme),
    distinctCodes: new Set(codes).size,
  };
}

/** Counts of `values` in `binCount` equal bins over [lo, hi] (values outside are clamped to the end bins). */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, binCount: number): number[] {
  const counts = new Array<number>(binCount).fill(0);
  const width = (hi - lo) / binCount;
  for (let i = 0; i < values.length; i++) {
    const index = width > 0 ? Math.floor((values[i] - lo) / width) : 0;
    counts[Math.min(binCount - 1, Math.max(0, index))]++;
  }
  return counts;
}

/** The seed and shape of the figure's weight matrix. */
export const demoWeights = { seed: 2024, rows: 64, cols: 64, std: 0.1, outlier: 1 } as const;

/**
 * A 64 × 64 matrix of normally distributed weights (mean 0, standard deviation 0.1), drawn with a
 * seeded generator (Box–Muller), so every reader and every test sees the same numbers. With
 * `outlier`, the first weight is replaced by 1.0, ten standard deviations out, as trained networks
 * sometimes have.
 */
export function makeDemoWeights(outlier = false): Float64Array {
  const n = demoWeights.rows * demoWeights.cols;
  const rng = mulberry32(demoWeights.seed);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u1 = 1 - rng(); // (0, 1], so the log is finite
    const u2 = rng();
    const radius = Math.sqrt(-2 * detLog(u1)) * demoWeights.std;
    w[i] = radius * Math.cos(2 * Math.PI * u2);
    if (i + 1 < n) w[i + 1] = radius * Math.sin(2 * Math.PI * u2);
  }
  if (outlier) w[0] = demoWeights.outlier;
  return w;
}
