/**
 * Number formatting for worked examples: fixed decimals without a "-0.000", and helpers
 * that pick how many decimals a value needs.
 */
import { formatNumber } from '../../lib/format';

/** `value` with `decimals` fixed decimals; never "-0.00" (a rounded-away sign is dropped). */
export function fmt(value: number, decimals = 4): string {
  const text = formatNumber(value, decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Like fmt, then trailing zeros (and a bare point) removed: 0.2500 → "0.25", 1.000 → "1". */
export function fmtTrim(value: number, maxDecimals = 4): string {
  const text = fmt(value, maxDecimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** How many decimals `value` needs in its shortest exact-looking form, at most `max`. */
export function decimalsOf(value: number, max = 6): number {
  for (let d = 0; d < max; d++) {
    if (Math.abs(Number(value.toFixed(d)) - value) < 1e-9) return d;
  }
  return max;
}

/** fmt with a leading "+" for positive numbers, for signed quantities such as gradients. */
export function fmtSigned(value: number, decimals = 4): string {
  const text = fmt(value, decimals);
  return value > 0 && Number(text) !== 0 ? `+${text}` : text;
}
