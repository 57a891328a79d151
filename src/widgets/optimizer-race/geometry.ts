import type { Point, Surface } from '../../ml/optimizer-race/surfaces';

/** The plot's SVG coordinate system: a fixed viewBox, scaled to the page by CSS. */
export const PLOT = { width: 560, height: 400, margin: { top: 10, right: 12, bottom: 36, left: 46 } } as const;
export const INNER_WIDTH = PLOT.width - PLOT.margin.left - PLOT.margin.right;
export const INNER_HEIGHT = PLOT.height - PLOT.margin.top - PLOT.margin.bottom;

/** Maps between a surface's (x, y) and the plot's SVG coordinates. */
export interface PlotScales {
  sx(x: number): number;
  sy(y: number): number;
  /** SVG coordinates back to (x, y). */
  invert(px: number, py: number): Point;
}

export function plotScales(surface: Surface): PlotScales {
  const [x0, x1] = surface.domain.x;
  const [y0, y1] = surface.domain.y;
  const { left, top } = PLOT.margin;
  return {
    sx: (x) => left + ((x - x0) / (x1 - x0)) * INNER_WIDTH,
    sy: (y) => top + (1 - (y - y0) / (y1 - y0)) * INNER_HEIGHT,
    invert: (px, py) => [x0 + ((px - left) / INNER_WIDTH) * (x1 - x0), y1 - ((py - top) / INNER_HEIGHT) * (y1 - y0)],
  };
}

/** Keeps far-away SVG coordinates small (the clip path hides them anyway). */
const clampTo = (v: number, lo: number, hi: number) => Math.min(hi + (hi - lo), Math.max(lo - (hi - lo), v));

/**
 * SVG path data through the first `count` points of a trajectory, keeping at most `maxPoints`
 * of them (evenly spaced, always including the first and the last) so long races stay cheap to draw.
 */
export function trajectoryPath(
  xs: readonly number[],
  ys: readonly number[],
  count: number,
  scales: PlotScales,
  maxPoints = 1500,
): string {
  if (count <= 0) return '';
  const stride = Math.max(1, Math.ceil(count / maxPoints));
  const parts: string[] = [];
  for (let i = 0; i < count; i += stride) parts.push(point(i));
  if ((count - 1) % stride !== 0) parts.push(point(count - 1));
  return `M${parts.join('L')}`;

  function point(i: number): string {
    const px = clampTo(scales.sx(xs[i]), PLOT.margin.left, PLOT.margin.left + INNER_WIDTH);
    const py = clampTo(scales.sy(ys[i]), PLOT.margin.top, PLOT.margin.top + INNER_HEIGHT);
    return `${px.toFixed(1)} ${py.toFixed(1)}`;
  }
}

/**
 * The heat map's shade of every pixel of a `width`×`height` grid over the surface's domain
 * (row 0 at the top, i.e. the largest y), in [0, 1]: log(1 + f − min) for 'log' surfaces, f
 * itself for 'linear' ones, rescaled to the grid's range.
 */
export function shadeGrid(surface: Surface, width: number, height: number): Float32Array {
  const [x0, x1] = surface.domain.x;
  const [y0, y1] = surface.domain.y;
  const values = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    const y = y1 - ((row + 0.5) / height) * (y1 - y0);
    for (let col = 0; col < width; col++) {
      const x = x0 + ((col + 0.5) / width) * (x1 - x0);
      values[row * width + col] = surface.value(x, y);
    }
  }
  let lo = Infinity;
  for (const v of values) lo = Math.min(lo, v);
  if (surface.shading === 'log') for (let i = 0; i < values.length; i++) values[i] = Math.log1p(values[i] - lo);
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const span = max - min || 1;
  for (let i = 0; i < values.length; i++) values[i] = (values[i] - min) / span;
  return values;
}

/**
 * RGBA pixels for a shade grid: the colour `rgb` with opacity growing with the shade, in
 * `bands` steps, and stronger contour lines wherever the band changes. More ink = higher loss.
 */
export function heatmapPixels(
  shades: Float32Array,
  width: number,
  height: number,
  rgb: readonly [number, number, number],
  bands = 14,
): Uint8ClampedArray<ArrayBuffer> {
  const band = (v: number) => Math.min(bands - 1, Math.floor(v * bands));
  const pixels = new Uint8ClampedArray(new ArrayBuffer(width * height * 4));
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const i = row * width + col;
      const b = band(shades[i]);
      const edge =
        (col + 1 < width && band(shades[i + 1]) !== b) || (row + 1 < height && band(shades[i + width]) !== b);
      const alpha = edge ? 0.5 : 0.03 + (0.3 * b) / (bands - 1);
      pixels.set([rgb[0], rgb[1], rgb[2], Math.round(alpha * 255)], i * 4);
    }
  }
  return pixels;
}

/** "rgb(27, 31, 36)" or "rgba(…)" → [27, 31, 36]; black when it cannot be read. */
export function parseRgb(color: string): [number, number, number] {
  const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}
