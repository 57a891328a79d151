/**
 * Pure drawing helpers of the playground: the colour scale, heat-map pixels, and the geometry
 * of the network picture (node positions, which weight a click hits). Canvas calls live in the
 * components; everything here is testable in Node.
 */
import type { Activation } from '../../ml/playground/setup';

/**
 * Context options of every playground canvas: `willReadFrequently` keeps a canvas in ordinary
 * memory instead of on the GPU. These canvases are small and redrawn up to 60 times a second
 * with many small calls (hundreds of weight lines, dozens of neuron pictures); on the GPU each
 * call is a command for the GPU process, which costs more than drawing the pixels directly, and
 * where the GPU is emulated on the CPU (SwiftShader) it took the frame rate from 60 to below 10.
 */
export const SOFTWARE_CANVAS: CanvasRenderingContext2DSettings = { willReadFrequently: true };

/**
 * A reusable off-screen canvas for drawing a small grid of values scaled up with smoothing: it
 * keeps its size and its ImageData between frames (resizing a canvas reallocates and clears it).
 */
export class HeatTile {
  private canvas: HTMLCanvasElement | undefined;
  private image: ImageData | undefined;

  /** Draws `values[start … start + size²)` as a size × size picture into `target`'s box. */
  draw(
    target: CanvasRenderingContext2D,
    box: { x: number; y: number; width: number; height: number },
    values: ArrayLike<number>,
    start: number,
    size: number,
    toUnit: (value: number) => number,
  ): void {
    this.canvas ??= document.createElement('canvas');
    if (this.canvas.width !== size || this.canvas.height !== size) {
      this.canvas.width = size;
      this.canvas.height = size;
      this.image = undefined;
    }
    const context = this.canvas.getContext('2d', SOFTWARE_CANVAS);
    if (!context) return;
    this.image ??= context.createImageData(size, size);
    fillHeatPixels(this.image.data, values, start, size * size, toUnit);
    context.putImageData(this.image, 0, 0);
    target.imageSmoothingEnabled = true;
    target.drawImage(this.canvas, box.x, box.y, box.width, box.height);
  }
}

/** Orange for class 0 / negative values, blue for class 1 / positive (as in TensorFlow Playground). */
export const NEGATIVE: readonly [number, number, number] = [245, 147, 34];
export const POSITIVE: readonly [number, number, number] = [8, 119, 189];
const MIDDLE: readonly [number, number, number] = [236, 238, 240];

/** The colour of t ∈ [−1, 1]: orange at −1, light grey at 0, blue at 1 (clamped). Pure. */
export function divergingColor(t: number): [number, number, number] {
  const s = Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0));
  const end = s < 0 ? NEGATIVE : POSITIVE;
  const a = Math.abs(s);
  return [0, 1, 2].map((i) => Math.round(MIDDLE[i] + (end[i] - MIDDLE[i]) * a)) as [number, number, number];
}

/** CSS rgb() of {@link divergingColor}. */
export function cssColor(t: number, alpha = 1): string {
  const [r, g, b] = divergingColor(t);
  return alpha === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${alpha})`;
}

/**
 * Maps a value to [−1, 1] for colouring. Probabilities (the classifier's output) and sigmoid
 * units centre on 0.5; tanh is already in range; ReLU and linear units are divided by `scale`
 * (the largest |value| on the grid), so each neuron's picture uses the whole scale.
 */
export function normaliser(kind: Activation | 'probability', scale: number): (value: number) => number {
  switch (kind) {
    case 'probability':
    case 'sigmoid':
      return (v) => 2 * v - 1;
    case 'tanh':
      return (v) => v;
    default: {
      const s = scale > 1e-9 ? scale : 1;
      return (v) => v / s;
    }
  }
}

/** The largest |value| of `values[start … start + length)`. */
export function maxAbs(values: ArrayLike<number>, start = 0, length = values.length - start): number {
  let max = 0;
  for (let i = start; i < start + length; i++) max = Math.max(max, Math.abs(values[i]));
  return max;
}

/**
 * Fills RGBA `pixels` (size × size × 4) from `values[start …]` through `toUnit` and the colour
 * scale. Changes `pixels`.
 */
export function fillHeatPixels(
  pixels: Uint8ClampedArray,
  values: ArrayLike<number>,
  start: number,
  count: number,
  toUnit: (value: number) => number,
): void {
  // The colour scale inlined (no arrays per pixel: this runs for every pixel of every frame).
  for (let i = 0; i < count; i++) {
    const t = toUnit(values[start + i]);
    const s = t > 1 ? 1 : t < -1 ? -1 : Number.isFinite(t) ? t : 0;
    const end = s < 0 ? NEGATIVE : POSITIVE;
    const a = s < 0 ? -s : s;
    pixels[4 * i] = MIDDLE[0] + (end[0] - MIDDLE[0]) * a;
    pixels[4 * i + 1] = MIDDLE[1] + (end[1] - MIDDLE[1]) * a;
    pixels[4 * i + 2] = MIDDLE[2] + (end[2] - MIDDLE[2]) * a;
    pixels[4 * i + 3] = 255;
  }
}

/** Geometry of the network picture. */
export interface NetworkLayout {
  width: number;
  height: number;
  /** Side of a node's square. */
  node: number;
  /** Top-left corner of every node, layer by layer (inputs first, output last). */
  positions: { x: number; y: number }[][];
}

/** Space above the nodes for the column titles. */
export const TITLE_SPACE = 18;

/**
 * Node positions for layer widths `sizes` (inputs … output): columns left to right, centred
 * vertically below a strip for the column titles.
 */
export function networkLayout(sizes: readonly number[], node = 34, columnGap = 92, rowGap = 44): NetworkLayout {
  const tallest = Math.max(...sizes);
  const height = TITLE_SPACE + tallest * rowGap + 8;
  const width = (sizes.length - 1) * columnGap + node + 16;
  const positions = sizes.map((count, l) => {
    const top = TITLE_SPACE + (tallest - count) * (rowGap / 2) + (rowGap - node) / 2;
    return Array.from({ length: count }, (_, i) => ({ x: 8 + l * columnGap, y: top + i * rowGap }));
  });
  return { width, height, node, positions };
}

/** Distance from point p to the segment a–b. */
export function segmentDistance(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The end points of the line drawn for weight (layer, from, to): right edge of one node to the left edge of the next. */
export function weightSegment(
  layout: NetworkLayout,
  layer: number,
  from: number,
  to: number,
): [{ x: number; y: number }, { x: number; y: number }] {
  const a = layout.positions[layer][from];
  const b = layout.positions[layer + 1][to];
  const half = layout.node / 2;
  return [
    { x: a.x + layout.node, y: a.y + half },
    { x: b.x, y: b.y + half },
  ];
}

/** The weight whose line passes within `tolerance` px of `p` (the nearest), or undefined. */
export function hitWeight(
  layout: NetworkLayout,
  sizes: readonly number[],
  p: { x: number; y: number },
  tolerance = 5,
): { layer: number; from: number; to: number } | undefined {
  let best: { layer: number; from: number; to: number } | undefined;
  let bestDistance = tolerance;
  for (let layer = 0; layer < sizes.length - 1; layer++) {
    for (let from = 0; from < sizes[layer]; from++) {
      for (let to = 0; to < sizes[layer + 1]; to++) {
        const [a, b] = weightSegment(layout, layer, from, to);
        const d = segmentDistance(p, a, b);
        if (d <= bestDistance) {
          bestDistance = d;
          best = { layer, from, to };
        }
      }
    }
  }
  return best;
}
