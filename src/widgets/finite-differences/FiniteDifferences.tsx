import { useState } from 'react';
import { activations, type ActivationName } from '../../ml/worked/activations';
import { differenceSweep, type DifferenceRow } from '../../ml/worked/finite-differences';
import { RangeControl, SelectControl } from '../shared/controls';
import { LinePlot } from '../shared/LinePlot';
import { fmt } from '../shared/numbers';
import './finite-differences.css';
import { log10 } from '../../ml/worked/det-math';

export interface FiniteDifferencesProps {
  /** The function differentiated first (default sigmoid). */
  initial?: ActivationName;
  /** Which functions the chooser offers (default sigmoid, tanh, GELU). */
  choices?: readonly ActivationName[];
  /** The point x (default 1). */
  initialX?: number;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 5 → "10⁻⁵". */
export const stepLabel = (exponent: number) => `10⁻${String(exponent).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)])}`;

/** An absolute error printed compactly: "0" or "3.1e-11". */
export function errorText(value: number): string {
  return value === 0 ? '0' : value.toExponential(1);
}

/** log₁₀ of an error for the plot; an exact 0 has no logarithm and breaks the line. */
const log10Error = (e: number) => (e === 0 ? Number.NaN : log10(e));

/**
 * Forward and central finite differences of an activation at x, for steps h = 10⁻¹ … 10⁻¹²,
 * against the exact derivative: a log-log plot of the error and a table. Shows why gradient
 * checks use central differences with h near 10⁻⁵: too large a step gives truncation error,
 * too small a step gives round-off error.
 */
export function FiniteDifferences({
  initial = 'sigmoid',
  choices = ['sigmoid', 'tanh', 'gelu'],
  initialX = 1,
}: FiniteDifferencesProps) {
  const [name, setName] = useState<ActivationName>(initial);
  const [x, setX] = useState(initialX);
  const act = activations[name];
  const sweep = differenceSweep(act.f, act.df, x);
  const points = (error: (r: DifferenceRow) => number) => sweep.rows.map((r) => [r.h, log10Error(error(r))] as const);

  return (
    <div className="worked finite-differences" data-figure="finite-differences">
      <div className="worked-controls">
        <SelectControl
          label="Function"
          value={name}
          options={choices.map((n) => ({ value: n, label: activations[n].label }))}
          onChange={setName}
        />
        <RangeControl label="Point x" value={x} min={-4} max={4} step={0.5} onChange={setX} format={(v) => fmt(v, 1)} />
      </div>
      <p className="worked-result" aria-live="polite">
        Exact derivative {act.label}′({fmt(x, 1)}) = <strong data-value="exact">{fmt(sweep.exact, 10)}</strong>.
        Smallest error: forward difference{' '}
        <span data-value="best-forward">{errorText(sweep.bestForward.forwardError)}</span> at h ={' '}
        {stepLabel(sweep.bestForward.exponent)}; central difference{' '}
        <span data-value="best-central">{errorText(sweep.bestCentral.centralError)}</span> at h ={' '}
        {stepLabel(sweep.bestCentral.exponent)}.
      </p>
      <LinePlot
        ariaLabel={`Error of the forward and central differences of ${act.label} at x = ${fmt(x, 1)} against the step h, both on log scales. The forward difference is best at h = ${stepLabel(sweep.bestForward.exponent)} (error ${errorText(sweep.bestForward.forwardError)}), the central difference at h = ${stepLabel(sweep.bestCentral.exponent)} (error ${errorText(sweep.bestCentral.centralError)}).`}
        xDomain={[1e-12, 1e-1]}
        xScale="log"
        yDomain={[-16, 0]}
        xLabel="step h"
        yLabel="log₁₀ |error|"
        series={[
          { label: 'forward difference', points: points((r) => r.forwardError), color: 'var(--warning)', dashed: true },
          { label: 'central difference', points: points((r) => r.centralError), color: 'var(--accent)' },
        ]}
      />
      <table className="worked-table">
        <caption>
          Estimates of {act.label}′({fmt(x, 1)}) for shrinking steps h
        </caption>
        <thead>
          <tr>
            <th scope="col">h</th>
            <th scope="col" className="num">
              (f(x+h) − f(x)) / h
            </th>
            <th scope="col" className="num">
              error
            </th>
            <th scope="col" className="num">
              (f(x+h) − f(x−h)) / 2h
            </th>
            <th scope="col" className="num">
              error
            </th>
          </tr>
        </thead>
        <tbody>
          {sweep.rows.map((r) => (
            <tr key={r.exponent}>
              <th scope="row">{stepLabel(r.exponent)}</th>
              <td className="num">{fmt(r.forward, 10)}</td>
              <td className={r === sweep.bestForward ? 'num finite-differences-best' : 'num'}>
                {errorText(r.forwardError)}
              </td>
              <td className="num">{fmt(r.central, 10)}</td>
              <td className={r === sweep.bestCentral ? 'num finite-differences-best' : 'num'}>
                {errorText(r.centralError)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="worked-note">
        Large steps err because the function curves (the forward difference’s error shrinks like h, the central one’s
        like h²); tiny steps err because f(x + h) and f(x − h) agree in almost all their digits and the subtraction
        cancels them (round-off grows like 10⁻¹⁶/h). The central difference reaches a far smaller error, at a moderate
        h.
      </p>
    </div>
  );
}
