import '../../i18n/figures/clipping';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import { compareClipping, defaultClippingScenario, type ClipStep } from '../../ml/worked/clipping';
import { RangeControl } from '../shared/controls';
import { LinePlot } from '../shared/LinePlot';
import { fmt, fmtTrim } from '../shared/numbers';
import { BLUE, GREEN, NEUTRAL, ORANGE } from '../shared/palette';
import '../shared/worked.css';
import './gradient-clipping.css';

export interface GradientClippingProps {
  /** Starting spike: how many times too large the gradient of the bad step is (default 40). */
  spikeFactor?: number;
  /** Starting clipping threshold c (default 5). */
  maxNorm?: number;
}

/** Series colours from src/widgets/shared/palette.ts (colour-blind safe). */
const PLAIN = ORANGE;
const CLIPPED = BLUE;

/** The extent of some values, padded by 8 % on each side. */
function padded(values: readonly number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.08 || 1;
  return [lo - pad, hi + pad];
}

/** ½(a₁θ₁² + a₂θ₂²) with the curvatures filled in (a coefficient of 1 left out). */
function bowl([a1, a2]: readonly [number, number]): string {
  const c = (a: number) => (a === 1 ? '' : fmtTrim(a, 3));
  return `½(${c(a1)}θ₁² + ${c(a2)}θ₂²)`;
}

/** Rows of the table: the step before the spike, the spike, and the two after it. */
function around(run: readonly ClipStep[], spike: number): ClipStep[] {
  return run.filter((s) => s.step >= spike - 1 && s.step <= spike + 2);
}

/**
 * Gradient descent on a two-parameter bowl L(θ) = ½(a₁θ₁² + a₂θ₂²) where one step's gradient is a spike, run without and
 * with clipping by global norm: the norm of the gradient each run used at every step, the path of
 * θ in the plane, and a table of the steps around the spike with the clipping factor
 * min(1, c/‖g‖). Every value comes from src/ml/worked/clipping.
 */
