import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { errorText, FiniteDifferences, stepLabel } from '../../src/widgets/finite-differences/FiniteDifferences';
import { accessibilityProblems, dataValue, textOf } from './html';

/** Rows of the estimates table: [h, forward, error, central, error]. */
function rows(html: string): string[][] {
  const table = /<table[^>]*><caption>Estimates[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
    .filter((m) => m[1].includes('scope="row"'))
    .map((m) => [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => textOf(c[1]).trim()));
}

describe('FiniteDifferences (server render, sigmoid at x = 1)', () => {
  const html = renderToString(<FiniteDifferences />);
  const text = textOf(html);

  it('reads out the exact derivative σ′(1) ≈ 0.1966119332 and the best steps 10⁻⁷ (forward) and 10⁻⁵ (central)', () => {
    expect(dataValue(html, 'exact')).toBe('0.1966119332');
    expect(text).toMatch(/forward difference \S+ at h = 10⁻⁷; central difference \S+ at h = 10⁻⁵/);
    expect(Number(dataValue(html, 'best-central'))).toBeLessThan(1e-11);
    expect(Number(dataValue(html, 'best-forward'))).toBeGreaterThan(1e-9);
  });

  it('tabulates twelve steps, with errors that fall and then rise again', () => {
    const r = rows(html);
    expect(r.map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(stepLabel));
    // Checked independently: (σ(1.1) − σ(1)) / 0.1 and (σ(1.1) − σ(0.9)) / 0.2 in Python.
    expect(r[0]).toEqual(['10⁻¹', '0.1920152697', '4.6e-3', '0.1965530149', '5.9e-5']);
    const central = r.map((row) => Number(row[4]));
    expect(central[4]).toBeLessThan(central[0]);
    expect(central[11]).toBeGreaterThan(central[4]);
    expect(html.match(/finite-differences-best/g)).toHaveLength(2);
  });

  it('has a labelled log-log chart and labelled controls', () => {
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Error of the forward and central differences of Sigmoid at x = 1.0/,
    );
    expect(html).toMatch(/<label for="[^"]+">Function<\/label>/);
    expect(html).toMatch(/<label for="[^"]+">Point x<\/label>/);
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('works for tanh and GELU as well', () => {
    for (const initial of ['tanh', 'gelu'] as const) {
      const other = renderToString(<FiniteDifferences initial={initial} initialX={-2} />);
      expect(rows(other)).toHaveLength(12);
      expect(Number(dataValue(other, 'best-central'))).toBeLessThan(1e-9);
    }
  });
});

describe('helpers', () => {
  it('writes steps with superscripts and errors compactly', () => {
    expect(stepLabel(5)).toBe('10⁻⁵');
    expect(stepLabel(12)).toBe('10⁻¹²');
    expect(errorText(0)).toBe('0');
    expect(errorText(3.14e-11)).toBe('3.1e-11');
  });
});
