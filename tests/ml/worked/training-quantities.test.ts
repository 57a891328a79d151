import { describe, expect, it } from 'vitest';
import {
  clipQuantity,
  defaultExponentialGamma,
  overfitQuantity,
  scheduleQuantity,
} from '../../../src/ml/worked/training-quantities';

describe('numbers quoted in chapters 4 and 5', () => {
  it('overfitting: degree 3 validates best (0.140) and tests at 0.100; 100 points pick degree 5', () => {
    expect(overfitQuantity({ of: 'best-degree' })).toBe(3);
    expect(overfitQuantity({ of: 'best-validation' }).toFixed(3)).toBe('0.140');
    expect(overfitQuantity({ of: 'best-test' }).toFixed(3)).toBe('0.100');
    expect(overfitQuantity({ of: 'train', degree: 3 }).toFixed(3)).toBe('0.133');
    expect(overfitQuantity({ of: 'validation', degree: 12 }).toFixed(0)).toBe('19840');
    expect(overfitQuantity({ of: 'best-degree', trainSize: 100 })).toBe(5);
    expect(overfitQuantity({ of: 'validation', degree: 12, trainSize: 100 }).toFixed(3)).toBe('0.133');
  });

  it('overfitting: every step of λ lowers the degree-12 validation error; λ = 0.1 underfits', () => {
    const at12 = [0, 0.0001, 0.001, 0.01, 0.1].map((lambda) =>
      overfitQuantity({ of: 'validation', degree: 12, lambda }),
    );
    for (let i = 1; i < at12.length; i++) expect(at12[i]).toBeLessThan(at12[i - 1]);
    expect(at12.map((v) => v.toFixed(3)).slice(3)).toEqual(['0.269', '0.236']);
    expect(overfitQuantity({ of: 'train', degree: 3, lambda: 0.1 }).toFixed(3)).toBe('0.190');
    expect(overfitQuantity({ of: 'best-degree', lambda: 0.1 })).toBe(7);
    expect(overfitQuantity({ of: 'best-test', lambda: 0.1 })).toBeGreaterThan(overfitQuantity({ of: 'best-test' }));
  });

  it('clipping and schedules', () => {
    expect(clipQuantity('spike-step')).toBe(8);
    expect(clipQuantity('max-norm')).toBe(5);
    expect(clipQuantity('start-loss')).toBe(6);
    expect(clipQuantity('spike-norm').toFixed(2)).toBe('58.24');
    expect(clipQuantity('spike-loss-plain')).toBeGreaterThan(clipQuantity('start-loss'));
    expect(clipQuantity('final-loss-clipped')).toBeLessThan(clipQuantity('final-loss-plain'));
    expect(scheduleQuantity({ schedule: 'cosine', at: 500 })).toBeCloseTo(0.05, 15);
    expect(defaultExponentialGamma().toFixed(6)).toBe('0.995405');
    // Exercise 4.3 (b): with the defaults, exponential decay has the smallest mean rate.
    const means = (['step', 'exponential', 'cosine', 'warmup-cosine'] as const).map((schedule) =>
      scheduleQuantity({ schedule, at: 'mean' }),
    );
    expect(Math.min(...means)).toBe(means[1]);
  });
});
