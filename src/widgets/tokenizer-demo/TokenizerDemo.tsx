import '../../i18n/figures/tokenizer';
import { useId, useState } from 'react';
import { fill, useT } from '../../i18n';
import {
  buildVocabulary,
  demoCorpus,
  encode,
  padSequence,
  PAD_ID,
  skipGramPairs,
  tokenizeWords,
  UNKNOWN_ID,
} from '../../ml/worked/tokenize';
import { SelectControl } from '../shared/controls';
import './tokenizer-demo.css';

export interface TokenizerDemoProps {
  /** Starting sentence (editable). */
  text?: string;
  /** Starting vocabulary size, the two reserved ids included. */
  vocabularySize?: number;
  /** Starting padded length. */
  length?: number;
}

const DEFAULT_TEXT = 'The acting was great, but the ending was a mess!';
const SIZES = [8, 12, 16, 24] as const;
const LENGTHS = [8, 12, 16] as const;
const MAX_PAIRS = 24;

/**
 * A word-level tokenizer at work on an editable sentence: its tokens, their ids in a
 * vocabulary built from the demo corpus (0 = padding, 1 = unknown), the sequence padded or
 * truncated to a fixed length, and the skip-gram training pairs of word2vec.
 */
export function TokenizerDemo({
  text: initialText = DEFAULT_TEXT,
  vocabularySize = 16,
  length = 12,
}: TokenizerDemoProps) {
  const t = useT();
  const [text, setText] = useState(initialText);
  const [size, setSize] = useState(vocabularySize);
  const [padTo, setPadTo] = useState(length);
  const [contextWindow, setContextWindow] = useState(1);
  const inputId = useId();

  const vocabulary = buildVocabulary(demoCorpus, size);
  const tokens = tokenizeWords(text);
  const ids = encode(tokens, vocabulary);
  const padded = padSequence(ids, padTo);
  const unknown = ids.filter((id) => id === UNKNOWN_ID).length;
  const pairs = skipGramPairs(tokens, contextWindow);

  return (
    <div className="worked tokenizer-demo" data-figure="tokenizer-demo">
      <div className="tokenizer-input">
        <label htmlFor={inputId}>{t('figures.tokenizer.sentence')}</label>
        <textarea id={inputId} rows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </div>
      <div className="worked-controls">
        <SelectControl
          label={t('figures.tokenizer.vocabularySize')}
          value={String(size)}
          options={SIZES.map((s) => ({ value: String(s), label: String(s) }))}
          onChange={(v) => setSize(Number(v))}
        />
        <SelectControl
          label={t('figures.tokenizer.paddedLength')}
          value={String(padTo)}
          options={LENGTHS.map((s) => ({ value: String(s), label: String(s) }))}
          onChange={(v) => setPadTo(Number(v))}
        />
      </div>

      <h4>{t('figures.tokenizer.tokensAndIds')}</h4>
      <ol className="token-chips" aria-label={t('figures.tokenizer.chipsLabel')}>
        {tokens.map((token, i) => (
          <li key={i} className={ids[i] === UNKNOWN_ID ? 'token-unknown' : undefined}>
            <span className="token-text">{token}</span>
            <span className="token-id">{ids[i]}</span>
          </li>
        ))}
      </ol>
      <p className="worked-result" aria-live="polite">
        {fill(t('figures.tokenizer.result', { unknownId: UNKNOWN_ID, padTo }), {
          tokens: <span data-value="token-count">{tokens.length}</span>,
          unknown: <span data-value="unknown-count">{unknown}</span>,
          padded: <code data-value="padded">[{padded.join(', ')}]</code>,
        })}
        {ids.length > padTo ? t('figures.tokenizer.cut', { padTo }) : ''}
      </p>

      <details className="tokenizer-vocabulary">
        <summary>
          {fill(t('figures.tokenizer.vocabulary', { sentences: demoCorpus.length }), {
            size: <span data-value="vocabulary-size">{vocabulary.tokens.length}</span>,
          })}
        </summary>
        <table className="worked-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('figures.tokenizer.id')}
              </th>
              <th scope="col">{t('figures.tokenizer.token')}</th>
              <th scope="col" className="num">
                {t('figures.tokenizer.countInCorpus')}
              </th>
            </tr>
          </thead>
          <tbody>
            {vocabulary.tokens.map((token, id) => (
              <tr key={token}>
                <td className="num">{id}</td>
                <td>
                  <code>{token}</code>
                </td>
                <td className="num">{id === PAD_ID || id === UNKNOWN_ID ? '—' : vocabulary.counts.get(token)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="worked-note">
          {t('figures.tokenizer.corpus', { sentences: demoCorpus.map((s) => `“${s}”`).join(' ') })}
        </p>
      </details>

      <h4>{t('figures.tokenizer.skipGram')}</h4>
      <div className="worked-controls">
        <SelectControl
          label={t('figures.tokenizer.window')}
          value={String(contextWindow)}
          options={[1, 2, 3].map((c) => ({ value: String(c), label: String(c) }))}
          onChange={(v) => setContextWindow(Number(v))}
        />
      </div>
      <p className="skipgram-pairs">
        {pairs.slice(0, MAX_PAIRS).map((p, i) => (
          <span key={i} className="skipgram-pair">
            {p.centre} → {p.context}
          </span>
        ))}
        {pairs.length > MAX_PAIRS ? <span className="skipgram-pair muted">…</span> : null}
      </p>
      <p className="worked-note">
        {fill(t('figures.tokenizer.pairs', { tokens: tokens.length, window: contextWindow }), {
          pairs: <span data-value="pair-count">{pairs.length}</span>,
        })}
      </p>
    </div>
  );
}
