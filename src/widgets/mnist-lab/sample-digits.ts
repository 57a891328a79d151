/**
 * Pen strokes for the ten digits, so that readers who cannot draw with a pointer (keyboard,
 * switch access) can still put a handwritten-looking digit on the "Draw a digit" pad and see
 * what the network predicts. Pure data and arithmetic: no DOM.
 */

type Point = readonly [number, number];
type Stroke = readonly Point[];

/** Points on an ellipse around (cx, cy), from angle `from` to `to` (degrees, 0 = right, clockwise on screen). */
function arc(cx: number, cy: number, rx: number, ry: number, from: number, to: number, steps = 16): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)] as const;
  });
}

/** Each digit as strokes in a 10 × 10 box (x to the right, y down), roughly as people write them. */
const STROKES: readonly (readonly Stroke[])[] = [
  [arc(5, 5, 3.6, 5, -90, 270, 24)],
  [
    [
      [3, 2],
      [5.5, 0],
      [5.5, 10],
    ],
  ],
  [[...arc(5, 3, 3.5, 3, 200, 360, 8), [7.8, 5], [1.2, 10], [9, 10]]],
  [[...arc(4.8, 2.6, 3.4, 2.6, 200, 450, 12), ...arc(4.8, 7.4, 3.8, 2.6, -90, 160, 12)]],
  [
    [
      [6.5, 10],
      [6.5, 0],
      [1, 6.8],
      [9.5, 6.8],
    ],
  ],
  [[[8.5, 0], [2.5, 0], [2, 4.3], ...arc(5, 6.7, 3.8, 3.3, -130, 150, 14)]],
  [[[7.2, 0.2], [4.8, 0.8], [2.9, 2.8], ...arc(5, 7.3, 3.1, 2.7, 185, 540, 18)]],
  [
    [
      [1, 0],
      [9, 0],
      [4, 10],
    ],
  ],
  [[...arc(5, 2.6, 2.8, 2.6, 90, 450, 16), ...arc(5, 7.5, 3.4, 2.5, -90, 270, 16)]],
  [[...arc(5, 3.2, 3.4, 3.2, 0, 360, 18), [8.4, 6], [7.5, 10]]],
];

/** The strokes of `digit` (0–9) in pixels, centred on a `size` × `size` pad with a margin like MNIST's. */
export function sampleStrokes(digit: number, size: number): Point[][] {
  const strokes = STROKES[digit];
  if (!strokes) throw new RangeError(`no sample for digit ${digit}`);
  const scale = (size * 0.6) / 10; // the digit fills about 60 % of the pad's height
  const left = (size - 10 * scale * 0.75) / 2;
  const top = (size - 10 * scale) / 2;
  return strokes.map((stroke) => stroke.map(([x, y]) => [left + x * scale * 0.75, top + y * scale] as const));
}
