import type { CSSProperties } from 'react';
import { fmt, fmtTrim } from '../shared/numbers';

/**
 * A kernel weight as a reader would write it: integers as they are, ninths and sixteenths
 * as fractions (the blur kernels), anything else with three decimals.
 */
export function formatWeight(w: number): string {
  if (Number.isInteger(w)) return fmt(w, 0);
  for (const d of [9, 16]) {
    const n = Math.round(w * d);
    if (Math.abs(n / d - w) < 1e-12) return `${n}/${d}`;
  }
  return fmtTrim(w, 3);
}

/** A cell value: integers exactly, otherwise three decimals (trailing zeros trimmed). */
export function formatValue(x: number): string {
  return Number.isInteger(x) ? fmt(x, 0) : fmtTrim(x, 3);
}

/** A product term as written in a sum: negative numbers in parentheses. */
export function paren(text: string): string {
  return text.startsWith('-') ? `(${text.replace('-', '−')})` : text;
}

/** Minus signs as the typographic "−". */
export function minus(text: string): string {
  return text.replace(/^-/, '−');
}

/**
 * Background tint for a value on a diverging scale: accent for positive, warning colour for
 * negative, stronger with |value| / scale (capped so the text stays readable).
 */
export function tint(value: number, scale: number): CSSProperties | undefined {
  if (value === 0 || !(scale > 0)) return undefined;
  // At most 40% colour: the text keeps a 4.5:1 contrast in both themes (checked by tests/e2e/a11y.test.ts).
  const strength = Math.round(Math.min(1, Math.abs(value) / scale) * 40);
  const colour = value > 0 ? 'var(--accent)' : 'var(--warning)';
  return { background: `color-mix(in srgb, ${colour} ${strength}%, transparent)` };
}

/** Largest |value| in a grid (1 for an all-zero grid, so tints stay defined). */
export function maxAbs(grid: readonly (readonly number[])[]): number {
  const m = Math.max(...grid.flat().map(Math.abs));
  return m > 0 ? m : 1;
}
