import { adamConstantGradientRun, type AdamConfig } from '../../ml/worked/adam';
import { LinePlot } from '../shared/LinePlot';
import { fmtTrim } from '../shared/numbers';

const STEPS = 1000;

/**
 * The uncorrected Adam step divided by the corrected one, t = 1…1000, for a constant
 * gradient: (1 − β₁ᵗ)/√(1 − β₂ᵗ), far from 1 early in training.
 */
export function BiasCorrectionPlot({ config }: { config: AdamConfig }) {
  const run = adamConstantGradientRun(0, 1, STEPS, config);
  const ratio = run.map((s) => [s.t, s.uncorrectedUpdate / s.update] as const);
  // About 200 log-spaced steps are plenty for the curve (the table and text use all 1000).
  const shown = [...new Set(Array.from({ length: 200 }, (_, k) => Math.round(STEPS ** (k / 199))))].map(
    (t) => ratio[t - 1],
  );
  const peak = ratio.reduce((best, p) => (p[1] > best[1] ? p : best), ratio[0]);
  const at = (t: number) => fmtTrim(ratio[t - 1][1], 2);
  const top = Math.max(2, Math.ceil(peak[1] + 0.5));
  return (
    <>
      <LinePlot
        ariaLabel={`Uncorrected over corrected Adam step for a constant gradient, t from 1 to ${STEPS} on a log scale: ${at(1)} at t = 1, peak ${fmtTrim(peak[1], 2)} at t = ${peak[0]}, ${at(STEPS)} at t = ${STEPS}.`}
        series={[
          { label: 'uncorrected step ÷ corrected step', points: shown, color: 'var(--warning)' },
          {
            label: 'no difference (ratio 1)',
            points: [
              [1, 1],
              [STEPS, 1],
            ],
            color: 'var(--tip)',
            dashed: true,
          },
        ]}
        xDomain={[1, STEPS]}
        xScale="log"
        yDomain={[0, top]}
        xLabel="step t (log scale)"
        yLabel="ratio"
      />
      <p className="worked-note">
        For a constant gradient the ratio is (1 − β₁ᵗ)/√(1 − β₂ᵗ): {at(1)} at t = 1, {fmtTrim(peak[1], 2)} at t ={' '}
        {peak[0]}, still {at(100)} at t = 100 and {at(STEPS)} at t = {STEPS}.
      </p>
    </>
  );
}
