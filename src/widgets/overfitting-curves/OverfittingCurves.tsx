import '../../i18n/figures/overfitting';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import {
  bestByValidation,
  defaultDataConfig,
  degreeSweep,
  fitPolynomial,
  makeOverfittingData,
  predict,
  trueFunction,
} from '../../ml/worked/polyfit';
import type { PlotMarker } from '../shared/LinePlot';
import { RangeControl, SelectControl } from '../shared/controls';
import { LinePlot } from '../shared/LinePlot';
import { fmt, fmtTrim } from '../shared/numbers';
import '../shared/worked.css';
import './overfitting-curves.css';

/** The highest degree offered: with the smallest training set (13 points) degree 12 interpolates. */
const MAX_DEGREE = 12;
const TRAIN_SIZES = ['13', '30', '100'] as const;
const LAMBDAS = ['0', '0.0001', '0.001', '0.01', '0.1'] as const;
/** The error chart's height: degree 0 sits below it, exploding validation errors leave through the top. */
const ERROR_TOP = 0.8;
const FIT_Y: readonly [number, number] = [-2, 2];

export interface OverfittingCurvesProps {
  /** Starting polynomial degree (default 3). */
  degree?: number;
  /** Starting number of training points: 13, 30 or 100 (default 13). */
  trainSize?: 13 | 30 | 100;
  /** Starting L2 strength λ (default 0). */
  lambda?: 0 | 0.0001 | 0.001 | 0.01 | 0.1;
}

const TRAIN = 'var(--accent)';
const VALIDATION = 'var(--warning)';

/**
 * Polynomials of degree 0…12 fitted by least squares to a small seeded noisy sample of
 * sin(πx): the fit of the chosen degree over the data, and training against validation error
 * for every degree, with the degree that validation picks and its test error. Controls: degree,
 * training-set size and an L2 penalty. Every value comes from src/ml/worked/polyfit.
 */
