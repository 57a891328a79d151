import '../../i18n/figures/models';
import '../../i18n/figures/param-count';
import type { TFunction } from 'i18next';
import { useT } from '../../i18n';
import { bookModels, countBookModel, type BookModelId, type LayerSpec } from '../../ml/models/param-counts';
import { formatInteger } from './format';
import './param-count.css';

function describe(spec: LayerSpec, t: TFunction): string {
  switch (spec.kind) {
    case 'conv2d':
      return `${t('figures.paramCount.conv2d', { filters: spec.filters, size: spec.kernelSize })}${spec.activation ? `, ${spec.activation}` : ''}`;
    case 'maxPooling2d':
      return `MaxPooling2D ${spec.poolSize}×${spec.poolSize}`;
    case 'flatten':
      return 'Flatten';
    case 'dense':
      return `Dense ${spec.units}${spec.activation ? `, ${spec.activation}` : ''}`;
    case 'embedding':
      return t('figures.paramCount.embedding', { words: formatInteger(spec.inputDim), dims: spec.outputDim });
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
  const t = useT();
  return (
    <table className="param-table" data-model={model}>
      <caption>
        {t('figures.paramCount.caption', {
          name: t(`figures.models.${model}`),
          shape: shape(spec.architecture.inputShape),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('figures.paramCount.layer')}</th>
          <th scope="col">{t('figures.paramCount.type')}</th>
          <th scope="col">{t('figures.paramCount.outputShape')}</th>
          <th scope="col">{t('figures.paramCount.weightsBiases')}</th>
          <th scope="col">{t('figures.paramCount.parameters')}</th>
        </tr>
      </thead>
      <tbody>
        {counted.layers.map((layer) => (
          <tr key={layer.name} data-layer={layer.name}>
            <th scope="row">
              <code>{layer.name}</code>
            </th>
            <td>{describe(layer.spec, t)}</td>
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
            {t('figures.paramCount.total')}
          </th>
          <td className="num" data-value={counted.params}>
            {formatInteger(counted.params)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
