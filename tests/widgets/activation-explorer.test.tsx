import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { activationNames } from '../../src/ml/worked/activations';
import { ActivationExplorer } from '../../src/widgets/activation-explorer/ActivationExplorer';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('ActivationExplorer (server render)', () => {
  const html = renderToString(<ActivationExplorer />);
  const text = textOf(html);

  it('reads out sigmoid(0) = 0.5 and sigmoid′(0) = 0.25', () => {
    expect(dataValue(html, 'f')).toBe('0.5000');
    expect(dataValue(html, 'df')).toBe('0.2500');
    expect(text).toContain('σ′(x) = σ(x)·(1 − σ(x))');
  });

  it('tabulates the derivative shrinking away from 0: 0.0177 at ±4, 0.1050 at ±2', () => {
    const row = /<th scope="row">f′\(x\)<\/th>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    const values = [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(values).toEqual(['0.0177', '0.1050', '0.1966', '0.2500', '0.1966', '0.1050', '0.0177']);
    expect(Math.max(...values.map(Number))).toBe(0.25);
  });

  it('has a labelled chart, slider and chooser', () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Sigmoid and its derivative/);
    expect(html).toMatch(/<label for="[^"]+">Activation<\/label>/);
    expect(html).toMatch(/<label for="[^"]+">Input x<\/label>/);
    expect(html).toMatch(/type="range"/);
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('offers every activation and draws two curves', () => {
    for (const name of activationNames) expect(html).toContain(`value="${name}"`);
    expect([...html.matchAll(/class="line-plot-series"/g)]).toHaveLength(2);
  });

  it('renders ReLU at x = −2 with f = 0 and f′ = 0', () => {
    const relu = renderToString(<ActivationExplorer initial="relu" initialX={-2} />);
    expect(dataValue(relu, 'f')).toBe('0.0000');
    expect(dataValue(relu, 'df')).toBe('0.0000');
  });

  it('renders the same markup every time (no randomness)', () => {
    expect(renderToString(<ActivationExplorer />)).toBe(html);
  });
});
