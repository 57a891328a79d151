import '../../i18n/figures/bigram';
import { useId, useState } from 'react';
import { fill, useT } from '../../i18n';
import { nextWords, scoreSentence, trainBigram, withSmoothing, EOS } from '../../ml/worked/language-model';
import { demoCorpus } from '../../ml/worked/tokenize';
import { SelectControl } from '../shared/controls';
import { fmt } from '../shared/numbers';
import './bigram-model.css';

export interface BigramLanguageModelProps {
  /** Starting sentence to score. */
  text?: string;
  /** Starting add-k smoothing constant. */
  k?: number;
}

const SMOOTHING = [0, 0.1, 0.5, 1] as const;
const counted = trainBigram(demoCorpus);

/** A probability: four decimals, or a power of ten when it is that small; "0" for zero. */
function Probability({ value }: { value: number }) {
  if (value === 0) return <>0</>;
  if (value >= 1e-3) return <>{fmt(value, 4)}</>;
  const [mantissa, exponent] = value.toExponential(2).split('e');
  return (
    <>
      {mantissa} × 10<sup>{Number(exponent).toString().replace('-', '−')}</sup>
    </>
  );
}

const logText = (x: number) => (Number.isFinite(x) ? fmt(x, 3).replace(/^-/, '−') : '−∞');

/**
 * The chain rule with real counts: a bigram model counted from the demo corpus scores an
 * editable sentence factor by factor, P(wₜ | wₜ₋₁) = (count(wₜ₋₁, wₜ) + k) / (count(wₜ₋₁) + k·|V|),
 * then multiplies, sums logs, and reports the cross-entropy and perplexity.
 */
export function BigramLanguageModel({
  text: initialText = 'The movie was good.',
  k: initialK = 0,
}: BigramLanguageModelProps) {
  const tr = useT();
  const [text, setText] = useState(initialText);
  const [k, setK] = useState(initialK);
  const inputId = useId();
  const model = withSmoothing(counted, k);
  const score = scoreSentence(model, text);
  const last = score.factors.length > 1 ? score.factors[score.factors.length - 2].word : '<s>';
  const suggestions = nextWords(model, last, 4).filter((s) => s.probability > 0);

  return (
    <div className="worked bigram-model" data-figure="bigram-model">
      <div className="bigram-input">
        <label htmlFor={inputId}>{tr('figures.bigram.sentence')}</label>
        <input id={inputId} type="text" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </div>
      <div className="worked-controls">
        <SelectControl
          label={tr('figures.bigram.smoothing')}
          value={String(k)}
          options={SMOOTHING.map((s) => ({ value: String(s), label: String(s) }))}
          onChange={(v) => setK(Number(v))}
        />
        <span className="worked-note">
          {tr('figures.bigram.vocabulary', {
            size: model.vocabulary.length,
            eos: EOS,
            sentences: demoCorpus.length,
          })}
        </span>
      </div>
      <table className="worked-table">
        <caption>{tr('figures.bigram.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              t
            </th>
            <th scope="col">wₜ₋₁</th>
            <th scope="col">wₜ</th>
            <th scope="col" className="num">
              count(wₜ₋₁, wₜ)
            </th>
            <th scope="col" className="num">
              count(wₜ₋₁)
            </th>
            <th scope="col" className="num">
              P(wₜ | wₜ₋₁)
            </th>
            <th scope="col" className="num">
              ln P
            </th>
          </tr>
        </thead>
        <tbody>
          {score.factors.map((f, t) => (
            <tr key={t} className={f.probability === 0 ? 'bigram-zero' : undefined}>
              <td className="num">{t + 1}</td>
              <td>
                <code>{f.previous}</code>
              </td>
              <td>
                <code>{f.word}</code>
              </td>
              <td className="num">{f.pairCount}</td>
              <td className="num">{f.contextCount}</td>
              <td className="num">
                <Probability value={f.probability} />
              </td>
              <td className="num">{logText(f.logProbability)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="bigram-results" aria-live="polite">
        <dt>{tr('figures.bigram.sentenceProbability')}</dt>
        <dd data-value="sentence-probability">
          <Probability value={score.probability} />
        </dd>
        <dt>Σ ln P</dt>
        <dd data-value="log-probability">{logText(score.logProbability)}</dd>
        <dt>{tr('figures.bigram.crossEntropy')}</dt>
        <dd>
          {fill(tr('figures.bigram.crossEntropyLine', { n: score.count }), {
            value: <span data-value="cross-entropy">{logText(score.crossEntropy)}</span>,
          })}
        </dd>
        <dt>{tr('figures.bigram.perplexity')}</dt>
        <dd>
          {fill(tr('figures.bigram.perplexityLine'), {
            value: (
              <strong data-value="perplexity">
                {Number.isFinite(score.perplexity) ? fmt(score.perplexity, 2) : '∞'}
              </strong>
            ),
          })}
          {Number.isFinite(score.perplexity) ? '' : tr('figures.bigram.impossible')}
        </dd>
        <dt>{fill(tr('figures.bigram.after'), { word: <code>{last}</code> })}</dt>
        <dd>
          {suggestions.map((s, i) => (
            <span key={s.word}>
              {i > 0 ? ', ' : ''}
              <code>{s.word}</code> <Probability value={s.probability} />
            </span>
          ))}
        </dd>
      </dl>
    </div>
  );
}

/**
 * Inline: a number about one sentence under the demo bigram model: its perplexity (default)
 * or its probability, with add-k smoothing.
 */
export function SentenceScore({
  text,
  k = 0,
  show = 'perplexity',
}: {
  text: string;
  k?: number;
  show?: 'perplexity' | 'probability' | 'cross-entropy';
}) {
  const score = scoreSentence(withSmoothing(counted, k), text);
  const value =
    show === 'perplexity' ? score.perplexity : show === 'probability' ? score.probability : score.crossEntropy;
  return (
    <span className="computed" data-value={String(value)}>
      {show === 'probability' ? (
        <Probability value={value} />
      ) : Number.isFinite(value) ? (
        fmt(value, show === 'perplexity' ? 2 : 3)
      ) : (
        '∞'
      )}
    </span>
  );
}
