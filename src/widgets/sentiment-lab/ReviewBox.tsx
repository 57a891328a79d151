import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TextAnalysis } from '../../ml/inspect/attribution';

export const DEFAULT_REVIEW = 'The acting was great, but the ending was a mess and the plot was boring.';

export interface ReviewBoxProps {
  /** Asks for a new analysis of `text` (the answer arrives as `analysis`). */
  onAnalyze(text: string): void;
  analysis?: TextAnalysis;
  /** Changes whenever the model changes (a batch trained, a reset): the text is scored again. */
  modelVersion: string;
  disabled?: boolean;
}

/** Background for a contribution: green pushes towards positive, red towards negative, stronger = more. */
function shade(contribution: number, scale: number): string {
  const strength = Math.min(1, Math.abs(contribution) / scale);
  const colour = contribution > 0 ? 'var(--tip)' : 'var(--warning)';
  // At most 45% colour, so the word keeps a 4.5:1 contrast in the dark theme too.
  return `color-mix(in srgb, ${colour} ${Math.round(strength * 45)}%, transparent)`;
}

/** The cleaned text with each token highlighted by its leave-one-out contribution. */
function Highlighted({ analysis }: { analysis: TextAnalysis }) {
  const scale = Math.max(0.01, ...analysis.tokens.map((t) => Math.abs(t.contribution ?? 0)));
  const parts: ReactNode[] = [];
  let at = 0;
  analysis.tokens.forEach((t, i) => {
    if (t.start > at) parts.push(analysis.cleaned.slice(at, t.start));
    const c = t.contribution;
    const title =
      c === null
        ? 'cut: beyond the sequence length'
        : `${c >= 0 ? '+' : '−'}${Math.abs(c * 100).toFixed(1)} points${t.known ? '' : ' (unknown word)'}`;
    parts.push(
      <mark
        key={i}
        className="token"
        data-known={t.known || undefined}
        data-cut={c === null || undefined}
        style={c === null ? undefined : { background: shade(c, scale) }}
        title={title}
      >
        {t.token}
      </mark>,
    );
    at = t.end;
  });
  parts.push(analysis.cleaned.slice(at));
  return <p className="review-highlight">{parts}</p>;
}

/**
 * "Review": type a review and see P(positive) live, with each word coloured by how much deleting
 * it would change that probability (leave-one-out occlusion: see src/ml/inspect/attribution.ts).
 */
export const ReviewBox = memo(function ReviewBox({ onAnalyze, analysis, modelVersion, disabled }: ReviewBoxProps) {
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
        .filter((t) => t.contribution !== null)
        .sort((a, b) => Math.abs(b.contribution ?? 0) - Math.abs(a.contribution ?? 0))
        .slice(0, 3)
    : [];
  return (
    <div className="review-box">
      <div className="review-input">
        <label htmlFor={id}>Review</label>
        <textarea id={id} value={text} rows={4} onChange={(e) => setText(e.target.value)} spellCheck />
      </div>
      <div className="review-answer" aria-live="polite">
        <p>
          P(positive) = <strong data-metric="positive-probability">{p === undefined ? '' : p.toFixed(4)}</strong>
          {p !== undefined && <span className="verdict"> → {p >= 0.5 ? 'positive' : 'negative'}</span>}
        </p>
        <meter min={0} max={1} low={0.5} high={0.5} optimum={1} value={p ?? 0.5} aria-label="Probability positive" />
        {analysis && <Highlighted analysis={analysis} />}
        {strongest.length > 0 && (
          <p className="review-legend">
            Green words push towards positive, red towards negative (the change in P(positive) when the word is
            deleted). Strongest:{' '}
            {strongest.map((t) => `“${t.token}” ${((t.contribution ?? 0) * 100).toFixed(2)}`).join(', ')} points.
          </p>
        )}
      </div>
    </div>
  );
});
