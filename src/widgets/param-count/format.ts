import type { Lang } from '../../i18n/lang';

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

/** Chinese counts in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²): 93322 → "9.33 万", 1.75e11 → "1750 亿". */
const ZH_UNITS = [
  { size: 1e12, word: '万亿' },
  { size: 1e8, word: '亿' },
  { size: 1e4, word: '万' },
] as const;

/** 93322 → "93.3 thousand", 1.5e9 → "1.5 billion", 640 → "640"; in Chinese "9.33 万", "15 亿". */
export function formatWords(value: number, digits = 3, lang: Lang = 'en'): string {
  if (lang === 'zh') {
    const rounded = Number(value.toPrecision(digits));
    const unit = ZH_UNITS.find((u) => Math.abs(rounded) >= u.size);
    return unit ? `${significant(rounded / unit.size, digits)} ${unit.word}` : significant(value, digits);
  }
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
const ZH_TIME_UNITS: Record<keyof typeof SECONDS | 'second', string> = {
  year: '年',
  day: '天',
  hour: '小时',
  minute: '分钟',
  second: '秒',
};

/** 3.15e9 → "100 years", 3.15e6 → "36 days", 90 → "90 seconds" (two significant digits); Chinese "100 年". */
export function formatDuration(seconds: number, lang: Lang = 'en'): string {
  for (const [unit, size] of Object.entries(SECONDS) as [keyof typeof SECONDS, number][]) {
    if (seconds >= 2 * size) {
      const amount = formatWords(seconds / size, 2, lang);
      return lang === 'zh' ? `${amount} ${ZH_TIME_UNITS[unit]}` : `${amount} ${unit}s`;
    }
  }
  return lang === 'zh' ? `${significant(seconds, 2)} ${ZH_TIME_UNITS.second}` : `${significant(seconds, 2)} seconds`;
}
