import { isBookModelId, modelName, paramCount, scaleChartModelIds, type ModelId } from '../../ml/models/param-counts';
import { log10 as detLog10 } from '../../ml/worked/det-math';

/** One bar: a model and its parameter count. */
export interface ScaleEntry {
  id: string;
  name: string;
  params: number;
  /** 'book': trained in this book's labs (counted by our code); 'published': reported by its authors. */
  group: 'book' | 'published';
}

export function entriesFor(ids: readonly ModelId[]): ScaleEntry[] {
  return ids.map((id) => ({
    id,
    name: modelName(id),
    params: paramCount(id),
    group: isBookModelId(id) ? 'book' : 'published',
  }));
}

export const defaultScaleEntries = (): ScaleEntry[] => entriesFor(scaleChartModelIds);

/** Geometry of the chart in SVG user units (the SVG scales to its container). */
export const GEOMETRY = {
  width: 640,
  plotLeft: 168,
  plotRight: 560,
  top: 8,
  rowHeight: 28,
  barHeight: 16,
  axisHeight: 34,
} as const;

export interface BarLayout extends ScaleEntry {
  log10: number;
  y: number;
  /** Bars start at `plotLeft`; `width` is proportional to log10(params) − minExponent. */
  width: number;
}

export interface TickLayout {
  exponent: number;
  x: number;
  label: string;
}

export interface ChartLayout {
  bars: BarLayout[];
  ticks: TickLayout[];
  width: number;
  height: number;
  axisY: number;
}

const TICK_WORDS = ['1', '10', '100', '1k', '10k', '100k', '1M', '10M', '100M', '1B', '10B', '100B', '1T', '10T'];

/** "1k", "10M", "1B"; falls back to "10^e" outside the table. */
export function tickLabel(exponent: number): string {
  return TICK_WORDS[exponent] ?? `10^${exponent}`;
}

/**
 * Lays the bars out on a log10 axis from 10^minExponent to 10^maxExponent: equal distances
 * are equal ratios, so each tick is ten times the one before. Bars keep the input order.
 */
export function scaleLayout(entries: readonly ScaleEntry[], minExponent = 3, maxExponent = 12): ChartLayout {
  if (!(maxExponent > minExponent)) throw new Error('maxExponent must exceed minExponent');
  const { width, plotLeft, plotRight, top, rowHeight, barHeight, axisHeight } = GEOMETRY;
  const span = plotRight - plotLeft;
  const x = (log: number) => plotLeft + ((log - minExponent) / (maxExponent - minExponent)) * span;
  const bars = entries.map((entry, i) => {
    const log10 = detLog10(entry.params);
    const clamped = Math.min(Math.max(log10, minExponent), maxExponent);
    return { ...entry, log10, y: top + i * rowHeight + (rowHeight - barHeight) / 2, width: x(clamped) - plotLeft };
  });
  const ticks: TickLayout[] = [];
  for (let e = minExponent; e <= maxExponent; e += 1) ticks.push({ exponent: e, x: x(e), label: tickLabel(e) });
  const axisY = top + entries.length * rowHeight;
  return { bars, ticks, width, height: axisY + axisHeight, axisY };
}
