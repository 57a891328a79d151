import type { Point } from '../../ml/optimizer-race/surfaces';

/**
 * A number in at most `digits` significant digits, in a form `Number()` reads back: fixed
 * notation for everyday sizes, scientific for tiny or huge ones ("3.93e-18"), "0" for zero.
 */
export function formatValue(value: number, digits = 4): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  const a = Math.abs(value);
  if (a >= 1e-3 && a < 1e5) return String(Number(value.toPrecision(digits)));
  return value.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
}

/** A loss for `data-metric`: a plain number. */
export const formatLoss = (value: number) => formatValue(value, 4);

/** "(x, y)" with a few significant digits. */
export const formatPoint = ([x, y]: Point, digits = 4) => `(${formatValue(x, digits)}, ${formatValue(y, digits)})`;
