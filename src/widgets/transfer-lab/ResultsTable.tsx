import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { ARMS, type Arm } from '../../ml/transfer/arms';
import type { ArmResult } from '../../ml/transfer/experiment';

const plain = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined ? '' : value.toFixed(digits);

/**
 * One row per arm: trainable parameters, test accuracy on 5–9, and digits 0–4 before and after
 * (forgetting = before − after). Accuracies are fractions (0.875 = 87.5%); the cells carry
 * `data-metric` with the plain number.
 */
export function ResultsTable({
  results,
  params,
}: {
  results: Partial<Record<Arm, ArmResult>>;
  params: Partial<Record<Arm, number>>;
}) {
  const t = useT();
  return (
    <table className="transfer-results">
      <caption>{t('labUi.transfer.resultsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labUi.transfer.arm')}</th>
          <th scope="col">{t('labUi.transfer.trainable')}</th>
          <th scope="col">K</th>
          <th scope="col">{t('labUi.transfer.accuracy59')}</th>
          <th scope="col">{t('labUi.transfer.before04')}</th>
          <th scope="col">{t('labUi.transfer.after04')}</th>
          <th scope="col">{t('labUi.transfer.forgetting')}</th>
        </tr>
      </thead>
      <tbody>
        {ARMS.map((arm) => {
          const result = results[arm];
          const count = result?.trainableParams ?? params[arm];
          return (
            <tr key={arm}>
              <th scope="row">{t(`labUi.transfer.arms.${arm}`)}</th>
              <td>
                <span data-metric={`trainable-params-${arm}`}>{count ?? ''}</span>
              </td>
              <td>{result?.k ?? ''}</td>
              <td>
                <span data-metric={`accuracy-${arm}`}>{plain(result?.accuracy)}</span>
              </td>
              <td>{result && arm !== 'scratch' ? plain(result.before) : ''}</td>
              <td>{result ? plain(result.after) : ''}</td>
              <td>
                {result?.forgetting !== null && result?.forgetting !== undefined ? (
                  <span data-metric={`forgetting-${arm}`}>{plain(result.forgetting)}</span>
                ) : result ? (
                  <span title={t('labUi.transfer.newNetwork')}>{t('labUi.transfer.notApplicable')}</span>
                ) : (
                  ''
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
