import { formatInteger } from '../param-count/format';

/** 0.0123 → "12.3 ms", 4.56 → "4.56 s" (three significant digits). */
export function formatSeconds(s: number): string {
  if (s < 1) return `${Number((s * 1000).toPrecision(3))} ms`;
  return `${Number(s.toPrecision(3))} s`;
}

/** Dollars with three significant digits: "$0.00194"; whole dollars with separators from $1,000. */
export function formatDollars(d: number): string {
  return d >= 1000 ? `$${formatInteger(d)}` : `$${Number(d.toPrecision(3))}`;
}
