import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LinePlot, pathData } from '../../src/widgets/shared/LinePlot';
import { decimalsOf, fmt, fmtSigned, fmtTrim } from '../../src/widgets/shared/numbers';
import { logTicks, niceTicks, tickLabel } from '../../src/widgets/shared/ticks';

describe('number formatting', () => {
  it('never prints a negative zero', () => {
    expect(fmt(-0.00001, 4)).toBe('0.0000');
    expect(fmt(-0, 2)).toBe('0.00');
    expect(fmt(-0.5, 1)).toBe('-0.5');
    expect(fmt(Number.NaN)).toBe('—');
  });

  it('trims trailing zeros and counts needed decimals', () => {
    expect(fmtTrim(0.25, 4)).toBe('0.25');
    expect(fmtTrim(1, 4)).toBe('1');
    expect(fmtTrim(-0.00001, 4)).toBe('0');
    expect(decimalsOf(10.2)).toBe(1);
    expect(decimalsOf(3)).toBe(0);
    expect(decimalsOf(0.04000000000000007)).toBe(2);
    expect(fmtSigned(0.5, 1)).toBe('+0.5');
    expect(fmtSigned(-0.5, 1)).toBe('-0.5');
  });
});

describe('axis ticks', () => {
  it('picks round steps', () => {
    expect(niceTicks(-6, 6, 6)).toEqual([-6, -4, -2, 0, 2, 4, 6]);
    expect(niceTicks(-1.1, 1.1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(logTicks(1, 1000)).toEqual([1, 10, 100, 1000]);
    expect(tickLabel(0.30000000000000004)).toBe('0.3');
  });
});

describe('LinePlot', () => {
  it('breaks the line at non-finite values', () => {
    const d = pathData(
      [
        [0, 1],
        [1, Number.POSITIVE_INFINITY],
        [2, 3],
        [3, 4],
      ],
      (x) => x,
      (y) => y,
    );
    expect(d).toBe('M0.00,1.00M2.00,3.00L3.00,4.00');
  });

  it('renders a labelled image with a text legend, deterministically', () => {
    const el = (
      <LinePlot
        ariaLabel="A test curve"
        series={[
          {
            label: 'y = x',
            points: [
              [0, 0],
              [1, 1],
            ],
            color: 'var(--accent)',
          },
        ]}
        xDomain={[0, 1]}
        yDomain={[0, 1]}
      />
    );
    const html = renderToString(el);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="A test curve"/);
    expect(html).toContain('<li>');
    expect(html).toContain('y = x');
    expect(html).toContain('style="stroke:var(--accent)"');
    expect(renderToString(el)).toBe(html);
  });
});
