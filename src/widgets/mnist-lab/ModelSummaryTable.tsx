import type { ModelSummary } from '../../ml/models/summary';

/** Layers with output shapes and parameter counts, like Keras' model.summary(). */
export function ModelSummaryTable({ summary }: { summary: ModelSummary }) {
  return (
    <table className="model-summary">
      <caption>Model summary</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col">Output shape</th>
          <th scope="col">Parameters</th>
        </tr>
      </thead>
      <tbody>
        {summary.layers.map((layer) => (
          <tr key={layer.name}>
            <td>
              {layer.name} <span className="layer-type">({layer.type})</span>
            </td>
            <td>[{layer.outputShape.map((d) => d ?? 'batch').join(', ')}]</td>
            <td>{layer.params.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td data-metric="total-params">{summary.totalParams}</td>
        </tr>
      </tfoot>
    </table>
  );
}
