import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LossExplorer } from '../../src/widgets/loss-explorer/LossExplorer';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('LossExplorer (server render)', () => {
  const html = renderToString(<LossExplorer />);

  it('shows binary cross-entropy at y = 1, ŷ = 0.1: L = ln 10 ≈ 2.3026, ∂L/∂ŷ = −10', () => {
    expect(dataValue(html, 'loss')).toBe('2.3026');
    expect(dataValue(html, 'gradient')).toBe('-10.0000');
    expect(textOf(html)).toContain('L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)]');
  });

  it('compares all three losses, with ∂L/∂z = ŷ − y = −0.9 for cross-entropy', () => {
    const rows = [...html.matchAll(/<tr[^>]*><th scope="row">([^<]*)<\/th>(.*?)<\/tr>/g)].map((m) => [
      m[1],
      ...[...m[2].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]),
    ]);
    expect(rows).toEqual([
      ['Squared error (MSE of one sample)', '0.8100', '-1.8000', '-0.1620'],
      ['Absolute error (MAE of one sample)', '0.9000', '-1.0000', '-0.0900'],
      ['Binary cross-entropy', '2.3026', '-10.0000', '-0.9000'],
    ]);
  });

  it('is accessible', () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Binary cross-entropy and its gradient/);
    for (const label of ['Loss', 'Target y', 'Prediction ŷ'])
      expect(html).toMatch(new RegExp(`<label for="[^"]+">${label}</label>`));
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('shows the squared error when asked: y = 0, ŷ = 0.3 gives 0.09 and 0.6', () => {
    const mse = renderToString(<LossExplorer initial="mse" initialTarget={0} initialPrediction={0.3} />);
    expect(dataValue(mse, 'loss')).toBe('0.0900');
    expect(dataValue(mse, 'gradient')).toBe('0.6000');
  });
});
