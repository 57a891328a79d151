/**
 * Convolution arithmetic on small grids, for the CNN chapter: output sizes, zero padding,
 * a 2-D convolution that keeps every product of every output cell, pooling, and receptive
 * fields of a stack of layers. Pure functions on plain arrays (no TF.js).
 *
 * Like every deep-learning framework, `convolve2d` computes a cross-correlation: the kernel
 * is not flipped. (A mathematician's convolution flips it; for learned kernels the
 * difference is only a relabelling of the weights.)
 */
import type { LayerSpec } from '../models/param-counts';

/** A 2-D grid of numbers, row by row. */
export type Grid = readonly (readonly number[])[];

/**
 * Output length along one axis: ⌊(n + 2p − k) / s⌋ + 1 for input length n, kernel length k,
 * zero padding p on each side and stride s. Throws when the kernel does not fit.
 */
export function convOutputSize(inputSize: number, kernelSize: number, padding = 0, stride = 1): number {
  for (const [name, value] of [
    ['inputSize', inputSize],
    ['kernelSize', kernelSize],
    ['stride', stride],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`convOutputSize: ${name} must be a positive integer`);
  }
  if (!Number.isInteger(padding) || padding < 0) throw new Error('convOutputSize: padding must be a whole number ≥ 0');
  const span = inputSize + 2 * padding - kernelSize;
  if (span < 0) throw new Error(`convOutputSize: a ${kernelSize}-wide kernel does not fit ${inputSize} + 2·${padding}`);
  return Math.floor(span / stride) + 1;
}

/** The padding that keeps the size for an odd kernel at stride 1 ("same" padding): (k − 1)/2. */
export function samePadding(kernelSize: number): number {
  if (kernelSize % 2 !== 1) throw new Error('samePadding: only odd kernels have a symmetric "same" padding');
  return (kernelSize - 1) / 2;
}

function checkGrid(grid: Grid, what: string): { rows: number; cols: number } {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  if (rows === 0 || cols === 0) throw new Error(`${what} is empty`);
  if (grid.some((row) => row.length !== cols)) throw new Error(`${what} is not rectangular`);
  return { rows, cols };
}

/** The grid surrounded by `padding` rows and columns of zeros. */
export function padGrid(grid: Grid, padding: number): number[][] {
  const { cols } = checkGrid(grid, 'padGrid: the grid');
  const width = cols + 2 * padding;
  const zeros = () => new Array<number>(width).fill(0);
  return [
    ...Array.from({ length: padding }, zeros),
    ...grid.map((row) => [...new Array<number>(padding).fill(0), ...row, ...new Array<number>(padding).fill(0)]),
    ...Array.from({ length: padding }, zeros),
  ];
}

/** One product x·w of an output cell's sum. */
export interface ConvTerm {
  /** Row and column in the padded input. */
  row: number;
  col: number;
  /** Row and column of the weight in the kernel. */
  u: number;
  v: number;
  input: number;
  weight: number;
  product: number;
  /** True when the input value is padding (outside the original grid). */
  padding: boolean;
}

/** One output cell with the products that make it. */
export interface ConvCell {
  row: number;
  col: number;
  /** Top-left corner of the window in the padded input: (s·row, s·col). */
  top: number;
  left: number;
  terms: ConvTerm[];
  /** Σ x·w, plus the bias. */
  value: number;
}

export interface ConvOptions {
  stride?: number;
  padding?: number;
  bias?: number;
}

export interface ConvResult {
  /** The input after zero padding. */
  padded: number[][];
  /** Output values, row by row. */
  output: number[][];
  /** Every output cell with its terms, row by row. */
  cells: ConvCell[][];
  stride: number;
  padding: number;
  bias: number;
  kernelHeight: number;
  kernelWidth: number;
}

/**
 * y[i][j] = b + Σᵤ Σᵥ w[u][v] · x̃[s·i + u][s·j + v], where x̃ is the zero-padded input.
 * Every term is kept so a figure can show the arithmetic of any cell.
 */
