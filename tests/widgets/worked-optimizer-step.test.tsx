import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkedOptimizerStep } from '../../src/widgets/worked-optimizer-step/WorkedOptimizerStep';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('WorkedOptimizerStep (server render)', () => {
  const html = renderToString(<WorkedOptimizerStep />);
  const text = textOf(html);

  it('pins the SGD step 0.5 − 0.1·0.1 = 0.49 (and 0.48, 0.47)', () => {
    expect(dataValue(html, 'sgd-theta-1')).toBe('0.49');
    expect(dataValue(html, 'sgd-theta-2')).toBe('0.48');
    expect(dataValue(html, 'sgd-theta-3')).toBe('0.47');
    expect(text).toContain('0.1·0.1 = 0.01');
  });

  it('shows Adam’s moments: m₁ = 0.01, v₁ = 1e-5, m̂₁ = 0.1, v̂₁ = 0.01 for g = 0.1', () => {
    const row = /<caption>Adam, step t = 1: moments[\s\S]*?<tbody>(.*?)<\/tbody>/.exec(html)?.[1] ?? '';
    const first = /<tr>(.*?)<\/tr>/.exec(row)?.[1] ?? '';
    expect([...first.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1])).toEqual([
      '0.1',
      '0.01',
      '1e-5',
      '0.1',
      '0.01',
    ]);
  });

  it('pins θ₁ ≈ 0.4000 with bias correction and ≈ 0.1838 without it', () => {
    for (const i of [1, 2, 3]) {
      expect(dataValue(html, `adam-theta-${i}`)).toBe('0.4000');
      expect(dataValue(html, `adam-uncorrected-theta-${i}`)).toBe('0.1838');
    }
    expect(text).toContain('10× too small');
    expect(text).toContain('1000× too small');
    expect(text).toContain('the uncorrected first step is 3.16× the corrected one');
  });

  it('plots the ratio of uncorrected to corrected steps: 3.16 at t = 1, peak 6.57 at t = 12', () => {
    expect(html).toMatch(/aria-label="Uncorrected over corrected Adam step[^"]*3.16 at t = 1, peak 6.57 at t = 12/);
    expect(text).toContain('6.57 at t = 12');
    expect(text).toContain('still 3.24 at t = 100 and 1.26 at t = 1000');
  });

  it('is accessible, with the learning rate read out as a rate, not an index', () => {
    expect(html).toContain('aria-valuetext="0.1"');
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('can show one optimizer only', () => {
    const sgd = renderToString(<WorkedOptimizerStep show="sgd" />);
    expect(sgd).not.toContain('Adam');
    const adam = renderToString(<WorkedOptimizerStep show="adam" learningRate={0.001} />);
    expect(adam).not.toContain('SGD');
    expect(dataValue(adam, 'adam-theta-1')).toBe('0.4990');
  });
});
