import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LrScheduleChart } from '../../src/widgets/lr-schedule-chart/LrScheduleChart';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('LrScheduleChart (server render, η₀ = 0.1, T = 1000, W = 100)', () => {
  const html = renderToString(<LrScheduleChart />);
  const text = textOf(html);

  it('draws the four schedules in one labelled chart', () => {
    for (const label of ['step decay', 'exponential decay', 'cosine decay', 'linear warm-up, then cosine']) {
      expect(text).toContain(label);
    }
    expect(html.match(/class="line-plot-series"/g)).toHaveLength(4);
    expect(html).toMatch(/aria-label="Learning rate against step for T = 1000, η₀ = 0.1, warm-up 100 steps\./);
  });

  it('pins the table: start, middle and end of each schedule and its mean', () => {
    expect(dataValue(html, 'lr-step-first')).toBe('0.1');
    expect(dataValue(html, 'lr-step-middle')).toBe('0.1');
    expect(dataValue(html, 'lr-step-last')).toBe('0.001');
    expect(dataValue(html, 'lr-step-mean')).toBe('0.05275');
    expect(dataValue(html, 'lr-exponential-first')).toBe('0.09954');
    expect(dataValue(html, 'lr-exponential-last')).toBe('0.001');
    expect(dataValue(html, 'lr-exponential-mean')).toBe('0.02145');
    expect(dataValue(html, 'lr-cosine-middle')).toBe('0.05');
    expect(dataValue(html, 'lr-cosine-last')).toBe('0');
    expect(dataValue(html, 'lr-cosine-mean')).toBe('0.04995');
    expect(dataValue(html, 'lr-warmup-cosine-first')).toBe('0.001');
    expect(dataValue(html, 'lr-warmup-cosine-peak-step')).toBe('0.1 (100)');
    expect(dataValue(html, 'lr-warmup-cosine-middle')).toBe('0.05868');
    expect(dataValue(html, 'lr-warmup-cosine-mean')).toBe('0.05');
    expect(dataValue(html, 'lr-gamma')).toBe('0.995405');
    expect(text).toContain('multiplies the rate by 0.1 after steps 500 and 750');
  });

  it('prints rates below 0.001 in scientific notation and accepts other starting values', () => {
    const small = renderToString(<LrScheduleChart baseRate={0.001} totalSteps={200} warmupSteps={20} />);
    expect(dataValue(small, 'lr-warmup-cosine-first')).toBe('5e-5');
    expect(dataValue(small, 'lr-step-last')).toBe('1e-5');
    expect(textOf(small)).toContain('after steps 100 and 150');
  });

  it('is accessible, with sliders read out as values, not indices', () => {
    expect(html).toContain('aria-valuetext="0.1"');
    expect(html).toContain('aria-valuetext="1000"');
    expect(html).toContain('aria-valuetext="100"');
    expect(accessibilityProblems(html)).toEqual([]);
  });
});
