import '../../i18n/figures/quantization';
import { useId, useState } from 'react';
import { fill, useT } from '../../i18n';
import { useLang } from '../../i18n/useLang';
import {
  demoWeights,
  histogram,
  makeDemoWeights,
  quantizeTensor,
  type QuantScheme,
} from '../../ml/worked/quantization';
import { formatInteger } from '../param-count/format';
import { RangeControl, SelectControl } from '../shared/controls';
import { fmt, fmtSigned } from '../shared/numbers';
import { formatBytes } from './format';
import { WeightHistogram } from './WeightHistogram';
import './quantization-demo.css';

export interface QuantizationDemoProps {
  /** Bits per weight shown first (2…8, default 8). */
  bits?: number;
  scheme?: QuantScheme;
  /** Start with the outlier weight in place (default false). */
  outlier?: boolean;
}

const SCHEMES = ['affine', 'symmetric'] as const satisfies readonly QuantScheme[];

/** Rows of the worked table: the first few weights of the matrix. */
const SHOWN = 5;

/**
 * Quantises a fixed, seeded 64 × 64 weight matrix to b-bit integers and shows the scale and zero
 * point, a few weights worked through the formula, the size before and after, the largest and mean
 * rounding error next to the bound s/2, and histograms of the weights before and after.
 */
export function QuantizationDemo({
  bits: initialBits = 8,
  scheme: initialScheme = 'affine',
  outlier: initialOutlier = false,
}: QuantizationDemoProps) {
  const t = useT();
  const lang = useLang();
  const [bits, setBits] = useState(initialBits);
  const [scheme, setScheme] = useState<QuantScheme>(initialScheme);
  const [outlier, setOutlier] = useState(initialOutlier);
  const outlierId = useId();
  const weights = makeDemoWeights(outlier);
  const r = quantizeTensor(weights, bits, scheme);
  const q = r.quantizer;
  const bins = 48;
  const before = histogram(weights, q.rangeMin, q.rangeMax, bins);
  const after = histogram(r.restored, q.rangeMin, q.rangeMax, bins);
  const n = weights.length;

  return (
    <div className="worked quantization-demo" data-figure="quantization-demo">
      <div className="worked-controls">
        <RangeControl label={t('figures.quantization.bits')} value={bits} min={2} max={8} step={1} onChange={setBits} />
        <SelectControl
          label={t('figures.quantization.scheme')}
          value={scheme}
          options={SCHEMES.map((value) => ({ value, label: t(`figures.quantization.${value}`) }))}
          onChange={setScheme}
        />
        <div className="worked-control">
          <input
            id={outlierId}
            type="checkbox"
            checked={outlier}
            onChange={(e) => setOutlier(e.currentTarget.checked)}
          />
          <label htmlFor={outlierId}>{t('figures.quantization.outlier', { value: fmt(demoWeights.outlier, 1) })}</label>
        </div>
      </div>
      <dl className="quant-results" aria-live="polite">
        <dt>{t('figures.quantization.quantiser')}</dt>
        <dd>
          {fill(
            t('figures.quantization.quantiserLine', {
              min: q.qMin,
              max: q.qMax,
              lo: fmt(q.rangeMin, 4),
              hi: fmt(q.rangeMax, 4),
            }),
            {
              scale: <strong data-value="scale">{fmt(q.scale, 6)}</strong>,
              zero: <strong data-value="zero-point">{q.zeroPoint}</strong>,
            },
          )}
        </dd>
        <dt>{t('figures.quantization.size')}</dt>
        <dd>
          {fill(t('figures.quantization.sizeLine', { n: formatInteger(n), bits }), {
            float: <span data-value="float-bytes">{formatBytes(r.size.floatBytes, lang)}</span>,
            quantized: <span data-value="quantized-bytes">{formatBytes(r.size.quantizedBytes, lang)}</span>,
            compression: <strong data-value="compression">{fmt(r.size.compression, 2)}</strong>,
          })}
        </dd>
        <dt>{t('figures.quantization.error')}</dt>
        <dd>
          {fill(t('figures.quantization.errorLine'), {
            max: <strong data-value="max-error">{fmt(r.maxError, 6)}</strong>,
            mean: <span data-value="mean-error">{fmt(r.meanError, 6)}</span>,
            bound: <span data-value="error-bound">{fmt(r.errorBound, 6)}</span>,
          })}
        </dd>
        <dt>{t('figures.quantization.codes')}</dt>
        <dd>
          {fill(t('figures.quantization.codesLine', { available: q.qMax - q.qMin + 1 }), {
            distinct: <span data-value="distinct-codes">{r.distinctCodes}</span>,
          })}
        </dd>
      </dl>
      <table className="worked-table">
        <caption>{t('figures.quantization.caption', { shown: SHOWN })}</caption>
        <thead>
          <tr>
            <th scope="col">x</th>
            <th scope="col" className="num">
              x / s
            </th>
            <th scope="col" className="num">
              q
            </th>
            <th scope="col" className="num">
              x̂
            </th>
            <th scope="col" className="num">
              x − x̂
            </th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: SHOWN }, (_, i) => (
            <tr key={i}>
              <th scope="row" className="num">
                {fmt(weights[i], 6)}
              </th>
              <td className="num">{fmt(weights[i] / q.scale, 3)}</td>
              <td className="num">{r.codes[i]}</td>
              <td className="num">{fmt(r.restored[i], 6)}</td>
              <td className="num">{fmtSigned(weights[i] - r.restored[i], 6)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <WeightHistogram before={before} after={after} lo={q.rangeMin} hi={q.rangeMax} />
      <p className="worked-note">{t('figures.quantization.note')}</p>
    </div>
  );
}
