import '../../i18n/figures/models';
import '../../i18n/figures/scale';
import { useT } from '../../i18n';
import { useLang } from '../../i18n/useLang';
import { formatCompact, formatInteger, formatWords } from '../param-count/format';
import { GEOMETRY, defaultScaleEntries, scaleLayout, type ScaleEntry } from './layout';
import './scale-chart.css';

export interface ScaleChartProps {
  /** The bars, top to bottom; defaults to the book's four models and BERT, GPT-2, GPT-3. */
  entries?: readonly ScaleEntry[];
  /** Axis from 10^minExponent … */
  minExponent?: number;
  /** … to 10^maxExponent parameters. */
  maxExponent?: number;
}

/**
 * Parameter counts as horizontal bars on a log10 axis, in plain SVG. The same numbers follow
 * in a table for screen readers. Deterministic (no ids, no window): safe to prerender.
 */
export function ScaleChart({ entries = defaultScaleEntries(), minExponent = 3, maxExponent = 12 }: ScaleChartProps) {
  const t = useT();
  const lang = useLang();
  const names: Record<string, string> = t('figures.models', { returnObjects: true });
  const nameOf = (entry: { id: string; name: string }) => names[entry.id] ?? entry.name;
  const layout = scaleLayout(entries, minExponent, maxExponent);
  const { plotLeft, barHeight } = GEOMETRY;
  const smallest = entries.reduce((a, b) => (b.params < a.params ? b : a));
  const largest = entries.reduce((a, b) => (b.params > a.params ? b : a));
  const label = t('figures.scale.label', {
    smallest: formatInteger(smallest.params),
    smallestName: nameOf(smallest),
    largest: formatWords(largest.params, 3, lang),
    largestName: nameOf(largest),
  });

  return (
    <div className="scale-chart">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <g className="scale-chart-grid" aria-hidden="true">
          {layout.ticks.map((tick) => (
            <g key={tick.exponent} data-exponent={tick.exponent}>
              <line x1={tick.x} x2={tick.x} y1={0} y2={layout.axisY} />
              <text x={tick.x} y={layout.axisY + 16} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          <text className="scale-chart-axis-title" x={(plotLeft + GEOMETRY.plotRight) / 2} y={layout.axisY + 31}>
            {t('figures.scale.axis')}
          </text>
        </g>
        {layout.bars.map((bar) => (
          <g key={bar.id} className={`scale-chart-bar scale-chart-${bar.group}`} data-model={bar.id}>
            <text className="scale-chart-name" x={plotLeft - 8} y={bar.y + barHeight / 2} dominantBaseline="central">
              {nameOf(bar)}
            </text>
            <rect x={plotLeft} y={bar.y} width={bar.width} height={barHeight} rx={2} data-log10={bar.log10} />
            <text
              className="scale-chart-value"
              x={plotLeft + bar.width + 6}
              y={bar.y + barHeight / 2}
              dominantBaseline="central"
            >
              {formatCompact(bar.params)}
            </text>
          </g>
        ))}
      </svg>
      <ul className="scale-chart-legend">
        {(['book', 'published'] as const).map((group) => (
          <li key={group}>
            <span className={`scale-chart-swatch scale-chart-${group}`} aria-hidden="true" />
            {t(`figures.scale.${group}`)}
          </li>
        ))}
      </ul>
      <table className="scale-chart-table">
        <caption>{t('figures.scale.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.scale.model')}</th>
            <th scope="col">{t('figures.scale.parameters')}</th>
            <th scope="col">log10</th>
            <th scope="col">{t('figures.scale.source')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.bars.map((bar) => (
            <tr key={bar.id} data-model={bar.id}>
              <th scope="row">{nameOf(bar)}</th>
              <td data-value={bar.params}>{formatInteger(bar.params)}</td>
              <td>{bar.log10.toFixed(2)}</td>
              <td>{bar.group === 'book' ? t('figures.scale.computed') : t('figures.scale.reported')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
