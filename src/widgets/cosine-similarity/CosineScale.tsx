import '../../i18n/figures/cosine';
import { useT } from '../../i18n';
import { fmt } from '../shared/numbers';

/** A horizontal scale from −1 (opposite) through 0 (orthogonal) to 1 (same direction) with the cosine marked. */
export function CosineScale({ cosine }: { cosine: number }) {
  const t = useT();
  const width = 360;
  const left = 8;
  const right = width - 8;
  const x = (v: number) => left + ((v + 1) / 2) * (right - left);
  const ok = Number.isFinite(cosine);
  return (
    <svg
      className="cosine-scale"
      viewBox={`0 0 ${width} 52`}
      role="img"
      aria-label={ok ? t('figures.cosine.scaleLabel', { cosine: fmt(cosine, 4) }) : t('figures.cosine.scaleUndefined')}
    >
      <line x1={left} x2={right} y1={22} y2={22} className="cosine-scale-axis" />
      {[-1, 0, 1].map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={16} y2={28} className="cosine-scale-axis" />
          <text x={x(v)} y={44} textAnchor={v === -1 ? 'start' : v === 1 ? 'end' : 'middle'}>
            {v === -1
              ? t('figures.cosine.opposite')
              : v === 0
                ? t('figures.cosine.orthogonal')
                : t('figures.cosine.same')}
          </text>
        </g>
      ))}
      {ok && <circle cx={x(cosine)} cy={22} r={6} className="cosine-scale-marker" />}
    </svg>
  );
}