export function convolve2d(input: Grid, kernel: Grid, options: ConvOptions = {}): ConvResult {
  const { stride = 1, padding = 0, bias = 0 } = options;
  const { rows, cols } = checkGrid(input, 'convolve2d: the input');
  const { rows: kh, cols: kw } = checkGrid(kernel, 'convolve2d: the kernel');
  const outRows = convOutputSize(rows, kh, padding, stride);
  const outCols = convOutputSize(cols, kw, padding, stride);
  const padded = padGrid(input, padding);
  const cells: ConvCell[][] = [];
  for (let i = 0; i < outRows; i++) {
    const rowCells: ConvCell[] = [];
    for (let j = 0; j < outCols; j++) {
      const top = stride * i;
      const left = stride * j;
      const terms: ConvTerm[] = [];
      for (let u = 0; u < kh; u++) {
        for (let v = 0; v < kw; v++) {
          const row = top + u;
          const col = left + v;
          const x = padded[row][col];
          const w = kernel[u][v];
          const outside = row < padding || row >= padding + rows || col < padding || col >= padding + cols;
          terms.push({ row, col, u, v, input: x, weight: w, product: x * w, padding: outside });
        }
      }
      const value = terms.reduce((sum, t) => sum + t.product, bias);
      rowCells.push({ row: i, col: j, top, left, terms, value });
    }
    cells.push(rowCells);
  }
  return {
    padded,
    output: cells.map((r) => r.map((c) => c.value)),
    cells,
    stride,
    padding,
    bias,
    kernelHeight: kh,
    kernelWidth: kw,
  };
}

export type PoolMode = 'max' | 'average';

/** Max or average pooling with a square window and stride (no padding), window by window. */
export function pool2d(
  input: Grid,
  size: number,
  stride = size,
  mode: PoolMode = 'max',
): { output: number[][]; windows: number[][][] } {
  const { rows, cols } = checkGrid(input, 'pool2d: the input');
  const outRows = convOutputSize(rows, size, 0, stride);
  const outCols = convOutputSize(cols, size, 0, stride);
  const output: number[][] = [];
  const windows: number[][][] = [];
  for (let i = 0; i < outRows; i++) {
    const outRow: number[] = [];
    const windowRow: number[][] = [];
    for (let j = 0; j < outCols; j++) {
      const values: number[] = [];
      for (let u = 0; u < size; u++) for (let v = 0; v < size; v++) values.push(input[i * stride + u][j * stride + v]);
      outRow.push(mode === 'max' ? Math.max(...values) : values.reduce((a, b) => a + b, 0) / values.length);
      windowRow.push(values);
    }
    output.push(outRow);
    windows.push(windowRow);
  }
  return { output, windows };
}

/** Shifts a grid `dy` rows down and `dx` columns right, filling with zeros (for equivariance checks). */
export function shiftGrid(grid: Grid, dy: number, dx: number): number[][] {
  return grid.map((row, i) => row.map((_, j) => grid[i - dy]?.[j - dx] ?? 0));
}

// ---------------------------------------------------------------------------------------------
// Receptive fields

/** A layer as far as receptive fields are concerned: a square window and a stride. */
export interface WindowLayer {
  name: string;
  kind: 'conv' | 'pool';
  kernel: number;
  stride: number;
  padding?: number;
}

export interface ReceptiveFieldRow extends WindowLayer {
  padding: number;
  /** Output side length, for a square input of the given size. */
  outputSize: number;
  /** Distance, in input pixels, between neighbouring output units: j_l = j_(l−1) · s_l. */
  jump: number;
  /** Side of the input square one output unit sees: r_l = r_(l−1) + (k_l − 1) · j_(l−1). */
  receptiveField: number;
}

/**
 * Receptive field and jump after each layer of a stack, starting from r₀ = 1, j₀ = 1 on an
 * `inputSize`×`inputSize` input: r_l = r_(l−1) + (k_l − 1)·j_(l−1), j_l = j_(l−1)·s_l.
 */
export function receptiveFields(layers: readonly WindowLayer[], inputSize: number): ReceptiveFieldRow[] {
  let r = 1;
  let j = 1;
  let size = inputSize;
  return layers.map((layer) => {
    const padding = layer.padding ?? 0;
    r += (layer.kernel - 1) * j;
    j *= layer.stride;
    size = convOutputSize(size, layer.kernel, padding, layer.stride);
    return { ...layer, padding, outputSize: size, jump: j, receptiveField: r };
  });
}

/**
 * The window layers of a sequential architecture in the book's format (stride-1 'valid'
 * convolutions, pooling with its stride), named as Keras names them, up to the first layer
 * that is neither (flatten, dense).
 */
