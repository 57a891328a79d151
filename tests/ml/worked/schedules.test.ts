import { describe, expect, it } from 'vitest';
import {
  defaultScheduleConfig,
  effectiveWarmup,
  exponentialGamma,
  learningRateAt,
  scheduleNames,
  scheduleSeries,
  stepMilestones,
  summarizeSchedule,
  type ScheduleConfig,
} from '../../../src/ml/worked/schedules';

const config = defaultScheduleConfig; // η₀ = 0.1, T = 1000, W = 100

describe('learning-rate schedules (η₀ = 0.1, T = 1000, W = 100)', () => {
  it('starts from the defaults the chart shows', () => {
    expect(config).toEqual({ baseRate: 0.1, totalSteps: 1000, warmupSteps: 100 });
  });

  it('step decay: ×0.1 after steps 500 and 750', () => {
    expect(stepMilestones(config)).toEqual([500, 750]);
    expect(learningRateAt('step', 1, config)).toBe(0.1);
    expect(learningRateAt('step', 500, config)).toBe(0.1);
    expect(learningRateAt('step', 501, config)).toBeCloseTo(0.01, 15);
    expect(learningRateAt('step', 750, config)).toBeCloseTo(0.01, 15);
    expect(learningRateAt('step', 751, config)).toBeCloseTo(0.001, 15);
    expect(learningRateAt('step', 1000, config)).toBeCloseTo(0.001, 15);
  });

  it('exponential decay: γ = 0.995405 per step, γᵀ = 0.01, so it ends at η₀/100', () => {
    const gamma = exponentialGamma(config);
    expect(gamma.toFixed(6)).toBe('0.995405');
    expect(gamma ** 1000).toBeCloseTo(0.01, 12);
    expect(learningRateAt('exponential', 1000, config)).toBeCloseTo(0.001, 12);
    expect(learningRateAt('exponential', 1, config)).toBeCloseTo(0.1 * gamma, 15);
  });

  it('cosine decay: η₀ at t = 0, exactly η₀/2 half-way, 0 at the end', () => {
    expect(learningRateAt('cosine', 0, config)).toBe(0.1);
    expect(learningRateAt('cosine', 500, config)).toBeCloseTo(0.05, 15);
    expect(learningRateAt('cosine', 1000, config)).toBeCloseTo(0, 15);
    expect(learningRateAt('cosine', 1000, { ...config, minRate: 0.01 })).toBeCloseTo(0.01, 15);
  });

  it('warm-up then cosine: η₀/W at step 1, η₀ at step W, then the cosine over the other T − W steps', () => {
    expect(learningRateAt('warmup-cosine', 1, config)).toBeCloseTo(0.001, 15);
    expect(learningRateAt('warmup-cosine', 50, config)).toBeCloseTo(0.05, 15);
    expect(learningRateAt('warmup-cosine', 100, config)).toBeCloseTo(0.1, 15);
    expect(learningRateAt('warmup-cosine', 550, config)).toBeCloseTo(0.05, 15);
    expect(learningRateAt('warmup-cosine', 1000, config)).toBeCloseTo(0, 15);
    const series = scheduleSeries('warmup-cosine', config);
    for (let t = 1; t < 100; t++) expect(series[t]).toBeGreaterThan(series[t - 1]);
    for (let t = 100; t < 1000; t++) expect(series[t]).toBeLessThan(series[t - 1]);
  });

  it('with W = 0 warm-up-then-cosine is the cosine schedule; W is clamped into [0, T − 1]', () => {
    const noWarmup: ScheduleConfig = { ...config, warmupSteps: 0 };
    expect(scheduleSeries('warmup-cosine', noWarmup)).toEqual(scheduleSeries('cosine', noWarmup));
    expect(effectiveWarmup({ ...config, warmupSteps: 5000 })).toBe(999);
    expect(effectiveWarmup({ ...config, warmupSteps: -3 })).toBe(0);
    expect(effectiveWarmup({ ...config, warmupSteps: 99.6 })).toBe(100);
  });

  it('summarises each schedule: the values the chart’s table shows', () => {
    const s = Object.fromEntries(scheduleNames.map((n) => [n, summarizeSchedule(n, config)]));
    expect(s.step.mean).toBeCloseTo(0.05275, 12);
    expect(s.exponential.mean.toFixed(5)).toBe('0.02145');
    expect(s.cosine.mean.toFixed(5)).toBe('0.04995');
    expect(s['warmup-cosine'].mean.toFixed(5)).toBe('0.05000');
    expect(s['warmup-cosine'].peakStep).toBe(100);
    expect(s['warmup-cosine'].middle.toFixed(5)).toBe('0.05868');
    expect(s.cosine.middle).toBeCloseTo(0.05, 15);
    expect(s.step.last).toBeCloseTo(0.001, 15);
    for (const name of scheduleNames) expect(scheduleSeries(name, config)).toHaveLength(1000);
  });

  it('scales linearly with η₀ (the shape does not depend on the base rate)', () => {
    for (const name of scheduleNames) {
      const a = scheduleSeries(name, config);
      const b = scheduleSeries(name, { ...config, baseRate: 0.001 });
      b.forEach((v, i) => expect(v).toBeCloseTo(a[i] / 100, 15));
    }
    expect(learningRateAt('constant', 123, config)).toBe(0.1);
  });
});
