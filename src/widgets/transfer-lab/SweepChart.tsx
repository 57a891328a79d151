import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { ARMS, type Arm } from '../../ml/transfer/arms';
import type { ArmResult } from '../../ml/transfer/experiment';
import { K_CHOICES } from '../../ml/transfer/experiment';
import { LinePlot, type PlotSeries } from '../shared/LinePlot';
import { BLUE, GREEN, NEUTRAL, ORANGE } from '../shared/palette';

/** One colour per arm (src/widgets/shared/palette.ts, colour-blind safe)… */
export const ARM_COLORS: Record<Arm, string> = {
  scratch: NEUTRAL,
  finetune: BLUE,
  probe: ORANGE,
  lora: GREEN,
};
/** …and one dash pattern per arm (pixels; fine-tuning solid), so the lines differ without colour too. */
export const ARM_DASH: Record<Arm, number[] | undefined> = {
  scratch: [6, 4],
  finetune: undefined,
  probe: [2, 3],
  lora: [10, 3, 2, 3],
};

/** Test accuracy on 5–9 against K (log scale), one line per arm: the sweep's picture. */
export function SweepChart({ results }: { results: readonly ArmResult[] }) {
  const t = useT();
  const series: PlotSeries[] = ARMS.map((arm) => ({
    label: t(`labUi.transfer.arms.${arm}`),
    color: ARM_COLORS[arm],
    dash: ARM_DASH[arm]?.join(' '),
    points: results
      .filter((r) => r.arm === arm)
      .sort((a, b) => a.k - b.k)
      .map((r) => [r.k, r.accuracy] as const),
  })).filter((s) => s.points.length > 0);
  const described = series
    .map((s) => `${s.label}: ${s.points.map(([k, a]) => `K=${k} ${(a * 100).toFixed(1)}%`).join(', ')}`)
    .join('; ');
  return (
    <LinePlot
      ariaLabel={t('labUi.transfer.sweepLabel', { described })}
      series={series}
      xDomain={[K_CHOICES[0], K_CHOICES[K_CHOICES.length - 1]]}
      yDomain={[0.2, 1]}
      xScale="log"
      xLabel={t('labUi.transfer.sweepX')}
      yLabel={t('labUi.transfer.sweepY')}
    />
  );
}
