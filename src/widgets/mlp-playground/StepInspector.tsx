import { memo, useId } from 'react';
import { weightLabel, type WeightRef } from '../../ml/playground/layout';
import type { StepReport } from '../../ml/playground/session';
import type { PlaygroundSetup } from '../../ml/playground/setup';

export interface StepInspectorProps {
  sizes: number[];
  selected: WeightRef;
  onSelect(weight: WeightRef): void;
  report?: StepReport;
  setup: PlaygroundSetup;
}

const fmt = (value: number) => (Math.abs(value) >= 1e-3 || value === 0 ? value.toFixed(5) : value.toExponential(3));

/** Every weight of a network with these layer sizes, in order. */
function allWeights(sizes: number[]): WeightRef[] {
  const refs: WeightRef[] = [];
  for (let layer = 0; layer < sizes.length - 1; layer++)
    for (let from = 0; from < sizes[layer]; from++)
      for (let to = 0; to < sizes[layer + 1]; to++) refs.push({ layer, from, to });
  return refs;
}

const key = (ref: WeightRef) => `${ref.layer}:${ref.from}:${ref.to}`;

/** How the optimizer turned the gradient into the update, in words (plain SGD: checked numerically). */
function explain(report: StepReport, setup: PlaygroundSetup): string {
  const delta = report.after - report.before;
  switch (setup.optimizer) {
    case 'sgd':
      return `SGD: Δw = −η·∂L/∂w = −${report.learningRate} × ${fmt(report.gradient)} = ${fmt(-report.learningRate * report.gradient)} (measured ${fmt(delta)}).`;
    case 'momentum':
      return 'Momentum: Δw = −η·v, where the velocity v = 0.9·v + ∂L/∂w remembers earlier gradients, so Δw is not just −η times this gradient.';
    case 'rmsprop':
      return 'RMSprop divides the gradient by the root of a running mean of its squares: the step size is about η whatever the gradient’s scale.';
    case 'adam':
      return 'Adam: Δw = −η·m̂/(√v̂ + ε) with bias-corrected running means of the gradient (m̂) and its square (v̂): each step moves about η, in the direction the recent gradients agree on.';
    case 'adamw':
      return 'AdamW: the Adam step, plus a decay w ← w − η·0.01·w that does not pass through the gradient.';
  }
}

/**
 * Step mode: pick a weight (here or by clicking its line), press Step, and see one batch's
 * gradient for it and what the optimizer did with it.
 */
export const StepInspector = memo(function StepInspector({
  sizes,
  selected,
  onSelect,
  report,
  setup,
}: StepInspectorProps) {
  const id = useId();
  const weights = allWeights(sizes);
  const current = report && key(report.weight) === key(selected) ? report : undefined;
  return (
    <section className="mlp-step" aria-label="Step mode">
      <h4>Step mode</h4>
      <p className="mlp-note">
        Before training or while paused, <strong>Step</strong> trains on one batch and shows what it did to one weight.
        Choose the weight here or click its line in the network.
      </p>
      <div className="mlp-field">
        <label htmlFor={id}>Weight to inspect</label>
        <select
          id={id}
          value={key(selected)}
          onChange={(e) => {
            const chosen = weights.find((w) => key(w) === e.target.value);
            if (chosen) onSelect(chosen);
          }}
        >
          {weights.map((w) => (
            <option key={key(w)} value={key(w)}>
              {weightLabel(sizes, w)}
            </option>
          ))}
        </select>
      </div>
      {current && (
        <>
          <table className="mlp-step-table">
            <caption>
              Step {current.step}: batch of {current.batchSize}, batch loss {fmt(current.loss)}
              {current.penalty > 0 ? ` + penalty ${fmt(current.penalty)}` : ''}
            </caption>
            <tbody>
              <tr>
                <th scope="row">{weightLabel(sizes, current.weight)} before</th>
                <td data-metric="step-weight-before">{fmt(current.before)}</td>
              </tr>
              <tr>
                <th scope="row">gradient ∂L/∂w</th>
                <td data-metric="step-gradient">{fmt(current.gradient)}</td>
              </tr>
              <tr>
                <th scope="row">learning rate η</th>
                <td data-metric="step-learning-rate">{current.learningRate}</td>
              </tr>
              <tr>
                <th scope="row">update Δw</th>
                <td data-metric="step-update">{fmt(current.after - current.before)}</td>
              </tr>
              <tr>
                <th scope="row">after</th>
                <td data-metric="step-weight-after">{fmt(current.after)}</td>
              </tr>
            </tbody>
          </table>
          <p className="mlp-note">{explain(current, setup)}</p>
        </>
      )}
    </section>
  );
});
