import { describe, expect, it } from 'vitest';
import {
  adamConstantGradientRun,
  adamFirstStep,
  adamStep,
  defaultAdamConfig,
  initialAdamState,
} from '../../../src/ml/worked/adam';
import { seedSgdExample, sgdStep } from '../../../src/ml/worked/sgd';

describe('one SGD step', () => {
  it('θ₀ = (0.5, 0.5, 0.5), g = (0.1, 0.2, 0.3), η = 0.1 gives θ₁ = (0.49, 0.48, 0.47)', () => {
    const rows = sgdStep(seedSgdExample.theta, seedSgdExample.gradient, seedSgdExample.learningRate);
    expect(rows.map((r) => r.update)).toEqual([0.1 * 0.1, 0.1 * 0.2, 0.1 * 0.3]);
    expect(rows[0].after).toBeCloseTo(0.49, 14);
    expect(rows[1].after).toBeCloseTo(0.48, 14);
    expect(rows[2].after).toBeCloseTo(0.47, 14);
  });

  it('refuses a gradient with a different number of entries (seed 000 had 3 and 10)', () => {
    expect(() => sgdStep([0.5, 0.5, 0.5], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0], 0.1)).toThrow(
      /3 parameters but 10/,
    );
  });
});

describe('one Adam step (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, α = 0.1)', () => {
  const steps = adamFirstStep(seedSgdExample.theta, seedSgdExample.gradient, defaultAdamConfig);

  it('has m₁ = 0.1·g and v₁ = 0.001·g²', () => {
    steps.forEach((s, i) => {
      const g = seedSgdExample.gradient[i];
      expect(s.t).toBe(1);
      expect(s.m).toBeCloseTo(0.1 * g, 15);
      expect(s.v).toBeCloseTo(0.001 * g * g, 15);
    });
    expect(steps.map((s) => s.m.toFixed(2))).toEqual(['0.01', '0.02', '0.03']);
  });

  it('bias correction divides by 1 − β₁ = 0.1 and 1 − β₂ = 0.001, recovering m̂ = g and v̂ = g²', () => {
    steps.forEach((s, i) => {
      const g = seedSgdExample.gradient[i];
      expect(s.correction1).toBeCloseTo(0.1, 14);
      expect(s.correction2).toBeCloseTo(0.001, 14);
      expect(s.mHat).toBeCloseTo(g, 14);
      expect(s.vHat).toBeCloseTo(g * g, 14);
    });
  });

  it('with correction, the first step moves each coordinate by ≈ α = 0.1: θ₁ ≈ 0.4', () => {
    steps.forEach((s, i) => {
      const g = seedSgdExample.gradient[i];
      expect(s.update).toBeCloseTo((0.1 * g) / (g + 1e-8), 14);
      expect(s.thetaAfter).toBeCloseTo(0.4, 6);
    });
  });

  it('without correction, m is 10× too small but √v is √1000× too small: the step is ≈ 0.3162 (3.16× too large)', () => {
    steps.forEach((s) => {
      expect(s.mHat / s.m).toBeCloseTo(10, 12);
      expect(s.vHat / s.v).toBeCloseTo(1000, 9);
      expect(s.uncorrectedUpdate.toFixed(4)).toBe('0.3162');
      expect(s.uncorrectedThetaAfter.toFixed(4)).toBe('0.1838');
      expect(s.uncorrectedUpdate / s.update).toBeCloseTo(Math.sqrt(1000) / 10, 4);
    });
  });

  it('with a constant gradient the uncorrected step peaks at 6.57× at t = 12 and tends to the corrected one', () => {
    const run = adamConstantGradientRun(0.5, 0.1, 5000);
    const ratio = (t: number) => run[t - 1].uncorrectedUpdate / run[t - 1].update;
    expect(ratio(1)).toBeCloseTo(3.1623, 4);
    expect(ratio(10)).toBeCloseTo(6.5279, 4);
    const ratios = run.map((_, i) => ratio(i + 1));
    const peak = Math.max(...ratios);
    expect(ratios.indexOf(peak) + 1).toBe(12);
    expect(peak).toBeCloseTo(6.5685, 4);
    expect(ratio(1000)).toBeCloseTo(1.2576, 4);
    expect(ratio(5000)).toBeLessThan(1.01);
    run.forEach((s) => expect(s.update).toBeCloseTo(0.1, 6));
  });

  it('carries its state from one step to the next', () => {
    const first = adamStep(initialAdamState(1), 0.5);
    const second = adamStep(first.next, 0.5);
    expect(second.t).toBe(2);
    expect(second.m).toBeCloseTo(0.9 * first.m + 0.1 * 0.5, 15);
    expect(second.thetaBefore).toBe(first.thetaAfter);
  });
});
