import '../../i18n/figures/attention';
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import {
  exampleAttention,
  exampleInputs,
  exampleSentence,
  exampleWeights,
  type Matrix,
} from '../../ml/worked/attention';
import { RangeControl, SelectControl } from '../shared/controls';
import { fmt } from '../shared/numbers';
import './attention-weights.css';

export interface AttentionWeightsProps {
  /** Start with the causal mask on (default false). */
  causal?: boolean;
  /** Start with positional encodings on (default true). */
  positions?: boolean;
  /** Starting query row, 0-based (default 5, "mat"). */
  query?: number;
}

const num = (x: number, d = 2) => fmt(x, d).replace(/^-/, '−');

function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="worked-control">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function MatrixTable({ caption, rows, matrix }: { caption: string; rows: readonly string[]; matrix: Matrix }) {
  return (
    <table className="worked-table attention-matrix">
      <caption>{caption}</caption>
      <tbody>
        {matrix.map((row, i) => (
          <tr key={i}>
            <th scope="row">{rows[i]}</th>
            {row.map((x, j) => (
              <td key={j} className="num">
                {num(x)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const tokenLabel = (i: number) => `${exampleSentence[i]} (${i + 1})`;

/**
 * Scaled dot-product self-attention on "the cat sat on the mat" with hand-made word features,
 * sinusoidal positions and hand-set W_Q, W_K (W_V = I): the attention matrix as a heat map,
 * a causal-mask toggle, the √d_k scaling and a temperature, and the arithmetic of one row.
 * Every number comes from src/ml/worked/attention.ts.
 */
export function AttentionWeights({
  causal: initialCausal = false,
  positions: initialPositions = true,
  query: initialQuery = 5,
}: AttentionWeightsProps) {
  const t = useT();
  const [causal, setCausal] = useState(initialCausal);
  const [positions, setPositions] = useState(initialPositions);
  const [scale, setScale] = useState(true);
  const [temperature, setTemperature] = useState(1);
  const [query, setQuery] = useState(initialQuery);
  const result = exampleAttention({ causal, positions, scale, temperature });
  const T = exampleSentence.length;
  const rowWeights = result.weights[query];
  const divisorText = scale
    ? `${temperature === 1 ? '' : `${fmt(temperature, 2)}·`}√${result.dk} = ${num(result.divisor, 3)}`
    : temperature === 1
      ? t('figures.attention.noScaling')
      : t('figures.attention.noSqrt', { temperature: fmt(temperature, 2) });

  return (
    <div className="worked attention-weights" data-figure="attention-weights">
      <div className="worked-controls">
        <Toggle label={t('figures.attention.causal')} checked={causal} onChange={setCausal} />
        <Toggle label={t('figures.attention.positions')} checked={positions} onChange={setPositions} />
        <Toggle label={t('figures.attention.scale')} checked={scale} onChange={setScale} />
        <RangeControl
          label={t('figures.attention.temperature')}
          value={temperature}
          min={0.25}
          max={4}
          step={0.25}
          onChange={setTemperature}
          format={(v) => fmt(v, 2)}
        />
      </div>

      <table className="worked-table attention-heatmap">
        <caption>
          {t('figures.attention.heatmapCaption', {
            divisor: divisorText,
            mask: causal ? t('figures.attention.withMask') : '',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.attention.corner')}</th>
            {exampleSentence.map((w, j) => (
              <th key={j} scope="col" className="num">
                {w} <span className="muted">{j + 1}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.weights.map((row, i) => (
            <tr key={i} className={i === query ? 'attention-row-picked' : undefined} data-row={i}>
              <th scope="row">
                <button type="button" aria-pressed={i === query} onClick={() => setQuery(i)}>
                  {tokenLabel(i)}
                </button>
              </th>
              {row.map((a, j) => {
                const masked = result.scores[i][j] === Number.NEGATIVE_INFINITY;
                return (
                  <td
                    key={j}
                    className={`num${masked ? ' attention-masked' : ''}`}
                    style={
                      masked
                        ? undefined
                        : { background: `color-mix(in srgb, var(--accent) ${Math.round(a * 70)}%, transparent)` }
                    }
                    data-weight={masked ? 'masked' : a.toFixed(4)}
                  >
                    {masked ? '—' : fmt(a, 2)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <div className="worked-controls">
        <SelectControl
          label={t('figures.attention.showQuery')}
          value={String(query)}
          options={exampleSentence.map((_, i) => ({ value: String(i), label: tokenLabel(i) }))}
          onChange={(v) => setQuery(Number(v))}
        />
      </div>
      <table className="worked-table attention-row">
        <caption>{t('figures.attention.rowCaption', { row: query + 1, word: exampleSentence[query] })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.attention.key')}</th>
            <th scope="col" className="num">
              q·kⱼ
            </th>
            <th scope="col" className="num">
              {t('figures.attention.score', { divisor: num(result.divisor, 3) })}
            </th>
            <th scope="col" className="num">
              {t('figures.attention.weight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {exampleSentence.map((_, j) => {
            const masked = result.scores[query][j] === Number.NEGATIVE_INFINITY;
            return (
              <tr key={j}>
                <th scope="row">{tokenLabel(j)}</th>
                <td className="num">{num(result.dots[query][j], 3)}</td>
                <td className="num">{masked ? t('figures.attention.masked') : num(result.scores[query][j], 3)}</td>
                <td className="num" data-value={`weight-${j}`}>
                  {fmt(rowWeights[j], 4)}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('figures.attention.sum')}
            </th>
            <td className="num">
              {fmt(
                rowWeights.reduce((s, a) => s + a, 0),
                4,
              )}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="worked-result" aria-live="polite">
        {t('figures.attention.output', { values: result.output[query].map((x) => num(x)).join(', ') })}
      </p>

      <details className="attention-numbers">
        <summary>{t('figures.attention.numbers')}</summary>
        <MatrixTable
          caption={t('figures.attention.xCaption')}
          rows={exampleSentence.map((_, i) => tokenLabel(i))}
          matrix={exampleInputs(positions)}
        />
        <MatrixTable caption="W_Q" rows={['f1', 'f2', 'f3', 'f4', 'p1', 'p2']} matrix={exampleWeights.Wq} />
        <MatrixTable caption="W_K" rows={['f1', 'f2', 'f3', 'f4', 'p1', 'p2']} matrix={exampleWeights.Wk} />
      </details>
      <p className="worked-note">{t('figures.attention.note', { tokens: T, dk: result.dk })}</p>
    </div>
  );
}

/**
 * Inline: one attention weight of the worked example, a_ij for query `query` and key `key`
 * (1-based, as the figure numbers the tokens), under the same options as the figure.
 */
export function AttentionValue({
  query,
  keyToken,
  causal = false,
  positions = true,
  scale = true,
  temperature = 1,
  digits = 2,
}: {
  query: number;
  keyToken: number;
  causal?: boolean;
  positions?: boolean;
  scale?: boolean;
  temperature?: number;
  digits?: number;
}) {
  const weight = exampleAttention({ causal, positions, scale, temperature }).weights[query - 1]?.[keyToken - 1];
  if (weight === undefined) throw new Error(`AttentionValue: no weight for query ${query}, key ${keyToken}`);
  return (
    <span className="computed" data-value={String(weight)}>
      {fmt(weight, digits)}
    </span>
  );
}
