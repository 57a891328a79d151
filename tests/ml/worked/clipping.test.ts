import { describe, expect, it } from 'vitest';
import {
  bowlLoss,
  clipByGlobalNorm,
  compareClipping,
  defaultClippingScenario,
  globalNorm,
  runClippingScenario,
} from '../../../src/ml/worked/clipping';

describe('clipping by global norm', () => {
  it('takes the norm over every entry of every group (layer)', () => {
    expect(globalNorm([[3], [4]])).toBe(5);
    expect(globalNorm([[1, 2], [2], []])).toBe(3);
  });

  it('scales every entry by c/‖g‖ when ‖g‖ > c, keeping the direction', () => {
    const r = clipByGlobalNorm([[30], [40]], 5);
    expect(r.norm).toBe(50);
    expect(r.scale).toBe(0.1);
    expect(r.clipped).toEqual([[3], [4]]);
    expect(r.clippedNorm).toBeCloseTo(5, 15);
    expect(r.clipped[0][0] / r.clipped[1][0]).toBeCloseTo(30 / 40, 15);
  });

  it('leaves a gradient with ‖g‖ ≤ c untouched and refuses a threshold ≤ 0', () => {
    const r = clipByGlobalNorm([[0.3, -0.4]], 1);
    expect(r.scale).toBe(1);
    expect(r.clipped).toEqual([[0.3, -0.4]]);
    expect(() => clipByGlobalNorm([[1]], 0)).toThrow(/positive/);
  });
});

describe('the spike scenario: L(θ) = ½(θ₁² + 3θ₂²), θ₀ = (3, 1), η = 0.1, spike ×40 at step 8, c = 5', () => {
  const { plain, clipped, startLoss, clippedSteps } = compareClipping();

  it('starts at loss 6 and agrees in both runs until the spike', () => {
    expect(defaultClippingScenario).toMatchObject({ start: [3, 1], curvature: [1, 3], spikeStep: 8, spikeFactor: 40 });
    expect(startLoss).toBe(6);
    expect(bowlLoss([3, 1], [1, 3])).toBe(6);
    for (let i = 0; i < 7; i++) expect(clipped[i]).toEqual(plain[i]);
    expect(plain[0].norm).toBeCloseTo(Math.sqrt(18), 14);
  });

  it('clips only the spike: norm 58.24 scaled by 0.0859 down to exactly c', () => {
    expect(clippedSteps).toEqual([8]);
    const spike = clipped[7];
    expect(spike.spiked).toBe(true);
    expect(spike.norm.toFixed(2)).toBe('58.24');
    expect(spike.scale.toFixed(4)).toBe('0.0859');
    expect(spike.appliedNorm).toBeCloseTo(5, 12);
    expect(spike.applied[0] / spike.applied[1]).toBeCloseTo(spike.gradient[0] / spike.gradient[1], 12);
  });

  it('without clipping the spike takes the loss to 10.50 (above the start); with clipping to 0.44', () => {
    expect(plain[7].lossAfter.toFixed(2)).toBe('10.50');
    expect(plain[7].lossAfter).toBeGreaterThan(startLoss);
    expect(clipped[7].lossAfter.toFixed(2)).toBe('0.44');
    expect(clipped[7].lossAfter).toBeLessThan(clipped[6].lossAfter);
  });

  it('ends after 30 steps at loss 0.0899 without clipping and 0.0043 with it', () => {
    expect(plain).toHaveLength(30);
    expect(plain[29].lossAfter.toFixed(4)).toBe('0.0899');
    expect(clipped[29].lossAfter.toFixed(4)).toBe('0.0043');
  });

  it('does nothing without a spike when every norm is below c', () => {
    const calm = { ...defaultClippingScenario, spikeFactor: 1 };
    expect(runClippingScenario(calm, true)).toEqual(runClippingScenario(calm, false));
  });

  it('clips the early steps too when c is below their norm', () => {
    const tight = compareClipping({ ...defaultClippingScenario, maxNorm: 1 });
    expect(tight.clippedSteps.slice(0, 3)).toEqual([1, 2, 3]);
    tight.clipped.forEach((s) => expect(s.appliedNorm).toBeLessThanOrEqual(1 + 1e-12));
  });
});
