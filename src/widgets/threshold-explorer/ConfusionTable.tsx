/** A 2 × 2 confusion matrix: rows are the true classes, columns the predictions. */
export function ConfusionTable({ tp, fp, tn, fn }: { tp: number; fp: number; tn: number; fn: number }) {
  return (
    <table className="worked-table confusion-table">
      <caption>Confusion matrix</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Predicted positive</th>
          <th scope="col">Predicted negative</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Actually positive</th>
          <td className="num confusion-right">
            TP = <span data-value="tp">{tp}</span>
          </td>
          <td className="num confusion-wrong">
            FN = <span data-value="fn">{fn}</span>
          </td>
        </tr>
        <tr>
          <th scope="row">Actually negative</th>
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
