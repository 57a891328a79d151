import { describe, expect, it } from 'vitest';
import { compareVectors, seedVectorExample } from '../../../src/ml/worked/vectors';

describe('compareVectors((1,2,3), (4,5,6))', () => {
  const c = compareVectors(seedVectorExample.a, seedVectorExample.b);

  it('has dot product 32 from the terms 4, 10, 18', () => {
    expect(c.terms.map((t) => t.product)).toEqual([4, 10, 18]);
    expect(c.dot).toBe(32);
  });

  it('has ‖a‖² = 14 and ‖b‖² = 77 (not 136)', () => {
    expect(c.normASquared).toBe(14);
    expect(c.normBSquared).toBe(77);
    expect(c.normA).toBeCloseTo(Math.sqrt(14), 14);
    expect(c.normB).toBeCloseTo(Math.sqrt(77), 14);
  });

  it('has cosine 32/√(14·77) ≈ 0.9746', () => {
    expect(c.cosine).toBeCloseTo(32 / Math.sqrt(14 * 77), 14);
    expect(c.cosine.toFixed(4)).toBe('0.9746');
    expect(c.angleDegrees).toBeCloseTo(12.93, 2);
  });

  it('has Euclidean distance √27 = 3√3 ≈ 5.196', () => {
    expect(c.terms.map((t) => t.differenceSquared)).toEqual([9, 9, 9]);
    expect(c.distanceSquared).toBe(27);
    expect(c.distance).toBeCloseTo(3 * Math.sqrt(3), 14);
    expect(c.distance.toFixed(3)).toBe('5.196');
  });

  it('gives cosine 1 for parallel vectors, 0 for orthogonal ones, NaN for a zero vector', () => {
    expect(compareVectors([1, 2], [2, 4]).cosine).toBeCloseTo(1, 14);
    expect(compareVectors([1, 0], [0, 3]).cosine).toBe(0);
    expect(compareVectors([0, 0], [1, 1]).cosine).toBeNaN();
  });

  it('refuses vectors of different lengths', () => {
    expect(() => compareVectors([1, 2], [1, 2, 3])).toThrow(/differ/);
  });
});
