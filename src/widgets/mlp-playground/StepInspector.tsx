import type { TFunction } from 'i18next';
import { memo, useId } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
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
function explain(report: StepReport, setup: PlaygroundSetup, t: TFunction): string {
  const delta = report.after - report.before;
  return t(`labUi.mlp.explain.${setup.optimizer}`, {
    rate: report.learningRate,
    gradient: fmt(report.gradient),
    update: fmt(-report.learningRate * report.gradient),
    delta: fmt(delta),
  });
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
  const t = useT();
  const id = useId();
  const weights = allWeights(sizes);
  const current = report && key(report.weight) === key(selected) ? report : undefined;
  return (
    <section className="mlp-step" aria-label={t('labUi.mlp.stepMode')}>
      <h4>{t('labUi.mlp.stepMode')}</h4>
      <p className="mlp-note">
        {t('labUi.mlp.stepHelpBefore')}
        <strong>{t('lab.step')}</strong>
        {t('labUi.mlp.stepHelpAfter')}
      </p>
      <div className="mlp-field">
        <label htmlFor={id}>{t('labUi.mlp.weightToInspect')}</label>
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
              {t('labUi.mlp.stepCaption', { step: current.step, batch: current.batchSize, loss: fmt(current.loss) })}
              {current.penalty > 0 ? t('labUi.mlp.stepPenalty', { penalty: fmt(current.penalty) }) : ''}
            </caption>
            <tbody>
              <tr>
                <th scope="row">{t('labUi.mlp.before', { weight: weightLabel(sizes, current.weight) })}</th>
                <td data-metric="step-weight-before">{fmt(current.before)}</td>
              </tr>
              <tr>
                <th scope="row">{t('labUi.mlp.gradient')}</th>
                <td data-metric="step-gradient">{fmt(current.gradient)}</td>
              </tr>
              <tr>
                <th scope="row">{t('labUi.mlp.rate')}</th>
                <td data-metric="step-learning-rate">{current.learningRate}</td>
              </tr>
              <tr>
                <th scope="row">{t('labUi.mlp.update')}</th>
                <td data-metric="step-update">{fmt(current.after - current.before)}</td>
              </tr>
              <tr>
                <th scope="row">{t('labUi.mlp.after')}</th>
                <td data-metric="step-weight-after">{fmt(current.after)}</td>
              </tr>
            </tbody>
          </table>
          <p className="mlp-note">{explain(current, setup, t)}</p>
        </>
      )}
    </section>
  );
});
