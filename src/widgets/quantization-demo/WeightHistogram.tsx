import '../../i18n/figures/quantization';
import { useT } from '../../i18n';
import { fmt } from '../shared/numbers';

const W = 480;
const H = 180;
const PAD = { left: 8, right: 8, top: 8, bottom: 28 };

/**
 * Histograms of the weights before (filled bars) and after quantisation (outlined bars) over the
 * same bins, on one count axis.
 */
export function WeightHistogram({
  before,
  after,
  lo,
  hi,
}: {
  before: readonly number[];
  after: readonly number[];
  lo: number;
  hi: number;
}) {
  const t = useT();
  const bins = before.length;
  const max = Math.max(1, ...before, ...after);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const bw = innerW / bins;
  const y = (count: number) => PAD.top + innerH * (1 - count / max);
  return (
    <svg
      className="quant-histogram"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('figures.quantization.histogramLabel', { lo: fmt(lo, 3), hi: fmt(hi, 3), max })}
    >
      {before.map((c, i) => (
        <rect
          key={`b${i}`}
          x={PAD.left + i * bw + 0.5}
          width={bw - 1}
          y={y(c)}
          height={PAD.top + innerH - y(c)}
          className="quant-before"
        />
      ))}
      {after.map((c, i) =>
        c === 0 ? null : (
          <rect
            key={`a${i}`}
            x={PAD.left + i * bw + 0.5}
            width={bw - 1}
            y={y(c)}
            height={PAD.top + innerH - y(c)}
            className="quant-after"
          />
        ),
      )}
      <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} className="quant-axis" />
      <text x={PAD.left} y={H - 8}>
        {fmt(lo, 3)}
      </text>
      <text x={W - PAD.right} y={H - 8} textAnchor="end">
        {fmt(hi, 3)}
      </text>
      <text x={W / 2} y={H - 8} textAnchor="middle">
        {t('figures.quantization.weightValue')}
      </text>
    </svg>
  );
}
