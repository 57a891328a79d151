import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { RocPoint } from '../../ml/metrics/binary';

const SIZE = 220;
const PAD = 32;

/** The ROC curve as an SVG: false-positive rate across, true-positive rate up, chance as a dashed diagonal. */
export function RocCurve({ points, auc }: { points: RocPoint[]; auc: number }) {
  const t = useT();
  const x = (fpr: number) => PAD + fpr * SIZE;
  const y = (tpr: number) => PAD / 2 + (1 - tpr) * SIZE;
  const path = points.map((p) => `${x(p.fpr).toFixed(1)},${y(p.tpr).toFixed(1)}`).join(' ');
  return (
    <figure className="roc-curve">
      <figcaption>{t('labUi.sentiment.rocCaption', { auc: auc.toFixed(3) })}</figcaption>
      <svg
        viewBox={`0 0 ${SIZE + PAD + 8} ${SIZE + PAD + 16}`}
        width={SIZE + PAD + 8}
        role="img"
        aria-label={t('labUi.sentiment.rocLabel', { auc: auc.toFixed(3) })}
      >
        <rect x={x(0)} y={y(1)} width={SIZE} height={SIZE} className="roc-frame" />
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className="roc-chance" />
        <polyline points={path} className="roc-line" />
        {[0, 0.5, 1].map((tick) => (
          <g key={tick} className="roc-tick">
            <text x={x(tick)} y={y(0) + 14} textAnchor="middle">
              {tick}
            </text>
            <text x={x(0) - 4} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        <text x={x(0.5)} y={y(0) + 28} textAnchor="middle" className="roc-axis">
          {t('labUi.sentiment.fpr')}
        </text>
        <text x={10} y={y(0.5)} textAnchor="middle" className="roc-axis" transform={`rotate(-90 10 ${y(0.5)})`}>
          {t('labUi.sentiment.tpr')}
        </text>
      </svg>
    </figure>
  );
}
