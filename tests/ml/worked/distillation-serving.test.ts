import { describe, expect, it } from 'vitest';
import { entropyBits, softmaxWithTemperature, teacherLogits } from '../../../src/ml/worked/distillation';
import { defaultDevice, servingEstimate } from '../../../src/ml/worked/serving';

describe('softmaxWithTemperature', () => {
  it('is the ordinary softmax at T = 1: (0, ln 3) → (1/4, 3/4)', () => {
    const p = softmaxWithTemperature([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 14);
    expect(p[1]).toBeCloseTo(0.75, 14);
  });

  it('divides the logits by T: (0, 2 ln 3) at T = 2 is again (1/4, 3/4)', () => {
    const p = softmaxWithTemperature([0, 2 * Math.log(3)], 2);
    expect(p[1]).toBeCloseTo(0.75, 14);
  });

  it('softens the teacher’s "3": p(3) 0.9591 at T = 1, 0.4043 at T = 4, order kept', () => {
    const hard = softmaxWithTemperature(teacherLogits, 1);
    const soft = softmaxWithTemperature(teacherLogits, 4);
    expect(hard[3].toFixed(4)).toBe('0.9591');
    expect(soft[3].toFixed(4)).toBe('0.4043');
    expect(soft[5].toFixed(4)).toBe('0.1685');
    expect(soft[8].toFixed(4)).toBe('0.1313');
    const order = (p: number[]) => [...p.keys()].sort((a, b) => p[b] - p[a]);
    expect(order(soft)).toEqual(order(hard));
    expect(soft.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('raises the entropy with T, towards log₂ 10', () => {
    const entropies = [1, 2, 4, 10, 1000].map((t) => entropyBits(softmaxWithTemperature(teacherLogits, t)));
    for (let i = 1; i < entropies.length; i++) expect(entropies[i]).toBeGreaterThan(entropies[i - 1]);
    expect(entropies[0].toFixed(3)).toBe('0.290');
    expect(entropies[4]).toBeCloseTo(Math.log2(10), 3);
  });

  it('is stable for huge logits and refuses T ≤ 0', () => {
    expect(softmaxWithTemperature([1000, 1000])).toEqual([0.5, 0.5]);
    expect(() => softmaxWithTemperature([1], 0)).toThrow(/temperature/);
  });
});

describe('servingEstimate', () => {
  const base = { bytesPerParam: 2, tokensPerRequest: 500, batchSize: 1, ...defaultDevice };

  it('a 7-billion-parameter model in 16 bits: 14 GB, one device, memory-bound at 7 ms per token', () => {
    const e = servingEstimate({ ...base, params: 7e9 });
    expect(e.weightBytes).toBe(14e9);
    expect(e.devices).toBe(1);
    expect(e.memorySecondsPerStep).toBeCloseTo(0.007, 15);
    expect(e.computeSecondsPerStep).toBeCloseTo(0.00014, 15);
    expect(e.bound).toBe('memory');
    expect(e.secondsPerRequest).toBeCloseTo(3.5, 12);
    expect(e.flopsPerRequest).toBe(7e12);
    // 3.5 device-seconds at $2 an hour.
    expect(e.dollarsPerRequest).toBeCloseTo((3.5 * 2) / 3600, 15);
  });

  it('GPT-3 in 16 bits needs 350 GB, five 80 GB devices', () => {
    const e = servingEstimate({ ...base, params: 175e9 });
    expect(e.weightBytes).toBe(350e9);
    expect(e.devices).toBe(5);
    expect(e.secondsPerRequest).toBeCloseTo(17.5, 12);
    expect(e.deviceSecondsPerRequest).toBeCloseTo(87.5, 12);
  });

  it('batching shares each read of the weights: 64 requests make it compute-bound and 50× cheaper each', () => {
    const one = servingEstimate({ ...base, params: 7e9 });
    const many = servingEstimate({ ...base, params: 7e9, batchSize: 64 });
    expect(many.bound).toBe('compute');
    expect(many.secondsPerStep).toBeCloseTo(0.00896, 15);
    expect(one.dollarsPerRequest / many.dollarsPerRequest).toBeCloseTo(50, 10);
  });

  it('refuses non-positive inputs', () => {
    expect(() => servingEstimate({ ...base, params: 0 })).toThrow(/params/);
  });
});
