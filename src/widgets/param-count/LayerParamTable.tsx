import { bookModels, countBookModel, type BookModelId, type LayerSpec } from '../../ml/models/param-counts';
import { formatInteger } from './format';
import './param-count.css';

function describe(spec: LayerSpec): string {
  switch (spec.kind) {
    case 'conv2d':
      return `Conv2D, ${spec.filters} filters ${spec.kernelSize}×${spec.kernelSize}${spec.activation ? `, ${spec.activation}` : ''}`;
    case 'maxPooling2d':
      return `MaxPooling2D ${spec.poolSize}×${spec.poolSize}`;
    case 'flatten':
      return 'Flatten';
    case 'dense':
      return `Dense ${spec.units}${spec.activation ? `, ${spec.activation}` : ''}`;
    case 'embedding':
      return `Embedding ${formatInteger(spec.inputDim)} words × ${spec.outputDim}`;
    case 'globalAveragePooling1d':
      return 'GlobalAveragePooling1D';
  }
}

const shape = (dims: readonly number[]) => dims.join(' × ');

/**
 * Layer by layer: what each layer is, the shape it outputs (batch dimension left out), and
 * how many parameters it has, with the product that gives them. Computed, not typed in.
 */
export function LayerParamTable({ model }: { model: BookModelId }) {
  const spec = bookModels[model];
  if (!spec) throw new Error(`Unknown book model "${model}"`);
  const counted = countBookModel(model);
  return (
    <table className="param-table" data-model={model}>
      <caption>{`${spec.name}: input ${shape(spec.architecture.inputShape)}`}</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col">Type</th>
          <th scope="col">Output shape</th>
          <th scope="col">Weights + biases</th>
          <th scope="col">Parameters</th>
        </tr>
      </thead>
      <tbody>
        {counted.layers.map((layer) => (
          <tr key={layer.name} data-layer={layer.name}>
            <th scope="row">
              <code>{layer.name}</code>
            </th>
            <td>{describe(layer.spec)}</td>
            <td className="num">{shape(layer.outputShape)}</td>
            <td className="formula">{layer.formula || '—'}</td>
            <td className="num" data-value={layer.params}>
              {formatInteger(layer.params)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            Total
          </th>
          <td className="num" data-value={counted.params}>
            {formatInteger(counted.params)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
