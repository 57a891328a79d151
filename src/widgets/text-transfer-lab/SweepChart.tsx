import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { TEXT_ARMS, type TextArm } from '../../ml/text-transfer/classifier';
import { LABEL_CHOICES, type TextArmResult } from '../../ml/text-transfer/experiment';
import { LinePlot, type PlotSeries } from '../shared/LinePlot';
import { BLUE, NEUTRAL, ORANGE } from '../shared/palette';

/** One colour and one dash pattern per arm (colour-blind-safe palette; colour is never the only cue). */
export const TEXT_ARM_COLORS: Record<TextArm, string> = { scratch: NEUTRAL, finetune: BLUE, probe: ORANGE };
export const TEXT_ARM_DASH: Record<TextArm, number[] | undefined> = {
  scratch: [6, 4],
  finetune: undefined,
  probe: [2, 3],
};

/** Test accuracy against the number of labelled reviews (log scale), one line per arm. */
export function SweepChart({ results }: { results: readonly TextArmResult[] }) {
  const t = useT();
  const series: PlotSeries[] = TEXT_ARMS.map((arm) => ({
    label: t(`labUi.textTransfer.arms.${arm}`),
    color: TEXT_ARM_COLORS[arm],
    dash: TEXT_ARM_DASH[arm]?.join(' '),
    points: results
      .filter((r) => r.arm === arm)
      .sort((a, b) => a.labels - b.labels)
      .map((r) => [r.labels, r.accuracy] as const),
  })).filter((s) => s.points.length > 0);
  const described = series
    .map((s) => `${s.label}: ${s.points.map(([n, a]) => `${n} ${(a * 100).toFixed(1)}%`).join(', ')}`)
    .join('; ');
  return (
    <LinePlot
      ariaLabel={t('labUi.textTransfer.sweepLabel', { described })}
      series={series}
      xDomain={[LABEL_CHOICES[0], LABEL_CHOICES[LABEL_CHOICES.length - 1]]}
      yDomain={[0.5, 0.9]}
      xScale="log"
      xLabel={t('labUi.textTransfer.sweepX')}
      yLabel={t('labUi.textTransfer.sweepY')}
    />
  );
}
