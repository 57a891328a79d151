import { describe, expect, it } from 'vitest';
import { leaveOneOutBatch } from '../../src/ml/inspect/attribution';
import { nearestNeighbours, normalizeRows, pca2d } from '../../src/ml/inspect/embedding';

describe('nearest neighbours by cosine similarity', () => {
  // Rows 0 and 1 are padding and unknown (never returned); d = 2.
  const matrix = Float32Array.from([9, 9, 9, 9, 1, 0, 2, 0.2, 0, 3, -1, 0, 0.7, 0.7]);
  const unit = normalizeRows(matrix, 2);

  it('scales rows to unit length, zero rows stay zero', () => {
    const u = normalizeRows(Float32Array.from([3, 4, 0, 0]), 2);
    expect(Array.from(u)).toEqual([0.6000000238418579, 0.800000011920929, 0, 0]);
  });

  it('ranks by cosine: same direction first, opposite last; excludes the word itself and ids 0, 1', () => {
    const result = nearestNeighbours(unit, 2, 2, 4); // word 2 = (1, 0)
    expect(result.map((n) => n.id)).toEqual([3, 6, 4, 5]);
    expect(result[0].similarity).toBeCloseTo(2 / Math.hypot(2, 0.2), 6);
    expect(result[1].similarity).toBeCloseTo(Math.SQRT1_2, 6);
    expect(result[2].similarity).toBeCloseTo(0, 6);
    expect(result[3].similarity).toBeCloseTo(-1, 6);
    expect(() => nearestNeighbours(unit, 2, 99, 1)).toThrow(/outside/);
  });
});

describe('2-D PCA of word vectors', () => {
  it('finds the axis of largest spread first, and explains all variance of planar data', () => {
    // Points spread along (1, 1, 0) (variance 8) and, less, along (1, −1, 0) (variance 0.5).
    const rows = [
      [2, 2, 0],
      [-2, -2, 0],
      [0.5, -0.5, 0],
      [-0.5, 0.5, 0],
    ];
    const matrix = Float32Array.from(rows.flat());
    const { points, explained } = pca2d(matrix, 3, [0, 1, 2, 3]);
    expect(points[0][0]).toBeCloseTo(2 * Math.SQRT2, 5);
    expect(points[1][0]).toBeCloseTo(-2 * Math.SQRT2, 5);
    expect(Math.abs(points[2][1])).toBeCloseTo(Math.SQRT1_2, 5);
    expect(points[2][0]).toBeCloseTo(0, 5);
    expect(explained[0]).toBeCloseTo(16 / 17, 5);
    expect(explained[0] + explained[1]).toBeCloseTo(1, 5);
  });
});

describe('leave-one-out inputs', () => {
  it('row 0 is the text, row k + 1 the text without its k-th token, all cut and padded like training data', () => {
    const { batch, kept } = leaveOneOutBatch([5, 6, 7], 4);
    expect(kept).toEqual([0, 1, 2]);
    expect(Array.from(batch)).toEqual([5, 6, 7, 0, 6, 7, 0, 0, 5, 7, 0, 0, 5, 6, 0, 0]);
  });

  it('only tokens inside the window get a row: with the start cut, the last `length` tokens', () => {
    const { batch, kept } = leaveOneOutBatch([4, 5, 6, 7], 2);
    expect(kept).toEqual([2, 3]);
    // Without token 2 the window is [5, 7]; without token 3 it is [5, 6].
    expect(Array.from(batch)).toEqual([6, 7, 5, 7, 5, 6]);
    expect(leaveOneOutBatch([4, 5, 6, 7], 2, 'end').kept).toEqual([0, 1]);
  });

  it('an empty text is one row of padding', () => {
    expect(leaveOneOutBatch([], 3)).toEqual({ batch: new Int32Array(3), kept: [] });
  });
});
