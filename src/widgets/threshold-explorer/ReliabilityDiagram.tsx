import '../../i18n/figures/threshold';
import { useT } from '../../i18n';
import { calibration, workedScores, type ScoredExample } from '../../ml/worked/classification-metrics';
import { fmt } from '../shared/numbers';
import './threshold-explorer.css';

export interface ReliabilityDiagramProps {
  /** Scored examples, scores read as probabilities of "positive" (default the chapter's twelve). */
  examples?: readonly ScoredExample[];
  /** Number of equal-width bins over [0, 1] (default 5). */
  bins?: number;
}

const SIZE = 240;
const PAD = { left: 40, bottom: 36, top: 8, right: 8 };

/**
 * A reliability diagram and its table: in each probability bin, the mean predicted probability
 * against the observed fraction of positives, and the expected calibration error (ECE), the
 * count-weighted mean of their gaps.
 */
export function ReliabilityDiagram({ examples = workedScores, bins: binCount = 5 }: ReliabilityDiagramProps) {
  const t = useT();
  const { bins, ece } = calibration(examples, binCount);
  const n = examples.length;
  const inner = SIZE - PAD.left - PAD.right;
  const innerH = SIZE - PAD.top - PAD.bottom;
  const sx = (v: number) => PAD.left + v * inner;
  const sy = (v: number) => PAD.top + (1 - v) * innerH;
  const ticks = [0, 0.5, 1];

  return (
    <div className="worked reliability-diagram" data-figure="reliability-diagram">
      <svg
        className="reliability-svg"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={t('figures.threshold.reliabilityLabel', { bins: binCount, ece: fmt(ece, 4) })}
      >
        <line x1={sx(0)} y1={sy(0)} x2={sx(1)} y2={sy(1)} className="reliability-diagonal" />
        {bins.map((b) =>
          b.count === 0 ? null : (
            <g key={b.lower}>
              <rect
                x={sx(b.lower) + 2}
                width={sx(b.upper) - sx(b.lower) - 4}
                y={sy(b.positiveRate)}
                height={sy(0) - sy(b.positiveRate)}
                className="reliability-bar"
              />
              <rect
                x={sx(b.lower) + 2}
                width={sx(b.upper) - sx(b.lower) - 4}
                y={sy(b.meanScore)}
                height={sy(0) - sy(b.meanScore)}
                className="reliability-expected"
              />
            </g>
          ),
        )}
        <line x1={sx(0)} y1={sy(0)} x2={sx(1)} y2={sy(0)} className="reliability-axis" />
        <line x1={sx(0)} y1={sy(0)} x2={sx(0)} y2={sy(1)} className="reliability-axis" />
        {ticks.map((tick) => (
          <g key={tick}>
            <text x={sx(tick)} y={sy(0) + 14} textAnchor="middle">
              {tick}
            </text>
            <text x={sx(0) - 6} y={sy(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        <text x={sx(0.5)} y={SIZE - 4} textAnchor="middle">
          {t('figures.threshold.predictedProbability')}
        </text>
      </svg>
      <table className="worked-table">
        <caption>{t('figures.threshold.binsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.threshold.bin')}</th>
            <th scope="col" className="num">
              n_b
            </th>
            <th scope="col" className="num">
              {t('figures.threshold.meanPredicted')}
            </th>
            <th scope="col" className="num">
              {t('figures.threshold.fractionPositive')}
            </th>
            <th scope="col" className="num">
              {t('figures.threshold.gap')}
            </th>
            <th scope="col" className="num">
              {t('figures.threshold.gapColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b, i) => (
            <tr key={b.lower}>
              <th scope="row">
                [{fmt(b.lower, 1)}, {fmt(b.upper, 1)}
                {i === bins.length - 1 ? ']' : ')'}
              </th>
              <td className="num">{b.count}</td>
              <td className="num">{b.count ? fmt(b.meanScore, 4) : '—'}</td>
              <td className="num">{b.count ? fmt(b.positiveRate, 4) : '—'}</td>
              <td className="num">{b.count ? fmt(b.gap, 4) : '—'}</td>
              <td className="num">{fmt((b.count / n) * b.gap, 4)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('figures.threshold.ece')}
            </th>
            <td className="num">
              <strong data-value="ece">{fmt(ece, 4)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="worked-note">{t('figures.threshold.reliabilityNote')}</p>
    </div>
  );
}
