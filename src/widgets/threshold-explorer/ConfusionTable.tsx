import '../../i18n/figures/threshold';
import { useT } from '../../i18n';

/** A 2 × 2 confusion matrix: rows are the true classes, columns the predictions. */
export function ConfusionTable({ tp, fp, tn, fn }: { tp: number; fp: number; tn: number; fn: number }) {
  const t = useT();
  return (
    <table className="worked-table confusion-table">
      <caption>{t('figures.threshold.confusion')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('figures.threshold.predictedPositive')}</th>
          <th scope="col">{t('figures.threshold.predictedNegative')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('figures.threshold.actuallyPositive')}</th>
          <td className="num confusion-right">
            TP = <span data-value="tp">{tp}</span>
          </td>
          <td className="num confusion-wrong">
            FN = <span data-value="fn">{fn}</span>
          </td>
        </tr>
        <tr>
          <th scope="row">{t('figures.threshold.actuallyNegative')}</th>
          <td className="num confusion-wrong">
            FP = <span data-value="fp">{fp}</span>
          </td>
          <td className="num confusion-right">
            TN = <span data-value="tn">{tn}</span>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
