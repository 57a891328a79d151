import { useState } from 'react';
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
          label="Polynomial degree d"
          value={degree}
          min={0}
          max={MAX_DEGREE}
          step={1}
          onChange={setDegree}
          format={(v) => String(v)}
        />
        <SelectControl
          label="Training points"
          value={size}
          options={TRAIN_SIZES.map((n) => ({ value: n, label: n }))}
          onChange={setSize}
        />
        <SelectControl
          label="L2 strength λ"
          value={lambdaText}
          options={LAMBDAS.map((l) => ({ value: l, label: l }))}
          onChange={setLambdaText}
        />
      </div>
      <p className="worked-result" aria-live="polite">
        Degree {degree}: training MSE <strong data-value="overfit-train-mse">{fmt(current.trainMse, 3)}</strong>,
        validation MSE <strong data-value="overfit-validation-mse">{fmt(current.validationMse, 3)}</strong>. Lowest
        validation error: degree <strong data-value="overfit-best-degree">{best.degree}</strong> (validation MSE{' '}
        <span data-value="overfit-best-validation-mse">{fmt(best.validationMse, 3)}</span>, test MSE{' '}
        <span data-value="overfit-best-test-mse">{fmt(best.testMse, 3)}</span>).
      </p>
      <LinePlot
        ariaLabel={`The ${size} training points and ${data.validation.x.length} validation points with the degree-${degree} polynomial fitted to the training points, and the true function sin(πx).`}
        series={[
          {
            label: `degree-${degree} fit`,
            points: grid.map((x) => [x, predict(model, x)] as const),
            color: TRAIN,
          },
          {
            label: 'true function sin(πx)',
            points: grid.map((x) => [x, trueFunction(x)] as const),
            color: 'var(--fg-soft)',
            dashed: true,
          },
        ]}
        markers={[
          ...points(data.validation.x, data.validation.y, VALIDATION, 'validation'),
          ...points(data.train.x, data.train.y, TRAIN, 'training'),
        ]}
        xDomain={[-1, 1]}
        yDomain={FIT_Y}
        xLabel="x"
        yLabel="y"
      />
      <p className="worked-note">
        Blue dots: training points (the fit sees only these). Amber dots: validation points.
      </p>
      <LinePlot
        ariaLabel={`Mean squared error against polynomial degree 0 to ${MAX_DEGREE}: training error ${fmt(rows[0].trainMse, 3)} at degree 0 and ${fmt(rows[MAX_DEGREE].trainMse, 3)} at degree ${MAX_DEGREE}; validation error lowest at degree ${best.degree} (${fmt(best.validationMse, 3)}) and ${fmt(rows[MAX_DEGREE].validationMse, 3)} at degree ${MAX_DEGREE}.`}
        series={[
          { label: 'training MSE', points: rows.map((r) => [r.degree, r.trainMse] as const), color: TRAIN },
          { label: 'validation MSE', points: rows.map((r) => [r.degree, r.validationMse] as const), color: VALIDATION },
          {
            label: `noise variance σ² = ${fmtTrim(noiseFloor, 4)}`,
            points: [
              [0, noiseFloor],
              [MAX_DEGREE, noiseFloor],
            ],
            color: 'var(--fg-soft)',
            dashed: true,
          },
        ]}
        markers={[
          { x: degree, y: current.trainMse, color: TRAIN, label: 'training at degree' },
          { x: degree, y: current.validationMse, color: VALIDATION, label: 'validation at degree' },
        ]}
        guideX={degree}
        xDomain={[0, MAX_DEGREE]}
        yDomain={[0, ERROR_TOP]}
        xLabel="polynomial degree d"
        yLabel="mean squared error"
      />
      <details className="overfitting-curves-table">
        <summary>Errors for every degree</summary>
        <table className="worked-table">
          <caption>
            Errors by degree ({size} training, {data.validation.x.length} validation, {data.test.x.length} test points;
            λ = {lambdaText})
          </caption>
          <thead>
            <tr>
              <th scope="col">degree</th>
              <th scope="col" className="num">
                training MSE
              </th>
              <th scope="col" className="num">
                validation MSE
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
      <p className="worked-note">
        The test set is used once, for the degree validation picked. Errors above {ERROR_TOP} leave the chart; the table
        gives them in full.
      </p>
    </div>
  );
}

/** An error for the table: three decimals while small, scientific notation once it explodes. */
function errorText(x: number): string {
  return x < 1000 ? fmt(x, 3) : x.toExponential(2);
}
