// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { GradientClipping } from '../../src/widgets/gradient-clipping/GradientClipping';
import { LrScheduleChart } from '../../src/widgets/lr-schedule-chart/LrScheduleChart';
import { OverfittingCurves } from '../../src/widgets/overfitting-curves/OverfittingCurves';
import { hydrate, control, setValue, value } from './hydrate';

describe('chapter 4–5 figures hydrate without mismatches', () => {
  it.each([
    ['LrScheduleChart', <LrScheduleChart key="a" />],
    ['GradientClipping', <GradientClipping key="b" />],
    ['OverfittingCurves', <OverfittingCurves key="c" />],
  ])('%s', async (_name, element) => {
    const { problems } = await hydrate(element);
    expect(problems).toEqual([]);
  });
});

describe('chapter 4–5 figures respond to their controls', () => {
  it('LrScheduleChart: W = 0 makes warm-up-then-cosine the cosine; a shorter run clamps W', async () => {
    const { container } = await hydrate(<LrScheduleChart />);
    await setValue(control(container, 'Warm-up steps W'), '0');
    expect(value(container, 'lr-warmup-cosine-first')).toBe(value(container, 'lr-cosine-first'));
    expect(value(container, 'lr-warmup-cosine-mean')).toBe('0.04995');
    await setValue(control(container, 'Warm-up steps W'), '500');
    expect(value(container, 'lr-warmup-cosine-peak-step')).toBe('0.1 (500)');
    await setValue(control(container, 'Total steps T'), '0'); // T = 100
    expect(value(container, 'lr-warmup-cosine-peak-step')).toBe('0.1 (50)');
    expect(control<HTMLInputElement>(container, 'Warm-up steps W').value).toBe('50');
    await setValue(control(container, 'Base rate η₀'), '2'); // 0.001
    expect(value(container, 'lr-cosine-middle')).toBe('5e-4');
  });

  it('GradientClipping: a larger threshold lets more of the spike through', async () => {
    const { container } = await hydrate(<GradientClipping />);
    await setValue(control(container, 'Threshold c'), '20');
    expect(value(container, 'clip-spike-scale')).toBe('0.3434');
    expect(value(container, 'clip-spike-loss-clipped')).toBe('0.24');
    await setValue(control(container, 'Spike at step 8: gradient ×'), '1');
    expect(value(container, 'clip-active-steps')).toBe('none');
  });

  it('OverfittingCurves: degree 12 interpolates the 13 points; 100 points or λ tame it', async () => {
    const { container } = await hydrate(<OverfittingCurves />);
    await setValue(control(container, 'Polynomial degree d'), '12');
    expect(value(container, 'overfit-train-mse')).toBe('0.000');
    expect(Number(value(container, 'overfit-validation-mse'))).toBeGreaterThan(10000);
    await setValue(control(container, 'L2 strength λ'), '0.01');
    expect(value(container, 'overfit-validation-mse')).toBe('0.269');
    await setValue(control(container, 'L2 strength λ'), '0');
    await setValue(control(container, 'Training points'), '100');
    expect(value(container, 'overfit-validation-mse')).toBe('0.133');
    expect(value(container, 'overfit-best-degree')).toBe('5');
  });
});
