import '../../i18n/figures/loss';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import { linspace } from '../../ml/worked/activations';
import { lossAt, lossNames, losses, type LossName } from '../../ml/worked/losses';
import { RangeControl, SelectControl } from '../shared/controls';
import { LinePlot } from '../shared/LinePlot';
import { fmt } from '../shared/numbers';
import './loss-explorer.css';

export interface LossExplorerProps {
  /** The loss plotted first (default binary cross-entropy). */
  initial?: LossName;
  /** The starting target y in [0, 1] (default 1). */
  initialTarget?: number;
  /** The starting prediction ŷ in [0.01, 0.99] (default 0.1). */
  initialPrediction?: number;
}

const P_MIN = 0.01;
const P_MAX = 0.99;
/** The plot's y range is ±this: cross-entropy's gradient runs to ±100 at the edges, so it is clipped. */
const CLIP: Record<LossName, number> = { mse: 2.2, mae: 2.2, bce: 5 };

/**
 * A loss L(y, ŷ) and its gradient ∂L/∂ŷ plotted against the prediction ŷ for a chosen target,
 * with sliders for y and ŷ and a table comparing all three losses at the current point,
 * including the gradient with respect to the logit z when ŷ = σ(z).
 */
export function LossExplorer({ initial = 'bce', initialTarget = 1, initialPrediction = 0.1 }: LossExplorerProps) {
  const t = useT();
  const [name, setName] = useState<LossName>(initial);
  const [target, setTarget] = useState(initialTarget);
  const [prediction, setPrediction] = useState(initialPrediction);
  const fn = losses[name];
  const here = lossAt(name, target, prediction);
  const grid = linspace(P_MIN, P_MAX, 197);
  const labelOf = (n: LossName) => t(`figures.loss.names.${n}`);
  const label = labelOf(name);

  return (
    <div className="worked loss-explorer" data-figure="loss-explorer">
      <div className="worked-controls">
        <SelectControl
          label={t('figures.loss.loss')}
          value={name}
          options={lossNames.map((n) => ({ value: n, label: labelOf(n) }))}
          onChange={setName}
        />
        <RangeControl
          label={t('figures.loss.target')}
          value={target}
          min={0}
          max={1}
          step={0.05}
          onChange={setTarget}
          format={(v) => fmt(v, 2)}
        />
        <RangeControl
          label={t('figures.loss.prediction')}
          value={prediction}
          min={P_MIN}
          max={P_MAX}
          step={0.01}
          onChange={setPrediction}
          format={(v) => fmt(v, 2)}
        />
      </div>
      <p className="worked-result" aria-live="polite">
        <span className="worked-formula">{fn.formula}</span>;{' '}
        <span className="worked-formula">{name === 'mae' ? t('figures.loss.maeGradient') : fn.gradientFormula}</span>
        <br />
        {fill(t('figures.loss.at', { y: fmt(target, 2), p: fmt(prediction, 2) }), {
          loss: <strong data-value="loss">{fmt(here.loss, 4)}</strong>,
          gradient: <strong data-value="gradient">{fmt(here.gradient, 4)}</strong>,
        })}
      </p>
      <LinePlot
        ariaLabel={t('figures.loss.plotLabel', {
          name: label,
          from: P_MIN,
          to: P_MAX,
          y: fmt(target, 2),
          p: fmt(prediction, 2),
          loss: fmt(here.loss, 4),
          gradient: fmt(here.gradient, 4),
        })}
        xDomain={[0, 1]}
        yDomain={[-CLIP[name], CLIP[name]]}
        xLabel={t('figures.loss.xLabel')}
        guideX={prediction}
        series={[
          {
            label: `L(y, ŷ): ${label}`,
            points: grid.map((p) => [p, fn.loss(target, p)] as const),
            color: 'var(--accent)',
          },
          {
            label: name === 'bce' ? t('figures.loss.clipped', { clip: CLIP.bce }) : '∂L/∂ŷ',
            points: grid.map((p) => [p, fn.gradient(target, p)] as const),
            color: 'var(--warning)',
            dashed: true,
          },
        ]}
        markers={[
          { x: prediction, y: here.loss, color: 'var(--accent)', label: t('figures.loss.lossMarker') },
          { x: prediction, y: here.gradient, color: 'var(--warning)', label: t('figures.loss.gradientMarker') },
        ]}
      />
      <table className="worked-table">
        <caption>{t('figures.loss.caption', { y: fmt(target, 2), p: fmt(prediction, 2) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.loss.loss')}</th>
            <th scope="col" className="num">
              L
            </th>
            <th scope="col" className="num">
              ∂L/∂ŷ
            </th>
            <th scope="col" className="num">
              {t('figures.loss.logitColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lossNames.map((n) => {
            const v = lossAt(n, target, prediction);
            return (
              <tr key={n} className={n === name ? 'loss-explorer-current' : undefined}>
                <th scope="row">{labelOf(n)}</th>
                <td className="num">{fmt(v.loss, 4)}</td>
                <td className="num">{fmt(v.gradient, 4)}</td>
                <td className="num">{fmt(v.logitGradient, 4)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="worked-note">{t('figures.loss.note', { difference: fmt(prediction - target, 4) })}</p>
    </div>
  );
}
