import { useId } from 'react';
import { ChartDataTable } from './ChartDataTable';
import { logTicks, niceTicks, tickLabel } from './ticks';
import './line-plot.css';
import { log10 } from '../../ml/worked/det-math';

/** One curve: points in data coordinates; non-finite y values break the line. */
export interface PlotSeries {
  label: string;
  points: readonly (readonly [number, number])[];
  /** A CSS colour, usually a theme variable such as `var(--accent)`. */
  color: string;
  dashed?: boolean;
  /** An SVG stroke-dasharray such as '2 3' (overrides `dashed`): tells lines apart without colour. */
  dash?: string;
}

/** A highlighted point (e.g. the current x on a curve). */
export interface PlotMarker {
  x: number;
  y: number;
  color: string;
  /** Read by screen readers as part of the chart's description. */
  label: string;
}

export interface LinePlotProps {
  /** What the chart shows, for screen readers (role="img"). Keep the key numbers in it. */
  ariaLabel: string;
  series: readonly PlotSeries[];
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  xLabel?: string;
  yLabel?: string;
  /** 'log' needs a positive xDomain. */
  xScale?: 'linear' | 'log';
  markers?: readonly PlotMarker[];
  /** A vertical guide line at this x (e.g. the slider's position). */
  guideX?: number;
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 40, left: 52 };

/**
 * A small static SVG line chart: axes with round ticks, curves clipped to the plot area,
 * optional markers and a guide line, an HTML legend and the data as a table (folded). No randomness,
 * no window: it renders the same on the server and in the browser.
 */
export function LinePlot({
  ariaLabel,
  series,
  xDomain,
  yDomain,
  xLabel,
  yLabel,
  xScale = 'linear',
  markers = [],
  guideX,
  width = 560,
  height = 280,
}: LinePlotProps) {
  const clipId = `plot-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const [x0, x1] = xScale === 'log' ? [log10(xDomain[0]), log10(xDomain[1])] : xDomain;
  const [y0, y1] = yDomain;
  const sx = (x: number) => MARGIN.left + (((xScale === 'log' ? log10(x) : x) - x0) / (x1 - x0)) * innerW;
  // Clamp far-away values so paths stay small; the clip path hides them anyway.
  const sy = (y: number) => {
    const span = y1 - y0;
    const clamped = Math.min(y1 + span, Math.max(y0 - span, y));
    return MARGIN.top + (1 - (clamped - y0) / span) * innerH;
  };
  const xTicks = xScale === 'log' ? logTicks(xDomain[0], xDomain[1]) : niceTicks(xDomain[0], xDomain[1], 6);
  const yTicks = niceTicks(y0, y1, 5);
  const xAxisY = y0 <= 0 && y1 >= 0 ? sy(0) : MARGIN.top + innerH;
  const yAxisX = xScale === 'linear' && x0 <= 0 && x1 >= 0 ? sx(0) : MARGIN.left;

  return (
    <div className="line-plot">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel} className="line-plot-svg">
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g className="line-plot-grid" aria-hidden="true">
          {xTicks.map((t) => (
            <line key={`gx${t}`} x1={sx(t)} x2={sx(t)} y1={MARGIN.top} y2={MARGIN.top + innerH} />
          ))}
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={MARGIN.left} x2={MARGIN.left + innerW} y1={sy(t)} y2={sy(t)} />
          ))}
        </g>
        <g className="line-plot-axes" aria-hidden="true">
          <line x1={MARGIN.left} x2={MARGIN.left + innerW} y1={xAxisY} y2={xAxisY} />
          <line x1={yAxisX} x2={yAxisX} y1={MARGIN.top} y2={MARGIN.top + innerH} />
          {xTicks.map((t) => (
            <text key={`tx${t}`} x={sx(t)} y={MARGIN.top + innerH + 16} textAnchor="middle">
              {tickLabel(t)}
            </text>
          ))}
          {yTicks.map((t) => (
            <text key={`ty${t}`} x={MARGIN.left - 6} y={sy(t) + 4} textAnchor="end">
              {tickLabel(t)}
            </text>
          ))}
          {xLabel && (
            <text x={MARGIN.left + innerW / 2} y={height - 4} textAnchor="middle" className="line-plot-label">
              {xLabel}
            </text>
          )}
          {yLabel && (
            <text
              x={12}
              y={MARGIN.top + innerH / 2}
              textAnchor="middle"
              transform={`rotate(-90 12 ${MARGIN.top + innerH / 2})`}
              className="line-plot-label"
            >
              {yLabel}
            </text>
          )}
        </g>
        <g clipPath={`url(#${clipId})`}>
          {guideX !== undefined && (
            <line
              className="line-plot-guide"
              x1={sx(guideX)}
              x2={sx(guideX)}
              y1={MARGIN.top}
              y2={MARGIN.top + innerH}
            />
          )}
          {series.map((s) => (
            <path
              key={s.label}
              d={pathData(s.points, sx, sy)}
              className="line-plot-series"
              style={{ stroke: s.color }}
              strokeDasharray={s.dash ?? (s.dashed ? '6 4' : undefined)}
            />
          ))}
          {markers.map((m) =>
            Number.isFinite(m.y) ? (
              <circle key={m.label} cx={sx(m.x)} cy={sy(m.y)} r={5} style={{ fill: m.color }} />
            ) : null,
          )}
        </g>
      </svg>
      <ul className="line-plot-legend">
        {series.map((s) => (
          <li key={s.label}>
            {s.dash ? (
              <span
                className="line-plot-swatch-pattern"
                style={{ backgroundImage: dashGradient(s.color, s.dash) }}
                aria-hidden="true"
              />
            ) : (
              <span
                className={s.dashed ? 'line-plot-swatch line-plot-swatch-dashed' : 'line-plot-swatch'}
                style={{ borderColor: s.color }}
                aria-hidden="true"
              />
            )}
            {s.label}
          </li>
        ))}
      </ul>
      <ChartDataTable series={series} xLabel={xLabel} />
    </div>
  );
}

/** A CSS gradient that draws `dash` (an SVG dash array, in pixels) in `color`: the legend's swatch. */
export function dashGradient(color: string, dash: string): string {
  const lengths = dash.split(/[\s,]+/).map(Number);
  const stops: string[] = [];
  let at = 0;
  lengths.forEach((length, i) => {
    stops.push(`${i % 2 === 0 ? color : 'transparent'} ${at}px ${at + length}px`);
    at += length;
  });
  return `repeating-linear-gradient(to right, ${stops.join(', ')})`;
}

/** An SVG path through the points, starting a new segment after each non-finite y. */
export function pathData(
  points: readonly (readonly [number, number])[],
  sx: (x: number) => number,
  sy: (y: number) => number,
): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${sx(x).toFixed(2)},${sy(y).toFixed(2)}`;
    pen = true;
  }
  return d;
}
