import { log10 } from '../../ml/worked/det-math';
/** Axis ticks for the SVG plots: "nice" round values (1, 2, 2.5 or 5 × a power of ten). */

/** About `count` round tick values covering [min, max], inclusive. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return ticks.map((t) => Number(t.toPrecision(12)));
}

/** Powers of ten within [min, max] (both > 0), for a logarithmic axis. */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(log10(min) - 1e-9); e <= Math.floor(log10(max) + 1e-9); e++) ticks.push(10 ** e);
  return ticks;
}

/** A tick label: short, without trailing zeros. */
export function tickLabel(value: number): string {
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) return value.toExponential(0);
  return String(Number(value.toPrecision(6)));
}
