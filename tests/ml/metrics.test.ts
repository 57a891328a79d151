import { describe, expect, it } from 'vitest';
import {
  accuracy,
  argmaxRows,
  confusionAccuracy,
  confusionMatrix,
  precisionPerClass,
  recallPerClass,
} from '../../src/ml/metrics/classification';

describe('classification metrics', () => {
  it('accuracy counts exact matches', () => {
    expect(accuracy([0, 1, 2, 2], [0, 1, 1, 2])).toBe(0.75);
    expect(accuracy(new Uint8Array([3]), new Int32Array([4]))).toBe(0);
    expect(accuracy([], [])).toBeNaN();
    expect(() => accuracy([1, 2], [1])).toThrow(/2 labels but 1 predictions/);
  });

  it('argmaxRows picks the largest entry of each row, the first on ties', () => {
    expect([...argmaxRows(new Float32Array([0.1, 0.7, 0.2, 0.5, 0.5, 0, 0, 0, 1]), 3)]).toEqual([1, 0, 2]);
    expect(() => argmaxRows([1, 2, 3], 2)).toThrow(/rows of 2/);
  });

  it('the confusion matrix puts actual classes in rows and predictions in columns', () => {
    const actual = [0, 0, 1, 1, 1, 2];
    const predicted = [0, 1, 1, 1, 2, 2];
    const m = confusionMatrix(actual, predicted, 3);
    expect([...m.counts]).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 1]);
    expect(m.total).toBe(6);
    expect(confusionAccuracy(m)).toBeCloseTo(4 / 6, 12);
    expect(confusionAccuracy(m)).toBeCloseTo(accuracy(actual, predicted), 12);
    expect(recallPerClass(m)).toEqual([0.5, 2 / 3, 1]);
    expect(precisionPerClass(m)).toEqual([1, 2 / 3, 0.5]);
    expect(recallPerClass(confusionMatrix([0], [0], 2))[1]).toBeNaN();
    expect(() => confusionMatrix([0, 3], [0, 0], 3)).toThrow(/outside 0…2/);
  });
});
