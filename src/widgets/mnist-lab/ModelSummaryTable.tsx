import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { ModelSummary } from '../../ml/models/summary';

/** Layers with output shapes and parameter counts, like Keras' model.summary(). */
export function ModelSummaryTable({ summary }: { summary: ModelSummary }) {
  const t = useT();
  return (
    <table className="model-summary">
      <caption>{t('labUi.mnist.summary')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labUi.mnist.layer')}</th>
          <th scope="col">{t('labUi.mnist.outputShape')}</th>
          <th scope="col">{t('labUi.mnist.parameters')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.layers.map((layer) => (
          <tr key={layer.name}>
            <td>
              {layer.name} <span className="layer-type">({layer.type})</span>
            </td>
            <td>[{layer.outputShape.map((d) => d ?? t('labUi.mnist.batchDim')).join(', ')}]</td>
            <td>{layer.params.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('labUi.mnist.total')}
          </th>
          <td data-metric="total-params">{summary.totalParams}</td>
        </tr>
      </tfoot>
    </table>
  );
}
