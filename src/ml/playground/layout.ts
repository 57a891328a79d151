/**
 * How a playground snapshot packs its numbers, shared by the worker (which packs) and the page
 * (which draws). Pure, and free of TF.js so that the page's bundle stays small.
 */
import type { PointSet } from '../data/toy2d';

/** Grid resolution of the main picture and of each neuron's mini picture, per input dimension. */
export const GRID = {
  2: { main: 50, neuron: 20 },
  1: { main: 120, neuron: 40 },
} as const;

/** Number of grid points: size² in the plane, size on the line. */
export function gridLength(dims: 1 | 2, size: number): number {
  return dims === 2 ? size * size : size;
}

/**
 * The inputs at which the picture is evaluated, row-major `points × dims`. In the plane, row 0 is
 * the top (largest second feature) and each point is the centre of its cell; on the line, the
 * points run from the domain's start to its end inclusive.
 */
export function gridPoints(dims: 1 | 2, domain: PointSet['domain'], size: number): Float32Array {
  const [x0, x1] = domain.x;
  if (dims === 1) return Float32Array.from({ length: size }, (_, i) => x0 + ((x1 - x0) * i) / Math.max(1, size - 1));
  const [y0, y1] = domain.y;
  const out = new Float32Array(size * size * 2);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const k = row * size + col;
      out[2 * k] = x0 + ((x1 - x0) * (col + 0.5)) / size;
      out[2 * k + 1] = y1 - ((y1 - y0) * (row + 0.5)) / size;
    }
  }
  return out;
}

/** A weight of the network: row `from` (input unit), column `to` (output unit) of layer `layer`'s kernel. */
export interface WeightRef {
  /** 0-based dense layer: 0 connects the inputs to the first hidden layer (or to the output). */
  layer: number;
  from: number;
  to: number;
}

/** Every layer's kernel ([fanIn × fanOut], row-major) and bias, unpacked from a flat array. */
export interface LayerWeights {
  kernel: Float32Array;
  bias: Float32Array;
  fanIn: number;
  fanOut: number;
}

/** Total numbers in the packed weights of a network with these layer sizes (inputs … output). */
export function weightsLength(sizes: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < sizes.length; l++) total += sizes[l - 1] * sizes[l] + sizes[l];
  return total;
}

/** Splits packed weights (kernel then bias, layer by layer) into layers. Views, not copies. */
export function unpackWeights(sizes: readonly number[], flat: Float32Array): LayerWeights[] {
  const layers: LayerWeights[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const fanIn = sizes[l - 1];
    const fanOut = sizes[l];
    const kernel = flat.subarray(offset, offset + fanIn * fanOut);
    offset += fanIn * fanOut;
    const bias = flat.subarray(offset, offset + fanOut);
    offset += fanOut;
    layers.push({ kernel, bias, fanIn, fanOut });
  }
  return layers;
}

/** A readable name: "w(x1 → h1.3)" for layer 0, "w(h1.2 → h2.1)", "w(h2.4 → out)". */
export function weightLabel(sizes: readonly number[], ref: WeightRef): string {
  const last = sizes.length - 2;
  const source = ref.layer === 0 ? `x${ref.from + 1}` : `h${ref.layer}.${ref.from + 1}`;
  const target = ref.layer === last ? 'out' : `h${ref.layer + 1}.${ref.to + 1}`;
  return `w(${source} → ${target})`;
}

/** Whether `ref` names a weight of a network with these layer sizes. */
export function isWeightOf(sizes: readonly number[], ref: WeightRef): boolean {
  return (
    Number.isInteger(ref.layer) &&
    ref.layer >= 0 &&
    ref.layer < sizes.length - 1 &&
    Number.isInteger(ref.from) &&
    ref.from >= 0 &&
    ref.from < sizes[ref.layer] &&
    Number.isInteger(ref.to) &&
    ref.to >= 0 &&
    ref.to < sizes[ref.layer + 1]
  );
}
