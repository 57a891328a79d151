import { ARM_LABELS, ARMS, type Arm } from '../../ml/transfer/arms';
import type { ArmResult } from '../../ml/transfer/experiment';
import { K_CHOICES } from '../../ml/transfer/experiment';
import { LinePlot, type PlotSeries } from '../shared/LinePlot';

export const ARM_COLORS: Record<Arm, string> = {
  scratch: 'var(--fg-soft)',
  finetune: 'var(--accent)',
  probe: 'var(--warning)',
  lora: 'var(--tip)',
};

/** Test accuracy on 5–9 against K (log scale), one line per arm: the sweep's picture. */
export function SweepChart({ results }: { results: readonly ArmResult[] }) {
  const series: PlotSeries[] = ARMS.map((arm) => ({
    label: ARM_LABELS[arm],
    color: ARM_COLORS[arm],
    dashed: arm === 'scratch',
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
      ariaLabel={`Test accuracy on digits 5–9 against labelled examples per class. ${described}`}
      series={series}
      xDomain={[K_CHOICES[0], K_CHOICES[K_CHOICES.length - 1]]}
      yDomain={[0.2, 1]}
      xScale="log"
      xLabel="labelled examples per class (K)"
      yLabel="test accuracy on 5–9"
    />
  );
}