export function OverfittingCurves({ degree: initialDegree = 3, trainSize = 13, lambda = 0 }: OverfittingCurvesProps) {
  const t = useT();
  const [degree, setDegree] = useState(initialDegree);
  const [size, setSize] = useState<(typeof TRAIN_SIZES)[number]>(String(trainSize) as (typeof TRAIN_SIZES)[number]);
  const [lambdaText, setLambdaText] = useState<(typeof LAMBDAS)[number]>(String(lambda) as (typeof LAMBDAS)[number]);
  const lam = Number(lambdaText);
  const data = makeOverfittingData({ ...defaultDataConfig, trainSize: Number(size) });
  const rows = degreeSweep(data, MAX_DEGREE, lam);
  const best = bestByValidation(rows);
  const current = rows[degree];
  const model = fitPolynomial(data.train, degree, lam);
  const grid = Array.from({ length: 241 }, (_, i) => -1 + i / 120);
  const noiseFloor = defaultDataConfig.noise ** 2;
  const points = (xs: readonly number[], ys: readonly number[], color: string, name: string): PlotMarker[] =>
    xs.map((x, i) => ({ x, y: ys[i], color, label: `${name} ${i + 1}` }));

  return (
    <div className="worked overfitting-curves" data-figure="overfitting-curves">
      <div className="worked-controls">
        <RangeControl
          label={t('figures.overfitting.degree')}
          value={degree}
          min={0}
          max={MAX_DEGREE}
          step={1}
          onChange={setDegree}
          format={(v) => String(v)}
        />
        <SelectControl
          label={t('figures.overfitting.trainingPoints')}
          value={size}
          options={TRAIN_SIZES.map((n) => ({ value: n, label: n }))}
          onChange={setSize}
        />
        <SelectControl
          label={t('figures.overfitting.lambda')}
          value={lambdaText}
          options={LAMBDAS.map((l) => ({ value: l, label: l }))}
          onChange={setLambdaText}
        />
      </div>
      <p className="worked-result" aria-live="polite">
        {fill(t('figures.overfitting.result', { degree }), {
          train: <strong data-value="overfit-train-mse">{fmt(current.trainMse, 3)}</strong>,
          validation: <strong data-value="overfit-validation-mse">{fmt(current.validationMse, 3)}</strong>,
          best: <strong data-value="overfit-best-degree">{best.degree}</strong>,
          bestValidation: <span data-value="overfit-best-validation-mse">{fmt(best.validationMse, 3)}</span>,
          bestTest: <span data-value="overfit-best-test-mse">{fmt(best.testMse, 3)}</span>,
        })}
      </p>
      <LinePlot
        ariaLabel={t('figures.overfitting.fitLabel', { size, validation: data.validation.x.length, degree })}
        series={[
          {
            label: t('figures.overfitting.fit', { degree }),
            points: grid.map((x) => [x, predict(model, x)] as const),
            color: TRAIN,
          },
          {
            label: t('figures.overfitting.trueFunction'),
            points: grid.map((x) => [x, trueFunction(x)] as const),
            color: 'var(--fg-soft)',
            dashed: true,
          },
        ]}
        markers={[
          ...points(data.validation.x, data.validation.y, VALIDATION, t('figures.overfitting.validationPoint')),
          ...points(data.train.x, data.train.y, TRAIN, t('figures.overfitting.trainingPoint')),
        ]}
        xDomain={[-1, 1]}
        yDomain={FIT_Y}
        xLabel="x"
        yLabel="y"
      />
      <p className="worked-note">{t('figures.overfitting.dots')}</p>
      <LinePlot
        ariaLabel={t('figures.overfitting.errorLabel', {
          max: MAX_DEGREE,
          first: fmt(rows[0].trainMse, 3),
          last: fmt(rows[MAX_DEGREE].trainMse, 3),
          best: best.degree,
          bestValidation: fmt(best.validationMse, 3),
          lastValidation: fmt(rows[MAX_DEGREE].validationMse, 3),
        })}
        series={[
          {
            label: t('figures.overfitting.trainingMse'),
            points: rows.map((r) => [r.degree, r.trainMse] as const),
            color: TRAIN,
          },
          {
            label: t('figures.overfitting.validationMse'),
            points: rows.map((r) => [r.degree, r.validationMse] as const),
            color: VALIDATION,
          },
          {
            label: t('figures.overfitting.noise', { noise: fmtTrim(noiseFloor, 4) }),
            points: [
              [0, noiseFloor],
              [MAX_DEGREE, noiseFloor],
            ],
            color: 'var(--fg-soft)',
            dashed: true,
          },
        ]}
        markers={[
          { x: degree, y: current.trainMse, color: TRAIN, label: t('figures.overfitting.trainingAt') },
          { x: degree, y: current.validationMse, color: VALIDATION, label: t('figures.overfitting.validationAt') },
        ]}
        guideX={degree}
        xDomain={[0, MAX_DEGREE]}
        yDomain={[0, ERROR_TOP]}
        xLabel={t('figures.overfitting.xLabel')}
        yLabel={t('figures.overfitting.yLabel')}
      />
      <details className="overfitting-curves-table">
        <summary>{t('figures.overfitting.every')}</summary>
        <table className="worked-table">
          <caption>
            {t('figures.overfitting.caption', {
              size,
              validation: data.validation.x.length,
              test: data.test.x.length,
              lambda: lambdaText,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.overfitting.degreeColumn')}</th>
              <th scope="col" className="num">
                {t('figures.overfitting.trainingMse')}
              </th>
              <th scope="col" className="num">
                {t('figures.overfitting.validationMse')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.degree} className={r.degree === best.degree ? 'overfit-best' : undefined}>
                <th scope="row">{r.degree}</th>
                <td className="num" data-value={`overfit-train-${r.degree}`}>
                  {errorText(r.trainMse)}
                </td>
                <td className="num" data-value={`overfit-validation-${r.degree}`}>
                  {errorText(r.validationMse)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="worked-note">{t('figures.overfitting.note', { top: ERROR_TOP })}</p>
    </div>
  );
}

/** An error for the table: three decimals while small, scientific notation once it explodes. */
function errorText(x: number): string {
  return x < 1000 ? fmt(x, 3) : x.toExponential(2);
}
