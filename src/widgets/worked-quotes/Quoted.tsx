import { fmt, fmtTrim } from '../shared/numbers';
import '../param-count/param-count.css';

/** How a quoted number is written. */
export interface QuoteFormat {
  /** Decimals after the point (default 4); for "scientific", significant digits (default 2). */
  decimals?: number;
  /** Drop trailing zeros: 0.2500 → 0.25 (default false). */
  trim?: boolean;
  /** Quote |value| (for "a push of size …"). */
  abs?: boolean;
  /** "fixed" (default) or "scientific": 9.5 × 10⁻⁷. */
  notation?: 'fixed' | 'scientific';
}

const MINUS = '\u2212';

/** A number as prose shows it: a real minus sign, fixed or trimmed decimals. */
export function quoteText(value: number, { decimals = 4, trim = false }: QuoteFormat = {}): string {
  const text = trim ? fmtTrim(value, decimals) : fmt(value, decimals);
  return text.replace(/^-/, MINUS);
}

/**
 * A computed number in running text. `data-value` carries the raw value for tests and tools;
 * the text is rendered by hand (no Intl), so server and browser agree byte for byte.
 */
export function Quoted({ value, format = {} }: { value: number; format?: QuoteFormat }) {
  const shown = format.abs ? Math.abs(value) : value;
  if (!Number.isFinite(shown)) throw new Error(`Quoted: ${value} is not a finite number`);
  if (format.notation === 'scientific' && shown !== 0) {
    const digits = format.decimals ?? 2;
    const [mantissa, exponent] = shown.toExponential(digits - 1).split('e');
    return (
      <span className="computed" data-value={String(shown)}>
        {`${mantissa.replace(/^-/, MINUS)} × 10`}
        <sup>{exponent.replace(/^\+/, '').replace(/^-/, MINUS)}</sup>
      </span>
    );
  }
  return (
    <span className="computed" data-value={String(shown)}>
      {quoteText(shown, format)}
    </span>
  );
}
