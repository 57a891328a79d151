import '../../i18n/figures/activation';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import {
  activationAt,
  activationNames,
  activations,
  LEAKY_RELU_SLOPE,
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
  const t = useT();
  const [name, setName] = useState<ActivationName>(initial);
  const [x, setX] = useState(initialX);
  const act = activations[name];
  const names: Record<string, string> = t('figures.activation.names', { returnObjects: true });
  const labelOf = (n: ActivationName) => names[n] ?? activations[n].label;
  const label = labelOf(name);
  const slope = { slope: LEAKY_RELU_SLOPE };
  const formula = name === 'leakyRelu' ? t('figures.activation.formulas.leakyRelu', slope) : act.formula;
  const derivativeFormula =
    name === 'relu'
      ? t('figures.activation.formulas.reluDerivative')
      : name === 'leakyRelu'
        ? t('figures.activation.formulas.leakyReluDerivative', slope)
        : name === 'gelu'
          ? t('figures.activation.formulas.geluDerivative')
          : act.derivativeFormula;
  const here = activationAt(name, x);
  const samples = sampleActivation(name, -range, range, 241);

  return (
    <div className="worked activation-explorer" data-figure="activation-explorer">
      <div className="worked-controls">
        <SelectControl
          label={t('figures.activation.activation')}
          value={name}
          options={choices.map((n) => ({ value: n, label: labelOf(n) }))}
          onChange={setName}
        />
        <RangeControl
          label={t('figures.activation.input')}
          value={x}
          min={-range}
          max={range}
          step={0.1}
          onChange={setX}
          format={(v) => fmt(v, 1)}
        />
      </div>
      <p className="worked-result" aria-live="polite">
        <span className="worked-formula">{formula}</span>
        <br />
        {fill(t('figures.activation.at', { x: fmt(x, 1) }), {
          f: <strong data-value="f">{fmt(here.value, 4)}</strong>,
          df: <strong data-value="df">{fmt(here.derivative, 4)}</strong>,
        })}
        <span className="worked-note"> ({derivativeFormula})</span>
      </p>
      <LinePlot
        ariaLabel={t('figures.activation.plotLabel', {
          name: label,
          from: -range,
          to: range,
          x: fmt(x, 1),
          f: fmt(here.value, 4),
          df: fmt(here.derivative, 4),
        })}
        xDomain={[-range, range]}
        yDomain={yDomain(name, range)}
        xLabel="x"
        guideX={x}
        series={[
          { label: `f(x) = ${label}`, points: samples.map((s) => [s.x, s.value] as const), color: 'var(--accent)' },
          {
            label: t('figures.activation.derivative'),
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
        <caption>{t('figures.activation.caption', { name: label })}</caption>
        <thead>
          <tr>
            <th scope="col">x</th>
            {TABLE_X.map((v) => (
              <th key={v} scope="col" className="num">
                {v}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">f(x)</th>
            {TABLE_X.map((v) => (
              <td key={v} className="num">
                {fmt(act.f(v), 4)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">f′(x)</th>
            {TABLE_X.map((v) => (
              <td key={v} className="num">
                {fmt(act.df(v), 4)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {name === 'sigmoid' && <p className="worked-note">{t('figures.activation.sigmoidNote')}</p>}
      {name === 'relu' && <p className="worked-note">{t('figures.activation.reluNote')}</p>}
    </div>
  );
}