export function GradientClipping({
  spikeFactor: initialSpike = defaultClippingScenario.spikeFactor,
  maxNorm: initialMaxNorm = defaultClippingScenario.maxNorm,
}: GradientClippingProps) {
  const t = useT();
  const [spikeFactor, setSpikeFactor] = useState(initialSpike);
  const [maxNorm, setMaxNorm] = useState(initialMaxNorm);
  const scenario = { ...defaultClippingScenario, spikeFactor, maxNorm };
  const { plain, clipped, startLoss, clippedSteps } = compareClipping(scenario);
  const { spikeStep, steps, start } = scenario;
  const last = (run: readonly ClipStep[]) => run[run.length - 1];
  const normTop = Math.max(...plain.map((s) => s.norm), ...clipped.map((s) => s.norm), maxNorm) * 1.05;
  const path = (run: readonly ClipStep[]) =>
    [[start[0], start[1]] as const, ...run.map((s) => [s.thetaAfter[0], s.thetaAfter[1]] as const)] as const;
  const allTheta = [...path(plain), ...path(clipped)];
  const spikePlain = plain[spikeStep - 1];
  const spikeClipped = clipped[spikeStep - 1];

  return (
    <div className="worked gradient-clipping" data-figure="gradient-clipping">
      <div className="worked-controls">
        <RangeControl
          label={t('figures.clipping.spike', { step: spikeStep })}
          value={spikeFactor}
          min={1}
          max={100}
          step={1}
          onChange={setSpikeFactor}
          format={(v) => String(v)}
        />
        <RangeControl
          label={t('figures.clipping.threshold')}
          value={maxNorm}
          min={0.5}
          max={20}
          step={0.5}
          onChange={setMaxNorm}
          format={(v) => fmtTrim(v, 1)}
        />
      </div>
      <p className="worked-result" aria-live="polite">
        {fill(
          t('figures.clipping.result', { count: clippedSteps.length, spikeStep, steps, startLoss: fmt(startLoss, 2) }),
          {
            norm: <strong data-value="clip-spike-norm">{fmt(spikeClipped.norm, 2)}</strong>,
            scale: <strong data-value="clip-spike-scale">{fmt(spikeClipped.scale, 4)}</strong>,
            plain: <strong data-value="clip-final-loss-plain">{fmt(last(plain).lossAfter, 4)}</strong>,
            clipped: <strong data-value="clip-final-loss-clipped">{fmt(last(clipped).lossAfter, 4)}</strong>,
            spikePlain: <span data-value="clip-spike-loss-plain">{fmt(spikePlain.lossAfter, 2)}</span>,
            spikeClipped: <span data-value="clip-spike-loss-clipped">{fmt(spikeClipped.lossAfter, 2)}</span>,
            active: (
              <span data-value="clip-active-steps">
                {clippedSteps.length ? clippedSteps.join(', ') : t('figures.clipping.none')}
              </span>
            ),
          },
        )}
      </p>
      <LinePlot
        ariaLabel={t('figures.clipping.normLabel', {
          steps,
          norm: fmt(spikePlain.norm, 2),
          spikeStep,
          c: fmtTrim(maxNorm, 1),
        })}
        series={[
          {
            label: t('figures.clipping.plainNorm'),
            points: plain.map((s) => [s.step, s.appliedNorm] as const),
            color: PLAIN,
          },
          {
            label: t('figures.clipping.clippedNorm'),
            points: clipped.map((s) => [s.step, s.appliedNorm] as const),
            color: CLIPPED,
            dash: '2 3',
          },
          {
            label: t('figures.clipping.thresholdLine', { c: fmtTrim(maxNorm, 1) }),
            points: [
              [1, maxNorm],
              [steps, maxNorm],
            ],
            color: NEUTRAL,
            dashed: true,
          },
        ]}
        xDomain={[1, steps]}
        yDomain={[0, normTop]}
        xLabel={t('figures.clipping.step')}
        yLabel={t('figures.clipping.gradientNorm')}
        guideX={spikeStep}
      />
      <LinePlot
        ariaLabel={t('figures.clipping.pathLabel', {
          x: start[0],
          y: start[1],
          spikeStep,
          px: fmt(spikePlain.thetaAfter[0], 2),
          py: fmt(spikePlain.thetaAfter[1], 2),
          cx: fmt(spikeClipped.thetaAfter[0], 2),
          cy: fmt(spikeClipped.thetaAfter[1], 2),
        })}
        series={[
          { label: t('figures.clipping.pathPlain'), points: path(plain), color: PLAIN },
          { label: t('figures.clipping.pathClipped'), points: path(clipped), color: CLIPPED, dash: '2 3' },
        ]}
        markers={[
          { x: start[0], y: start[1], color: NEUTRAL, label: t('figures.clipping.start') },
          { x: 0, y: 0, color: GREEN, label: t('figures.clipping.minimum') },
        ]}
        xDomain={padded(allTheta.map((p) => p[0]))}
        yDomain={padded(allTheta.map((p) => p[1]))}
        xLabel="θ₁"
        yLabel="θ₂"
      />
      <p className="worked-note">{t('figures.clipping.dots')}</p>
      <table className="worked-table">
        <caption>
          {t('figures.clipping.caption', {
            bowl: bowl(scenario.curvature),
            eta: fmtTrim(scenario.learningRate, 3),
            c: fmtTrim(maxNorm, 1),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.clipping.run')}</th>
            <th scope="col" className="num">
              {t('figures.clipping.step')}
            </th>
            <th scope="col" className="num">
              g = (g₁, g₂)
            </th>
            <th scope="col" className="num">
              ‖g‖
            </th>
            <th scope="col" className="num">
              min(1, c/‖g‖)
            </th>
            <th scope="col" className="num">
              {t('figures.clipping.used')}
            </th>
            <th scope="col" className="num">
              {t('figures.clipping.lossAfter')}
            </th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              [t('figures.clipping.without'), around(plain, spikeStep)],
              [t('figures.clipping.with'), around(clipped, spikeStep)],
            ] as const
          ).flatMap(([name, rows]) =>
            rows.map((s) => (
              <tr key={`${name}-${s.step}`} className={s.spiked ? 'gradient-clipping-spike' : undefined}>
                <th scope="row">{name}</th>
                <td className="num">{s.step}</td>
                <td className="num">
                  ({fmt(s.gradient[0], 3)}, {fmt(s.gradient[1], 3)})
                </td>
                <td className="num">{fmt(s.norm, 3)}</td>
                <td className="num">{fmt(s.scale, 4)}</td>
                <td className="num">
                  ({fmt(s.applied[0], 3)}, {fmt(s.applied[1], 3)})
                </td>
                <td className="num">{fmt(s.lossAfter, 3)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
