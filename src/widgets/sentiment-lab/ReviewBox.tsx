import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { TextAnalysis } from '../../ml/inspect/attribution';
import { NEGATIVE_COLOUR, POSITIVE_COLOUR } from '../shared/palette';

export const DEFAULT_REVIEW = 'The acting was great, but the ending was a mess and the plot was boring.';

export interface ReviewBoxProps {
  /** Asks for a new analysis of `text` (the answer arrives as `analysis`). */
  onAnalyze(text: string): void;
  analysis?: TextAnalysis;
  /** Changes whenever the model changes (a batch trained, a reset): the text is scored again. */
  modelVersion: string;
  disabled?: boolean;
}

/** Background for a contribution: blue pushes towards positive, vermilion towards negative, stronger = more. */
function shade(contribution: number, scale: number): string {
  const strength = Math.min(1, Math.abs(contribution) / scale);
  const colour = contribution > 0 ? POSITIVE_COLOUR : NEGATIVE_COLOUR;
  // At most 45% colour, so the word keeps a 4.5:1 contrast in the dark theme too.
  return `color-mix(in srgb, ${colour} ${Math.round(strength * 45)}%, transparent)`;
}

/** The cleaned text with each token highlighted by its leave-one-out contribution. */
function Highlighted({ analysis }: { analysis: TextAnalysis }) {
  const t = useT();
  const scale = Math.max(0.01, ...analysis.tokens.map((token) => Math.abs(token.contribution ?? 0)));
  const parts: ReactNode[] = [];
  let at = 0;
  analysis.tokens.forEach((token, i) => {
    if (token.start > at) parts.push(analysis.cleaned.slice(at, token.start));
    const c = token.contribution;
    const title =
      c === null
        ? t('labUi.sentiment.tokenCut')
        : t('labUi.sentiment.tokenPoints', { sign: c >= 0 ? '+' : '−', points: Math.abs(c * 100).toFixed(1) }) +
          (token.known ? '' : t('labUi.sentiment.unknownWord'));
    parts.push(
      <mark
        key={i}
        className="token"
        data-known={token.known || undefined}
        data-cut={c === null || undefined}
        style={c === null ? undefined : { background: shade(c, scale) }}
        title={title}
      >
        {token.token}
      </mark>,
    );
    at = token.end;
  });
  parts.push(analysis.cleaned.slice(at));
  return <p className="review-highlight">{parts}</p>;
}

/**
 * "Review": type a review and see P(positive) live, with each word coloured by how much deleting
 * it would change that probability (leave-one-out occlusion: see src/ml/inspect/attribution.ts).
 */
export const ReviewBox = memo(function ReviewBox({ onAnalyze, analysis, modelVersion, disabled }: ReviewBoxProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(DEFAULT_REVIEW);
  const latest = useRef(onAnalyze);
  useEffect(() => {
    latest.current = onAnalyze;
  });
  useEffect(() => {
    if (disabled) return;
    const timer = setTimeout(() => latest.current(text), 120);
    return () => clearTimeout(timer);
  }, [text, modelVersion, disabled]);

  const p = analysis?.probability;
  const strongest = analysis
    ? [...analysis.tokens]
        .filter((token) => token.contribution !== null)
        .sort((a, b) => Math.abs(b.contribution ?? 0) - Math.abs(a.contribution ?? 0))
        .slice(0, 3)
    : [];
  return (
    <div className="review-box">
      <div className="review-input">
        <label htmlFor={id}>{t('labUi.sentiment.review')}</label>
        <textarea id={id} value={text} rows={4} onChange={(e) => setText(e.target.value)} spellCheck />
      </div>
      <div className="review-answer" aria-live="polite">
        <p>
          P(positive) = <strong data-metric="positive-probability">{p === undefined ? '' : p.toFixed(4)}</strong>
          {p !== undefined && (
            <span className="verdict">
              {' '}
              → {p >= 0.5 ? t('labUi.sentiment.positive') : t('labUi.sentiment.negative')}
            </span>
          )}
        </p>
        <meter
          min={0}
          max={1}
          low={0.5}
          high={0.5}
          optimum={1}
          value={p ?? 0.5}
          aria-label={t('labUi.sentiment.probabilityPositive')}
        />
        {analysis && <Highlighted analysis={analysis} />}
        {strongest.length > 0 && (
          <p className="review-legend">
            {t('labUi.sentiment.legend', {
              list: strongest
                .map((token) => `“${token.token}” ${((token.contribution ?? 0) * 100).toFixed(2)}`)
                .join(', '),
            })}
          </p>
        )}
      </div>
    </div>
  );
});
