import { describe, expect, it } from 'vitest';
import { bookModels, countBookModel } from '../../../src/ml/models/param-counts';
import {
  convOutputSize,
  convolve2d,
  convStack,
  inputPresets,
  kernelPresets,
  padGrid,
  pool2d,
  receptiveFields,
  samePadding,
  shiftGrid,
  windowLayersOf,
} from '../../../src/ml/worked/convolution';

describe('convOutputSize: ⌊(n + 2p − k)/s⌋ + 1', () => {
  it('gives the sizes the CNN chapter quotes', () => {
    expect(convOutputSize(28, 3)).toBe(26);
    expect(convOutputSize(28, 3, 1)).toBe(28);
    expect(convOutputSize(28, 5, 2)).toBe(28);
    expect(convOutputSize(7, 3, 0, 2)).toBe(3);
    expect(convOutputSize(7, 3, 1, 2)).toBe(4);
    expect(convOutputSize(11, 2, 0, 2)).toBe(5);
    expect(convOutputSize(224, 7, 3, 2)).toBe(112);
    expect(samePadding(3)).toBe(1);
    expect(samePadding(5)).toBe(2);
  });

  it('refuses a kernel that does not fit and nonsense arguments', () => {
    expect(() => convOutputSize(2, 3)).toThrow(/does not fit/);
    expect(() => convOutputSize(5, 3, 0, 0)).toThrow(/stride/);
    expect(() => convOutputSize(5, 3, -1)).toThrow(/padding/);
    expect(() => samePadding(4)).toThrow(/odd/);
  });
});

describe('convolve2d', () => {
  const seven = inputPresets.seven.grid;

  it('with the identity kernel and "same" padding returns the input', () => {
    const r = convolve2d(seven, kernelPresets.identity.kernel, { padding: 1 });
    expect(r.output).toEqual(seven.map((row) => [...row]));
  });

  it('keeps all nine products of a cell, and their sum is the value', () => {
    const r = convolve2d(seven, kernelPresets['vertical-edge'].kernel);
    expect(r.output).toHaveLength(5);
    const cell = r.cells[0][3];
    expect(cell.terms).toHaveLength(9);
    expect(cell.value).toBe(cell.terms.reduce((s, t) => s + t.product, 0));
    // Window rows 0–2, columns 3–5 of the 7: [0 0 0; 1 1 1; 0 0 1] against the Sobel kernel:
    // row 2 gives −2·1 + 0·1 + 2·1 = 0, row 3 gives 1·1.
    expect(cell.terms.map((t) => t.input)).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 1]);
    expect(cell.value).toBe(1);
  });

  it('pins the Sobel response of the tiny 7 (valid padding, stride 1)', () => {
    const r = convolve2d(seven, kernelPresets['vertical-edge'].kernel);
    expect(r.output).toEqual([
      [2, 0, 0, 1, -2],
      [1, 0, 1, 2, -2],
      [0, 1, 2, 0, -2],
      [1, 2, 0, -2, -1],
      [2, 1, -2, -1, 0],
    ]);
  });

  it('finds the vertical edge of the dark | bright image and nothing else', () => {
    const r = convolve2d(inputPresets.step.grid, kernelPresets['vertical-edge'].kernel);
    expect(r.output).toEqual(Array.from({ length: 4 }, () => [0, 4, 4, 0]));
    const h = convolve2d(inputPresets.step.grid, kernelPresets['horizontal-edge'].kernel);
    expect(h.output.flat().every((x) => x === 0)).toBe(true);
  });

  it('stamps the kernel, flipped, around a single bright pixel (cross-correlation)', () => {
    const kernel = kernelPresets['vertical-edge'].kernel;
    const r = convolve2d(inputPresets.dot.grid, kernel);
    const flipped = kernel.map((row) => [...row].reverse()).reverse();
    expect(r.output).toEqual(flipped);
  });

  it('pads with zeros and marks padding terms', () => {
    expect(padGrid([[1, 2]], 1)).toEqual([
      [0, 0, 0, 0],
      [0, 1, 2, 0],
      [0, 0, 0, 0],
    ]);
    const r = convolve2d(seven, kernelPresets.outline.kernel, { padding: 1, stride: 2 });
    expect(r.output).toHaveLength(4);
    expect(r.cells[0][0].terms.filter((t) => t.padding)).toHaveLength(5);
    expect(r.cells[1][1].top).toBe(2);
  });

  it('blur kernels sum to 1, so a flat image stays flat', () => {
    const flat = Array.from({ length: 4 }, () => [2, 2, 2, 2]);
    for (const name of ['box-blur', 'gaussian-blur', 'sharpen'] as const) {
      const out = convolve2d(flat, kernelPresets[name].kernel).output.flat();
      for (const x of out) expect(x).toBeCloseTo(2, 12);
    }
  });

  it('is translation-equivariant: shifting the input shifts the output', () => {
    const kernel = kernelPresets.sharpen.kernel;
    const big = padGrid(inputPresets.seven.grid, 2);
    const shifted = shiftGrid(big, 1, 2);
    const a = shiftGrid(convolve2d(big, kernel).output, 1, 2);
    const b = convolve2d(shifted, kernel).output;
    expect(b).toEqual(a);
  });
});

