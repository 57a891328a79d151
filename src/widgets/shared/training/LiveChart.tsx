import { useEffect, useRef, useState } from 'react';
import uPlot, { type AlignedData, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTheme } from '../../../app/theme';
import { useT } from '../../../i18n';

export interface ChartSeries {
  label: string;
  /** One value per x; null where the series has no point (e.g. validation only per epoch). */
  values: (number | null)[];
  /** A CSS colour or var(); dashed draws the line dashed (to tell series apart without colour). */
  color: string;
  dashed?: boolean;
  /** A dash pattern in pixels such as [2, 3] (overrides `dashed`). */
  dash?: number[];
}

export interface LiveChartProps {
  title: string;
  xLabel: string;
  x: number[];
  series: ChartSeries[];
  height?: number;
  yRange?: [number, number];
}

function cssVar(value: string): string {
  const match = /^var\((--[\w-]+)\)$/.exec(value);
  return match ? getComputedStyle(document.documentElement).getPropertyValue(match[1]).trim() || '#888' : value;
}

/** The page's UI font stack (src/styles/theme.css, with CJK fallbacks) for text uPlot draws on its canvas. */
function canvasFont(size: number, weight = ''): string {
  const stack = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
  return `${weight ? `${weight} ` : ''}${size}px ${stack}`;
}

/**
 * A fast line chart (uPlot) that redraws in place as points arrive, with the same data
 * available as a table for screen readers and for copying.
 */
export function LiveChart({ title, xLabel, x, series, height = 220, yRange }: LiveChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const theme = useTheme();
  const [tableOpen, setTableOpen] = useState(false);
  const t = useT();
  const labels = series.map((s) => s.label).join('|');

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const axisColor = cssVar('var(--fg-soft)');
    const grid = { stroke: cssVar('var(--border)'), width: 1 };
    const options: Options = {
      width: Math.max(200, element.clientWidth),
      height,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: yRange ? { range: yRange } : {} },
      axes: [
        { label: xLabel, stroke: axisColor, grid, font: canvasFont(12), labelFont: canvasFont(12, 'bold') },
        { stroke: axisColor, grid, font: canvasFont(12), labelFont: canvasFont(12, 'bold') },
      ],
      series: [
        { label: xLabel },
        ...series.map((s) => ({
          label: s.label,
          stroke: cssVar(s.color),
          width: 2,
          dash: s.dash ?? (s.dashed ? [6, 4] : undefined),
          spanGaps: true,
          points: { show: false },
        })),
      ],
    };
    const chart = new uPlot(options, [[], ...series.map(() => [])], element);
    plot.current = chart;
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(200, element.clientWidth), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
    // Rebuild only when the chart's shape or theme changes; data flows in through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labels, theme, height, xLabel, yRange?.[0], yRange?.[1]]);

  useEffect(() => {
    plot.current?.setData([x, ...series.map((s) => s.values)] as AlignedData);
  });

  return (
    <figure className="live-chart">
      <figcaption>{title}</figcaption>
      <div ref={container} role="img" aria-label={t('lab.chartLabel', { title })} />
      <details className="chart-data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('lab.chartTable')}</summary>
        {tableOpen && (
          <table>
            <thead>
              <tr>
                <th scope="col">{xLabel}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {x.slice(-50).map((xValue, i) => {
                const index = x.length - Math.min(50, x.length) + i;
                return (
                  <tr key={xValue}>
                    <td>{xValue}</td>
                    {series.map((s) => (
                      <td key={s.label}>{s.values[index] === null ? '' : s.values[index]?.toFixed(4)}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
