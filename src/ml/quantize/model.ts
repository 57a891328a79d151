/**
 * Quantising a whole model's weights: every kernel (and embedding table) is quantised, biases and
 * other small vectors stay float32, as in common post-training schemes. Works on plain arrays (a
 * {@link NamedWeight} list, e.g. from ./io.ts `snapshotModel`), so it is pure and testable without TF.js.
 */
import { quantizedBytes, quantizeTensor, type Granularity } from './tensor';

/** One weight tensor of a model, as saved: its name (e.g. "conv1/kernel"), shape and float32 values. */
export interface NamedWeight {
  name: string;
  shape: number[];
  values: Float32Array;
}

/** How to store a model: 32 = float32 as trained; 8, 4, 2 = quantised kernels. */
export interface QuantizationSpec {
  bits: 32 | 8 | 4 | 2;
  granularity: Granularity;
}

/** What quantisation did to one weight tensor. */
export interface WeightReport {
  name: string;
  shape: number[];
  count: number;
  /** false: kept as float32 (biases, or everything at 32 bits). */
  quantized: boolean;
  /** Number of scales stored (0 when not quantised). */
  scales: number;
  /** Storage in bytes: 4 per float32 value, or packed codes plus 4 per scale. */
  bytes: number;
  /** max |x − x̂| (0 when not quantised). */
  maxError: number;
  /** mean |x − x̂| (0 when not quantised). */
  meanError: number;
  /** Half the largest scale: the bound on every weight's error (0 when not quantised). */
  errorBound: number;
}

/** A quantised model's weights (dequantised to float32, ready to load) and what it cost. */
export interface QuantizedModel {
  spec: QuantizationSpec;
  weights: NamedWeight[];
  report: WeightReport[];
  /** Total storage in bytes. */
  bytes: number;
  /** Storage of the same weights as float32 (4 bytes per parameter). */
  floatBytes: number;
}

/** Whether a weight is quantised: kernels and embedding tables (rank ≥ 2), not biases or scalars. */
export function isQuantizable(weight: Pick<NamedWeight, 'name' | 'shape'>): boolean {
  return weight.shape.length >= 2 && /(kernel|embeddings)(_\d+)?$/.test(weight.name);
}

/** Bytes of a model stored as float32: 4 per parameter. */
export function float32Bytes(weights: readonly Pick<NamedWeight, 'values'>[]): number {
  return weights.reduce((sum, w) => sum + 4 * w.values.length, 0);
}

/**
 * Quantises every kernel of `weights` as `spec` says and restores it to float32. The input is not
 * changed; at 32 bits the output holds copies of the input values.
 */
export function quantizeModelWeights(weights: readonly NamedWeight[], spec: QuantizationSpec): QuantizedModel {
  const out: NamedWeight[] = [];
  const report: WeightReport[] = [];
  for (const weight of weights) {
    const count = weight.values.length;
    if (spec.bits === 32 || !isQuantizable(weight)) {
      out.push({ name: weight.name, shape: [...weight.shape], values: weight.values.slice() });
      report.push({
        name: weight.name,
        shape: [...weight.shape],
        count,
        quantized: false,
        scales: 0,
        bytes: 4 * count,
        maxError: 0,
        meanError: 0,
        errorBound: 0,
      });
      continue;
    }
    const q = quantizeTensor(weight.values, weight.shape, spec.bits, spec.granularity);
    out.push({ name: weight.name, shape: [...weight.shape], values: q.restored });
    report.push({
      name: weight.name,
      shape: [...weight.shape],
      count,
      quantized: true,
      scales: q.scales.length,
      bytes: quantizedBytes(count, spec.bits, q.scales.length),
      maxError: q.maxError,
      meanError: q.meanError,
      errorBound: q.maxScale / 2,
    });
  }
  return {
    spec,
    weights: out,
    report,
    bytes: report.reduce((sum, r) => sum + r.bytes, 0),
    floatBytes: float32Bytes(weights),
  };
}

/** The storage options the lab compares, float32 first. */
export const QUANTIZATION_SPECS: readonly QuantizationSpec[] = [
  { bits: 32, granularity: 'per-tensor' },
  { bits: 8, granularity: 'per-tensor' },
  { bits: 8, granularity: 'per-channel' },
  { bits: 4, granularity: 'per-tensor' },
  { bits: 4, granularity: 'per-channel' },
  { bits: 2, granularity: 'per-tensor' },
  { bits: 2, granularity: 'per-channel' },
];

/** A short stable key, e.g. "float32", "int8-per-tensor", "int2-per-channel" (used for data-metric names). */
export function specKey(spec: QuantizationSpec): string {
  return spec.bits === 32 ? 'float32' : `int${spec.bits}-${spec.granularity}`;
}