describe('pool2d', () => {
  const grid = [
    [1, 3, 2, 0],
    [4, 2, 1, 1],
    [0, 0, 5, 6],
    [1, 2, 7, 8],
  ];
  it('max-pools and average-pools 2×2 windows with stride 2', () => {
    expect(pool2d(grid, 2).output).toEqual([
      [4, 2],
      [2, 8],
    ]);
    expect(pool2d(grid, 2, 2, 'average').output).toEqual([
      [2.5, 1],
      [0.75, 6.5],
    ]);
  });
  it('drops a last odd row and column (floor), as Keras does', () => {
    expect(
      pool2d(
        Array.from({ length: 5 }, () => [1, 2, 3, 4, 5]),
        2,
      ).output,
    ).toEqual([
      [2, 4],
      [2, 4],
    ]);
  });
});

describe('receptive fields', () => {
  it('of the seed CNN: 3, 4, 8, 10, 18 with jumps 1, 2, 2, 4, 4', () => {
    const rows = receptiveFields(windowLayersOf(bookModels['seed-cnn'].architecture.layers), 28);
    expect(rows.map((r) => r.name)).toEqual(['conv2d', 'max_pooling2d', 'conv2d_1', 'max_pooling2d_1', 'conv2d_2']);
    expect(rows.map((r) => r.receptiveField)).toEqual([3, 4, 8, 10, 18]);
    expect(rows.map((r) => r.jump)).toEqual([1, 2, 2, 4, 4]);
    expect(rows.map((r) => r.outputSize)).toEqual([26, 13, 11, 5, 3]);
  });

  it('agrees with the shape walker of param-counts on every output size', () => {
    for (const id of ['seed-cnn', 'small-cnn'] as const) {
      const rows = receptiveFields(windowLayersOf(bookModels[id].architecture.layers), 28);
      const layers = countBookModel(id).layers;
      for (const row of rows) expect(layers.find((l) => l.name === row.name)?.outputShape[0]).toBe(row.outputSize);
    }
  });

  it('of the small CNN: 5, 6, 14, 16', () => {
    const rows = receptiveFields(windowLayersOf(bookModels['small-cnn'].architecture.layers), 28);
    expect(rows.map((r) => r.receptiveField)).toEqual([5, 6, 14, 16]);
  });

  it('three stacked 3×3 convolutions see 7×7, like one 7×7', () => {
    expect(receptiveFields(convStack(3, 3), 28).at(-1)?.receptiveField).toBe(7);
    expect(receptiveFields(convStack(1, 7), 28).at(-1)?.receptiveField).toBe(7);
  });
});
