import { useState } from 'react';
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
  const [name, setName] = useState<LossName>(initial);
  const [target, setTarget] = useState(initialTarget);
  const [prediction, setPrediction] = useState(initialPrediction);
  const fn = losses[name];
  const here = lossAt(name, target, prediction);
  const grid = linspace(P_MIN, P_MAX, 197);

  return (
    <div className="worked loss-explorer" data-figure="loss-explorer">
      <div className="worked-controls">
        <SelectControl
          label="Loss"
          value={name}
          options={lossNames.map((n) => ({ value: n, label: losses[n].label }))}
          onChange={setName}
        />
        <RangeControl
          label="Target y"
          value={target}
          min={0}
          max={1}
          step={0.05}
          onChange={setTarget}
          format={(v) => fmt(v, 2)}
        />
        <RangeControl
          label="Prediction ŷ"
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
        <span className="worked-formula">{fn.gradientFormula}</span>
        <br />
        At y = {fmt(target, 2)}, ŷ = {fmt(prediction, 2)}: L = <strong data-value="loss">{fmt(here.loss, 4)}</strong>,
        ∂L/∂ŷ = <strong data-value="gradient">{fmt(here.gradient, 4)}</strong>
      </p>
      <LinePlot
        ariaLabel={`${fn.label} and its gradient against the prediction ŷ from ${P_MIN} to ${P_MAX}, for target y = ${fmt(target, 2)}; at ŷ = ${fmt(prediction, 2)} the loss is ${fmt(here.loss, 4)} and the gradient ${fmt(here.gradient, 4)}.`}
        xDomain={[0, 1]}
        yDomain={[-CLIP[name], CLIP[name]]}
        xLabel="prediction ŷ"
        guideX={prediction}
        series={[
          {
            label: `L(y, ŷ): ${fn.label}`,
            points: grid.map((p) => [p, fn.loss(target, p)] as const),
            color: 'var(--accent)',
          },
          {
            label: name === 'bce' ? `∂L/∂ŷ (clipped at ±${CLIP.bce})` : '∂L/∂ŷ',
            points: grid.map((p) => [p, fn.gradient(target, p)] as const),
            color: 'var(--warning)',
            dashed: true,
          },
        ]}
        markers={[
          { x: prediction, y: here.loss, color: 'var(--accent)', label: 'loss' },
          { x: prediction, y: here.gradient, color: 'var(--warning)', label: 'gradient' },
        ]}
      />
      <table className="worked-table">
        <caption>
          All three losses at y = {fmt(target, 2)}, ŷ = {fmt(prediction, 2)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Loss</th>
            <th scope="col" className="num">
              L
            </th>
            <th scope="col" className="num">
              ∂L/∂ŷ
            </th>
            <th scope="col" className="num">
              ∂L/∂z if ŷ = σ(z)
            </th>
          </tr>
        </thead>
        <tbody>
          {lossNames.map((n) => {
            const v = lossAt(n, target, prediction);
            return (
              <tr key={n} className={n === name ? 'loss-explorer-current' : undefined}>
                <th scope="row">{losses[n].label}</th>
                <td className="num">{fmt(v.loss, 4)}</td>
                <td className="num">{fmt(v.gradient, 4)}</td>
                <td className="num">{fmt(v.logitGradient, 4)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="worked-note">
        Through a sigmoid, ∂L/∂z = ∂L/∂ŷ · ŷ(1 − ŷ). For cross-entropy the factors cancel to ŷ − y (here{' '}
        {fmt(prediction - target, 4)}), so a confident wrong prediction still gets a strong push; the squared error’s
        push shrinks with ŷ(1 − ŷ) exactly when the prediction is most wrong.
      </p>
    </div>
  );
}
