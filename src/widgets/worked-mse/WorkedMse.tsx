import '../../i18n/figures/mse';
import { useState } from 'react';
import { useT } from '../../i18n';
import { errorSummary, seedMseExample } from '../../ml/worked/mse';
import { NumberField } from '../shared/controls';
import { decimalsOf, fmt } from '../shared/numbers';
import './worked-mse.css';
import { log10 } from '../../ml/worked/det-math';

export interface WorkedMseProps {
  /** True values y (default: the ten samples y = 2…11). */
  targets?: readonly number[];
  /** Predictions ŷ, one per target (default: 1.5, 2.8, …, 10.2). */
  predictions?: readonly number[];
  /** Let the reader edit the predictions (default true). */
  editable?: boolean;
}

/**
 * MSE and MAE of a set of predictions, computed live: a table with every error, absolute
 * error and squared error, their sums, and the means. Defaults to seed 002's example, whose
 * squared errors sum to 6.64 (MSE 0.664).
 */
export function WorkedMse({
  targets = seedMseExample.targets,
  predictions: initialPredictions = seedMseExample.predictions,
  editable = true,
}: WorkedMseProps) {
  const t = useT();
  const [predictions, setPredictions] = useState<readonly number[]>(initialPredictions);
  const [version, setVersion] = useState(0);
  const s = errorSummary(targets, predictions);
  // As many decimals as the data need: one-decimal inputs give two-decimal squares.
  const errDec = Math.max(...targets.map((v) => decimalsOf(v, 3)), ...predictions.map((v) => decimalsOf(v, 3)));
  const sqDec = Math.min(2 * errDec, 4);
  const meanDec = Math.min(Math.max(sqDec, errDec) + Math.ceil(log10(s.count)), 6);
  const edited = predictions.some((p, i) => p !== initialPredictions[i]);

  return (
    <div className="worked worked-mse" data-figure="worked-mse">
      <table className="worked-table">
        <caption>{t('figures.mse.caption', { count: s.count })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.mse.sample')}</th>
            <th scope="col" className="num">
              {t('figures.mse.true')}
            </th>
            <th scope="col" className="num">
              {t('figures.mse.predicted')}
            </th>
            <th scope="col" className="num">
              yᵢ − ŷᵢ
            </th>
            <th scope="col" className="num">
              |yᵢ − ŷᵢ|
            </th>
            <th scope="col" className="num">
              (yᵢ − ŷᵢ)²
            </th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r) => (
            <tr key={r.index}>
              <th scope="row">{r.index}</th>
              <td className="num">{fmt(r.target, errDec)}</td>
              <td className="num">
                {editable ? (
                  <NumberField
                    key={`${version}-${r.index}`}
                    label={t('figures.mse.prediction', { index: r.index })}
                    value={r.prediction}
                    onChange={(v) => setPredictions(predictions.map((p, i) => (i === r.index - 1 ? v : p)))}
                  />
                ) : (
                  fmt(r.prediction, errDec)
                )}
              </td>
              <td className="num">{fmt(r.error, errDec)}</td>
              <td className="num">{fmt(r.absoluteError, errDec)}</td>
              <td className="num">{fmt(r.squaredError, sqDec)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('figures.mse.sum')}
            </th>
            <td className="num" data-value="sum-absolute-error">
              {fmt(s.sumAbsoluteError, errDec)}
            </td>
            <td className="num" data-value="sum-squared-error">
              {fmt(s.sumSquaredError, sqDec)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={4}>
              {t('figures.mse.mean', { count: s.count })}
            </th>
            <td className="num" data-value="mae">
              MAE {fmt(s.mae, meanDec)}
            </td>
            <td className="num" data-value="mse">
              MSE {fmt(s.mse, meanDec)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="worked-result" aria-live="polite">
        MSE = {fmt(s.sumSquaredError, sqDec)} / {s.count} = <strong>{fmt(s.mse, meanDec)}</strong>; MAE ={' '}
        {fmt(s.sumAbsoluteError, errDec)} / {s.count} = <strong>{fmt(s.mae, meanDec)}</strong>; RMSE = √MSE ≈{' '}
        {fmt(s.rmse, 4)}
      </p>
      {editable && (
        <p className="worked-note">
          {t('figures.mse.note')}{' '}
          <button
            type="button"
            disabled={!edited}
            onClick={() => {
              setPredictions(initialPredictions);
              setVersion(version + 1);
            }}
          >
            {t('lab.reset')}
          </button>
        </p>
      )}
    </div>
  );
}
