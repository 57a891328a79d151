import '../../i18n/figures/activation';
import '../../i18n/figures/finite-differences';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
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
  const t = useT();
  const [name, setName] = useState<ActivationName>(initial);
  const [x, setX] = useState(initialX);
  const act = activations[name];
  const names: Record<string, string> = t('figures.activation.names', { returnObjects: true });
  const labelOf = (n: ActivationName) => names[n] ?? activations[n].label;
  const label = labelOf(name);
  const sweep = differenceSweep(act.f, act.df, x);
  const points = (error: (r: DifferenceRow) => number) => sweep.rows.map((r) => [r.h, log10Error(error(r))] as const);

  return (
    <div className="worked finite-differences" data-figure="finite-differences">
      <div className="worked-controls">
        <SelectControl
          label={t('figures.finiteDifferences.function')}
          value={name}
          options={choices.map((n) => ({ value: n, label: labelOf(n) }))}
          onChange={setName}
        />
        <RangeControl
          label={t('figures.finiteDifferences.point')}
          value={x}
          min={-4}
          max={4}
          step={0.5}
          onChange={setX}
          format={(v) => fmt(v, 1)}
        />
      </div>
      <p className="worked-result" aria-live="polite">
        {fill(
          t('figures.finiteDifferences.result', {
            name: label,
            x: fmt(x, 1),
            forwardH: stepLabel(sweep.bestForward.exponent),
            centralH: stepLabel(sweep.bestCentral.exponent),
          }),
          {
            exact: <strong data-value="exact">{fmt(sweep.exact, 10)}</strong>,
            forward: <span data-value="best-forward">{errorText(sweep.bestForward.forwardError)}</span>,
            central: <span data-value="best-central">{errorText(sweep.bestCentral.centralError)}</span>,
          },
        )}
      </p>
      <LinePlot
        ariaLabel={t('figures.finiteDifferences.plotLabel', {
          name: label,
          x: fmt(x, 1),
          forwardH: stepLabel(sweep.bestForward.exponent),
          forwardError: errorText(sweep.bestForward.forwardError),
          centralH: stepLabel(sweep.bestCentral.exponent),
          centralError: errorText(sweep.bestCentral.centralError),
        })}
        xDomain={[1e-12, 1e-1]}
        xScale="log"
        yDomain={[-16, 0]}
        xLabel={t('figures.finiteDifferences.step')}
        yLabel={t('figures.finiteDifferences.yLabel')}
        series={[
          {
            label: t('figures.finiteDifferences.forward'),
            points: points((r) => r.forwardError),
            color: 'var(--warning)',
            dashed: true,
          },
          {
            label: t('figures.finiteDifferences.central'),
            points: points((r) => r.centralError),
            color: 'var(--accent)',
          },
        ]}
      />
      <table className="worked-table">
        <caption>{t('figures.finiteDifferences.caption', { name: label, x: fmt(x, 1) })}</caption>
        <thead>
          <tr>
            <th scope="col">h</th>
            <th scope="col" className="num">
              (f(x+h) − f(x)) / h
            </th>
            <th scope="col" className="num">
              {t('figures.finiteDifferences.error')}
            </th>
            <th scope="col" className="num">
              (f(x+h) − f(x−h)) / 2h
            </th>
            <th scope="col" className="num">
              {t('figures.finiteDifferences.error')}
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
      <p className="worked-note">{t('figures.finiteDifferences.note')}</p>
    </div>
  );
}
