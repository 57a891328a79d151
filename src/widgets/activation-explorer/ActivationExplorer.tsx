import { useState } from 'react';
import {
  activationAt,
  activationNames,
  activations,
  sampleActivation,
  type ActivationName,
} from '../../ml/worked/activations';
import { RangeControl, SelectControl } from '../shared/controls';
import { LinePlot } from '../shared/LinePlot';
import { fmt } from '../shared/numbers';
import './activation-explorer.css';

export interface ActivationExplorerProps {
  /** The activation shown first (default sigmoid). */
  initial?: ActivationName;
  /** Which activations the chooser offers (default all). */
  choices?: readonly ActivationName[];
  /** The starting x (default 0). */
  initialX?: number;
  /** The plot spans [−range, range] (default 6). */
  range?: number;
}

/** x values of the value table under the chart. */
const TABLE_X = [-4, -2, -1, 0, 1, 2, 4];

/** y range of the chart, per activation: enough to see f and f′ without squashing them. */
function yDomain(name: ActivationName, range: number): [number, number] {
  if (name === 'sigmoid' || name === 'tanh') return [-1.1, 1.1];
  return [-1.5, Math.min(range, 4)];
}

/**
 * An activation f and its derivative f′ plotted on [−range, range], with a slider for x
 * that reads out f(x) and f′(x), and a table of values at fixed points.
 */
export function ActivationExplorer({
  initial = 'sigmoid',
  choices = activationNames,
  initialX = 0,
  range = 6,
}: ActivationExplorerProps) {
  const [name, setName] = useState<ActivationName>(initial);
  const [x, setX] = useState(initialX);
  const act = activations[name];
  const here = activationAt(name, x);
  const samples = sampleActivation(name, -range, range, 241);

  return (
    <div className="worked activation-explorer" data-figure="activation-explorer">
      <div className="worked-controls">
        <SelectControl
          label="Activation"
          value={name}
          options={choices.map((n) => ({ value: n, label: activations[n].label }))}
          onChange={setName}
        />
        <RangeControl
          label="Input x"
          value={x}
          min={-range}
          max={range}
          step={0.1}
          onChange={setX}
          format={(v) => fmt(v, 1)}
        />
      </div>
      <p className="worked-result" aria-live="polite">
        <span className="worked-formula">{act.formula}</span>
        <br />
        At x = {fmt(x, 1)}: f(x) = <strong data-value="f">{fmt(here.value, 4)}</strong>, f′(x) ={' '}
        <strong data-value="df">{fmt(here.derivative, 4)}</strong>
        <span className="worked-note"> ({act.derivativeFormula})</span>
      </p>
      <LinePlot
        ariaLabel={`${act.label} and its derivative for x from ${-range} to ${range}; at x = ${fmt(x, 1)}, f(x) = ${fmt(here.value, 4)} and f′(x) = ${fmt(here.derivative, 4)}.`}
        xDomain={[-range, range]}
        yDomain={yDomain(name, range)}
        xLabel="x"
        guideX={x}
        series={[
          { label: `f(x) = ${act.label}`, points: samples.map((s) => [s.x, s.value] as const), color: 'var(--accent)' },
          {
            label: 'f′(x), its derivative',
            points: samples.map((s) => [s.x, s.derivative] as const),
            color: 'var(--warning)',
            dashed: true,
          },
        ]}
        markers={[
          { x, y: here.value, color: 'var(--accent)', label: 'f(x)' },
          { x, y: here.derivative, color: 'var(--warning)', label: 'f′(x)' },
        ]}
      />
      <table className="worked-table">
        <caption>{act.label}: values at a few points</caption>
        <thead>
          <tr>
            <th scope="col">x</th>
            {TABLE_X.map((t) => (
              <th key={t} scope="col" className="num">
                {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">f(x)</th>
            {TABLE_X.map((t) => (
              <td key={t} className="num">
                {fmt(act.f(t), 4)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">f′(x)</th>
            {TABLE_X.map((t) => (
              <td key={t} className="num">
                {fmt(act.df(t), 4)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {name === 'sigmoid' && (
        <p className="worked-note">
          The sigmoid’s slope is largest at x = 0, where it is exactly 0.25, and shrinks towards 0 as |x| grows: a
          saturated sigmoid passes almost no gradient back.
        </p>
      )}
      {name === 'relu' && (
        <p className="worked-note">
          ReLU’s slope is 1 for every positive x and 0 for every negative x (at exactly 0 frameworks use 0): active
          units pass the gradient through unchanged, inactive ones pass none.
        </p>
      )}
    </div>
  );
}
