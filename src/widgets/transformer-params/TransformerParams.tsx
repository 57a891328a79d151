import '../../i18n/figures/models';
import '../../i18n/figures/transformer';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useLang } from '../../i18n/useLang';
import { paramCount, trainingFlops, trainingTokensOf, type ModelId } from '../../ml/models/param-counts';
import {
  computeOptimal,
  countTransformer,
  transformerIds,
  transformerShapes,
  type TransformerId,
  type TransformerShape,
} from '../../ml/worked/transformer';
import { formatInteger, formatWords as formatWordsIn } from '../param-count/format';
import { NumberField } from '../shared/controls';
import './transformer-params.css';

/** The reference model (published size) each shape corresponds to. */
const published: Record<TransformerId, ModelId> = { 'bert-base': 'bert-base', 'gpt-2': 'gpt-2', 'gpt-3': 'gpt-3' };

function Row({ shape, id, published: reported }: { shape: TransformerShape; id: string; published?: number }) {
  const t = useT();
  const lang = useLang();
  const formatWords = (value: number) => formatWordsIn(value, 3, lang);
  const c = countTransformer(shape);
  const name =
    id === 'gpt-2' ? t('figures.models.gpt-2-largest') : id === 'custom' ? t('figures.models.custom') : shape.name;
  return (
    <tr data-model={id}>
      <th scope="row">{name}</th>
      <td className="num">{shape.layers}</td>
      <td className="num">{formatInteger(shape.width)}</td>
      <td className="num">{formatWords(c.embeddings)}</td>
      <td className="num" data-value={`total-${id}`}>
        {formatInteger(c.total)}
      </td>
      <td className="num">{formatWords(c.approximation)}</td>
      <td className="num">{reported === undefined ? '—' : formatWords(reported)}</td>
    </tr>
  );
}

/**
 * Parameters of BERT-base, GPT-2 and GPT-3 counted from their shapes (layers L, width d,
 * vocabulary V), next to the rule of thumb 12·L·d² and the sizes their authors report, plus a
 * row the reader sets. Computed by src/ml/worked/transformer.ts.
 */
export function TransformerParams() {
  const t = useT();
  const [layers, setLayers] = useState(24);
  const [width, setWidth] = useState(1024);
  const valid = Number.isInteger(layers) && layers > 0 && Number.isInteger(width) && width > 0;
  const custom: TransformerShape = {
    ...transformerShapes['gpt-2'],
    name: 'Your model',
    layers: valid ? layers : 1,
    width: valid ? width : 1,
    heads: 1,
    feedForward: 4 * (valid ? width : 1),
  };
  return (
    <div className="worked transformer-params" data-figure="transformer-params">
      <table className="worked-table">
        <caption>{t('figures.transformer.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.transformer.model')}</th>
            <th scope="col" className="num">
              L
            </th>
            <th scope="col" className="num">
              d
            </th>
            <th scope="col" className="num">
              {t('figures.transformer.embeddings')}
            </th>
            <th scope="col" className="num">
              {t('figures.transformer.total')}
            </th>
            <th scope="col" className="num">
              12·L·d²
            </th>
            <th scope="col" className="num">
              {t('figures.transformer.reported')}
            </th>
          </tr>
        </thead>
        <tbody>
          {transformerIds.map((id) => (
            <Row key={id} id={id} shape={transformerShapes[id]} published={paramCount(published[id])} />
          ))}
          <Row id="custom" shape={custom} />
        </tbody>
      </table>
      <div className="worked-controls">
        <span>{t('figures.transformer.yourModel')}</span>
        <span className="worked-control">
          L = <NumberField label={t('figures.transformer.layers')} value={layers} step={1} onChange={setLayers} />
        </span>
        <span className="worked-control">
          d = <NumberField label={t('figures.transformer.width')} value={width} step={64} onChange={setWidth} />
        </span>
      </div>
      {!valid && <p className="worked-note worked-warn">{t('figures.transformer.invalid')}</p>}
      <p className="worked-note">{t('figures.transformer.note')}</p>
    </div>
  );
}

type Part = 'total' | 'approximation' | 'blocks' | 'embeddings';

/**
 * Inline: one count of a published Transformer shape, e.g. GPT-3's 12·L·d², or of the same
 * shape with other `layers` and `width` (d_ff = 4d): GPT-2's vocabulary at L = 12, d = 768 is
 * the smallest GPT-2.
 */
export function TransformerParamCount({
  model,
  part = 'total',
  format = 'words',
  layers,
  width,
}: {
  model: TransformerId;
  part?: Part;
  format?: 'words' | 'full';
  layers?: number;
  width?: number;
}) {
  const lang = useLang();
  const base: TransformerShape | undefined = transformerShapes[model];
  if (!base) throw new Error(`Unknown Transformer "${model}"`);
  const shape: TransformerShape =
    layers === undefined && width === undefined
      ? base
      : {
          ...base,
          layers: layers ?? base.layers,
          width: width ?? base.width,
          feedForward: width === undefined ? base.feedForward : 4 * width,
        };
  const value = countTransformer(shape)[part];
  return (
    <span className="computed" data-value={String(value)}>
      {format === 'words' ? formatWordsIn(value, 3, lang) : formatInteger(value)}
    </span>
  );
}

/**
 * Inline: the compute-optimal parameters or tokens for a budget at ~20 tokens per parameter
 * (Hoffmann et al. 2022): N = √(C / 120), D = 20·N. The budget is `flops`, or the 6·N·D of
 * a reference `model`.
 */
export function ComputeOptimal({
  model,
  flops,
  show,
  tokensPerParam = 20,
}: {
  model?: ModelId;
  flops?: number;
  show: 'params' | 'tokens';
  tokensPerParam?: number;
}) {
  const lang = useLang();
  let budget = flops;
  if (budget === undefined && model !== undefined) {
    const tokens = trainingTokensOf(model);
    if (tokens === undefined) throw new Error(`No training-token count for "${model}"`);
    budget = trainingFlops(paramCount(model), tokens);
  }
  if (budget === undefined) throw new Error('ComputeOptimal needs a model or a number of flops');
  const split = computeOptimal(budget, tokensPerParam);
  const value = show === 'params' ? split.params : split.tokens;
  return (
    <span className="computed" data-value={String(value)}>
      {formatWordsIn(value, 3, lang)}
    </span>
  );
}
