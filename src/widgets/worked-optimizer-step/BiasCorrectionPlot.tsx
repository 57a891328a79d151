import '../../i18n/figures/optimizer';
import { useT } from '../../i18n';
import { adamConstantGradientRun, type AdamConfig } from '../../ml/worked/adam';
import { LinePlot } from '../shared/LinePlot';
import { fmtTrim } from '../shared/numbers';
import { NEUTRAL, ORANGE } from '../shared/palette';

const STEPS = 1000;

/**
 * The uncorrected Adam step divided by the corrected one, t = 1…1000, for a constant
 * gradient: (1 − β₁ᵗ)/√(1 − β₂ᵗ), far from 1 early in training.
 */
export function BiasCorrectionPlot({ config }: { config: AdamConfig }) {
  const t = useT();
  const run = adamConstantGradientRun(0, 1, STEPS, config);
  const ratio = run.map((s) => [s.t, s.uncorrectedUpdate / s.update] as const);
  // About 200 log-spaced steps are plenty for the curve (the table and text use all 1000).
  const shown = [...new Set(Array.from({ length: 200 }, (_, k) => Math.round(STEPS ** (k / 199))))].map(
    (step) => ratio[step - 1],
  );
  const peak = ratio.reduce((best, p) => (p[1] > best[1] ? p : best), ratio[0]);
  const at = (step: number) => fmtTrim(ratio[step - 1][1], 2);
  const top = Math.max(2, Math.ceil(peak[1] + 0.5));
  return (
    <>
      <LinePlot
        ariaLabel={t('figures.optimizer.biasLabel', {
          steps: STEPS,
          first: at(1),
          peak: fmtTrim(peak[1], 2),
          peakStep: peak[0],
          last: at(STEPS),
        })}
        series={[
          { label: t('figures.optimizer.ratioSeries'), points: shown, color: ORANGE },
          {
            label: t('figures.optimizer.noDifference'),
            points: [
              [1, 1],
              [STEPS, 1],
            ],
            color: NEUTRAL,
            dashed: true,
          },
        ]}
        xDomain={[1, STEPS]}
        xScale="log"
        yDomain={[0, top]}
        xLabel={t('figures.optimizer.xLabel')}
        yLabel={t('figures.optimizer.yLabel')}
      />
      <p className="worked-note">
        {t('figures.optimizer.biasNote', {
          first: at(1),
          peak: fmtTrim(peak[1], 2),
          peakStep: peak[0],
          at100: at(100),
          last: at(STEPS),
          steps: STEPS,
        })}
      </p>
    </>
  );
}
