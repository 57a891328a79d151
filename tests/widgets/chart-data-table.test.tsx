// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { formatValue, MAX_ROWS, sampleIndices } from '../../src/widgets/shared/ChartDataTable';
import { LinePlot, type PlotSeries } from '../../src/widgets/shared/LinePlot';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const xs = Array.from({ length: 100 }, (_, i) => i);
const series: PlotSeries[] = [
  { label: 'train loss', color: 'red', points: xs.map((x) => [x, 1 / (x + 1)] as const) },
  { label: 'val loss', color: 'blue', points: xs.map((x) => [x, x === 50 ? NaN : 2 / (x + 1)] as const) },
];
const plot = (s: PlotSeries[]) => (
  <LinePlot ariaLabel="Loss" series={s} xDomain={[0, 99]} yDomain={[0, 2]} xLabel="epoch" />
);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Renders in the DOM and opens the "Data as a table" disclosure. */
function openTable(s: PlotSeries[]): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(plot(s)));
  const details = container.querySelector('details') as HTMLDetailsElement;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  return container;
}

describe('a chart’s data as a table (src/widgets/shared/ChartDataTable.tsx)', () => {
  it('is a folded disclosure in the prerendered chart, without the table', () => {
    const html = renderToString(plot(series));
    expect(html).toContain('<details class="chart-data"><summary>Data as a table</summary></details>');
  });

  it('shows every series against x when opened, sampled to at most MAX_ROWS rows', () => {
    const container = openTable(series);
    const tables = container.querySelectorAll('table');
    expect(tables).toHaveLength(1);
    const headers = [...tables[0].querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['epoch', 'train loss', 'val loss']);
    const rows = [...tables[0].querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toHaveLength(MAX_ROWS);
    expect(rows[0]).toEqual(['0', '1', '2']);
    expect(rows[MAX_ROWS - 1]).toEqual(['99', '0.01', '0.02']);
  });

  it('gives series with different x values a table each, captioned', () => {
    const container = openTable([
      series[0],
      {
        ...series[1],
        points: [
          [0, 1],
          [10, 0.5],
        ],
      },
    ]);
    const captions = [...container.querySelectorAll('table caption')].map((c) => c.textContent);
    expect(captions).toEqual(['train loss', 'val loss']);
  });

  it('samples evenly, keeping the first and last point', () => {
    expect(sampleIndices(5)).toEqual([0, 1, 2, 3, 4]);
    expect(sampleIndices(10, 4)).toEqual([0, 3, 6, 9]);
    expect(sampleIndices(1000, 60)).toHaveLength(60);
    expect(sampleIndices(1000, 60).at(-1)).toBe(999);
  });

  it('formats values with four significant digits, gaps as a dash', () => {
    expect(formatValue(0.123456)).toBe('0.1235');
    expect(formatValue(1234.5678)).toBe('1235');
    expect(formatValue(0.00012346)).toBe('1.235e-4');
    expect(formatValue(NaN)).toBe('—');
    expect(formatValue(0)).toBe('0');
  });
});
