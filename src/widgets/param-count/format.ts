/**
 * Number formatting for computed figures. Written by hand (not Intl) so that the prerendered
 * HTML and the first client render agree byte for byte whatever the locale.
 */

/** 93322 → "93,322". Rounds to an integer first. */
export function formatInteger(value: number): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const UNITS = [
  { size: 1e12, word: 'trillion', letter: 'T' },
  { size: 1e9, word: 'billion', letter: 'B' },
  { size: 1e6, word: 'million', letter: 'M' },
  { size: 1e3, word: 'thousand', letter: 'k' },
] as const;

/** `value` rounded to `digits` significant digits, without trailing zeros: 1.50 → "1.5". */
function significant(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

/** The value and unit for a magnitude, after rounding (so 999,999 becomes 1 million). */
function splitUnit(value: number, digits: number) {
  const rounded = Number(value.toPrecision(digits));
  const unit = UNITS.find((u) => Math.abs(rounded) >= u.size);
  return unit ? { mantissa: significant(rounded / unit.size, digits), unit } : undefined;
}

/** 93322 → "93.3 thousand", 1.5e9 → "1.5 billion", 640 → "640". */
export function formatWords(value: number, digits = 3): string {
  const split = splitUnit(value, digits);
  return split ? `${split.mantissa} ${split.unit.word}` : significant(value, digits);
}

/** Bar labels: exact below a million ("93,322"), short above ("110M", "1.5B", "175B"). */
export function formatCompact(value: number): string {
  if (Math.abs(value) < 1e6) return formatInteger(value);
  const split = splitUnit(value, 3);
  return split ? `${split.mantissa}${split.unit.letter}` : formatInteger(value);
}

/** 3.15e23 → { mantissa: "3.15", exponent: 23 } (to `digits` significant digits). */
export function scientific(value: number, digits = 3): { mantissa: string; exponent: number } {
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  return { mantissa: String(Number(mantissa)), exponent: Number(exponent) };
}

/** 0.997 → "99.7%". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${(fraction * 100).toFixed(decimals)}%`;
}

const SECONDS = { year: 365.25 * 24 * 3600, day: 24 * 3600, hour: 3600, minute: 60 } as const;

/** 3.15e9 → "100 years", 3.15e6 → "36 days", 90 → "90 seconds" (two significant digits). */
export function formatDuration(seconds: number): string {
  for (const [unit, size] of Object.entries(SECONDS)) {
    if (seconds >= 2 * size) return `${formatWords(seconds / size, 2)} ${unit}s`;
  }
  return `${significant(seconds, 2)} seconds`;
}
