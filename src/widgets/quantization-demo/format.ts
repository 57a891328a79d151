import type { Lang } from '../../i18n/lang';
import { formatInteger } from '../param-count/format';

const BYTE_UNITS = [
  { size: 1e12, unit: 'TB' },
  { size: 1e9, unit: 'GB' },
  { size: 1e6, unit: 'MB' },
  { size: 1e3, unit: 'kB' },
] as const;

/** 16384 → "16.4 kB", 7e11 → "700 GB", 512 → "512 bytes" (decimal units, three significant digits). */
export function formatBytes(bytes: number, lang: Lang = 'en'): string {
  const rounded = Number(bytes.toPrecision(3));
  const unit = BYTE_UNITS.find((u) => rounded >= u.size);
  if (!unit) return `${formatInteger(bytes)} ${lang === 'zh' ? '字节' : 'bytes'}`;
  return `${String(Number((rounded / unit.size).toPrecision(3)))} ${unit.unit}`;
}