export function windowLayersOf(layers: readonly LayerSpec[]): WindowLayer[] {
  const result: WindowLayer[] = [];
  let convs = 0;
  let pools = 0;
  for (const spec of layers) {
    if (spec.kind === 'conv2d') {
      result.push({
        name: convs === 0 ? 'conv2d' : `conv2d_${convs}`,
        kind: 'conv',
        kernel: spec.kernelSize,
        stride: 1,
      });
      convs++;
    } else if (spec.kind === 'maxPooling2d') {
      const stride = spec.strides ?? spec.poolSize;
      result.push({
        name: pools === 0 ? 'max_pooling2d' : `max_pooling2d_${pools}`,
        kind: 'pool',
        kernel: spec.poolSize,
        stride,
      });
      pools++;
    } else {
      break;
    }
  }
  return result;
}

/** n stacked k×k stride-1 convolutions (VGG's argument: three 3×3 see as much as one 7×7). */
export function convStack(count: number, kernel: number): WindowLayer[] {
  return Array.from({ length: count }, (_, i) => ({
    name: i === 0 ? 'conv2d' : `conv2d_${i}`,
    kind: 'conv' as const,
    kernel,
    stride: 1,
  }));
}

// ---------------------------------------------------------------------------------------------
// Presets for the figure

export type KernelName =
  'identity' | 'box-blur' | 'gaussian-blur' | 'sharpen' | 'vertical-edge' | 'horizontal-edge' | 'outline';

export interface KernelPreset {
  label: string;
  /** What it does, in one sentence. */
  description: string;
  kernel: Grid;
}

const ninth = 1 / 9;
const sixteenth = 1 / 16;

export const kernelPresets: Record<KernelName, KernelPreset> = {
  identity: {
    label: 'Identity',
    description: 'Copies the centre pixel: the output is the input (trimmed at the border without padding).',
    kernel: [
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ],
  },
  'box-blur': {
    label: 'Box blur',
    description: 'The average of the 3×3 neighbourhood: every weight is 1/9.',
    kernel: [
      [ninth, ninth, ninth],
      [ninth, ninth, ninth],
      [ninth, ninth, ninth],
    ],
  },
  'gaussian-blur': {
    label: 'Gaussian blur',
    description: 'A weighted average that trusts the centre most: weights 1, 2, 4 over 16.',
    kernel: [
      [sixteenth, 2 * sixteenth, sixteenth],
      [2 * sixteenth, 4 * sixteenth, 2 * sixteenth],
      [sixteenth, 2 * sixteenth, sixteenth],
    ],
  },
  sharpen: {
    label: 'Sharpen',
    description: 'Five times the centre minus its four neighbours: flat areas keep their value, edges are exaggerated.',
    kernel: [
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ],
  },
  'vertical-edge': {
    label: 'Vertical edge (Sobel)',
    description: 'Right column minus left column: positive where the image gets brighter from left to right.',
    kernel: [
      [-1, 0, 1],
      [-2, 0, 2],
      [-1, 0, 1],
    ],
  },
  'horizontal-edge': {
    label: 'Horizontal edge (Sobel)',
    description: 'Bottom row minus top row: positive where the image gets brighter from top to bottom.',
    kernel: [
      [-1, -2, -1],
      [0, 0, 0],
      [1, 2, 1],
    ],
  },
  outline: {
    label: 'Outline',
    description: 'Eight times the centre minus all eight neighbours: zero on flat areas, large on strokes.',
    kernel: [
      [-1, -1, -1],
      [-1, 8, -1],
      [-1, -1, -1],
    ],
  },
};

export const kernelNames = Object.keys(kernelPresets) as KernelName[];

export type InputName = 'seven' | 'step' | 'dot';

export const inputPresets: Record<InputName, { label: string; grid: Grid }> = {
  seven: {
    label: 'A tiny 7',
    grid: [
      [0, 0, 0, 0, 0, 0, 0],
      [0, 1, 1, 1, 1, 1, 0],
      [0, 0, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 1, 0, 0],
      [0, 0, 0, 1, 0, 0, 0],
      [0, 0, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
    ],
  },
  step: {
    label: 'Dark | bright',
    grid: [
      [0, 0, 0, 1, 1, 1],
      [0, 0, 0, 1, 1, 1],
      [0, 0, 0, 1, 1, 1],
      [0, 0, 0, 1, 1, 1],
      [0, 0, 0, 1, 1, 1],
      [0, 0, 0, 1, 1, 1],
    ],
  },
  dot: {
    label: 'One bright pixel',
    grid: [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ],
  },
};

export const inputNames = Object.keys(inputPresets) as InputName[];
