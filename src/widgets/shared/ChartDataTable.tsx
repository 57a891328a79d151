import { useState } from 'react';
import { useT } from '../../i18n';

export interface TableSeries {
  label: string;
  points: readonly (readonly [number, number])[];
}

/** Most rows a table shows; longer series are sampled evenly (first and last point kept). */
export const MAX_ROWS = 60;

/** Indices of at most `max` points spread evenly over `n`, always including the first and the last. */
export function sampleIndices(n: number, max = MAX_ROWS): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const step = (n - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => Math.round(i * step));
}

function sameXs(series: readonly TableSeries[]): boolean {
  const [first, ...rest] = series;
  return rest.every(
    (s) => s.points.length === first.points.length && s.points.every(([x], i) => x === first.points[i][0]),
  );
}

/** Four significant digits; very large or small values in exponent notation; gaps as a dash. */
export function formatValue(y: number): string {
  if (!Number.isFinite(y)) return '—';
  if (y !== 0 && (Math.abs(y) >= 1e5 || Math.abs(y) < 1e-3)) return y.toExponential(3);
  return String(Number(y.toPrecision(4)));
}

/**
 * A chart's data as a table, folded in a disclosure ("Data as a table"): the text alternative
 * of a chart for screen readers, and a way to read exact values. The table is built only when
 * opened, so prerendered pages stay small.
 */
export function ChartDataTable({ series, xLabel = 'x' }: { series: readonly TableSeries[]; xLabel?: string }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  if (series.length === 0) return null;
  const groups = sameXs(series) ? [series] : series.map((s) => [s]);
  return (
    <details className="chart-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('lab.chartTable')}</summary>
      {open &&
        groups.map((group) => (
          <table key={group.map((s) => s.label).join('|')}>
            {groups.length > 1 && <caption>{group[0].label}</caption>}
            <thead>
              <tr>
                <th scope="col">{xLabel}</th>
                {group.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sampleIndices(group[0].points.length).map((i) => (
                <tr key={i}>
                  <th scope="row">{formatValue(group[0].points[i][0])}</th>
                  {group.map((s) => (
                    <td key={s.label}>{formatValue(s.points[i][1])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </details>
  );
}
