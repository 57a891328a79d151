import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { TEXT_ARMS, type TextArm } from '../../ml/text-transfer/classifier';
import type { TextArmResult } from '../../ml/text-transfer/experiment';
import { TEST_REVIEWS } from './protocol';

/**
 * One row per arm: trainable parameters, label count and test accuracy (a fraction: 0.771 =
 * 77.1%). The cells carry `data-metric` with the plain number.
 */
export function ResultsTable({
  results,
  params,
}: {
  results: Partial<Record<TextArm, TextArmResult>>;
  params: Partial<Record<TextArm, number>>;
}) {
  const t = useT();
  return (
    <table className="transfer-results">
      <caption>{t('labUi.textTransfer.resultsCaption', { count: TEST_REVIEWS.toLocaleString('en-US') })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labUi.textTransfer.arm')}</th>
          <th scope="col">{t('labUi.textTransfer.trainable')}</th>
          <th scope="col">{t('labUi.textTransfer.labelCount')}</th>
          <th scope="col">{t('labUi.textTransfer.accuracy')}</th>
        </tr>
      </thead>
      <tbody>
        {TEXT_ARMS.map((arm) => {
          const result = results[arm];
          return (
            <tr key={arm}>
              <th scope="row">{t(`labUi.textTransfer.arms.${arm}`)}</th>
              <td>
                <span data-metric={`trainable-params-${arm}`}>{result?.trainableParams ?? params[arm] ?? ''}</span>
              </td>
              <td>{result?.labels ?? ''}</td>
              <td>
                <span data-metric={`accuracy-${arm}`}>{result ? result.accuracy.toFixed(4) : ''}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
