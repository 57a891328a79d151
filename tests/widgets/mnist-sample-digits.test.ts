import { describe, expect, it } from 'vitest';
import { preprocessDrawing } from '../../src/ml/data/draw-preprocess';
import { sampleStrokes } from '../../src/widgets/mnist-lab/sample-digits';

const SIZE = 280; // the pad's canvas (DrawDigit.tsx)
const BRUSH = 20;

/** Ink of the strokes drawn with a round pen of width BRUSH, as 0/1 values (a stand-in for the canvas). */
function rasterise(digit: number): Float32Array {
  const ink = new Float32Array(SIZE * SIZE);
  const r = BRUSH / 2;
  for (const stroke of sampleStrokes(digit, SIZE)) {
    for (let i = 0; i < stroke.length; i++) {
      const [a, b] = [stroke[i], stroke[Math.min(i + 1, stroke.length - 1)]];
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1])));
      for (let s = 0; s <= steps; s++) {
        const cx = a[0] + ((b[0] - a[0]) * s) / steps;
        const cy = a[1] + ((b[1] - a[1]) * s) / steps;
        for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++)
          for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++)
            if (Math.hypot(x - cx, y - cy) <= r) ink[y * SIZE + x] = 1;
      }
    }
  }
  return ink;
}

describe('sample digits (the drawing pad without a pointer)', () => {
  it('fit every digit inside the pad, pen width included, at about MNIST proportions', () => {
    for (let digit = 0; digit < 10; digit++) {
      const points = sampleStrokes(digit, SIZE).flat();
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      expect(Math.min(...xs, ...ys), `digit ${digit}`).toBeGreaterThan(BRUSH);
      expect(Math.max(...xs, ...ys), `digit ${digit}`).toBeLessThan(SIZE - BRUSH);
      const height = Math.max(...ys) - Math.min(...ys);
      expect(height / SIZE, `digit ${digit}`).toBeGreaterThan(0.5);
      expect(height / SIZE, `digit ${digit}`).toBeLessThan(0.7);
    }
    expect(() => sampleStrokes(10, SIZE)).toThrow(RangeError);
  });

  it('give ten clearly different MNIST-like images', () => {
    const images = Array.from({ length: 10 }, (_, digit) => preprocessDrawing(rasterise(digit), SIZE, SIZE));
    for (const image of images) expect(image.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    for (let i = 0; i < 10; i++)
      for (let j = i + 1; j < 10; j++) {
        let distance = 0;
        for (let k = 0; k < images[i].length; k++) distance += (images[i][k] - images[j][k]) ** 2;
        expect(Math.sqrt(distance), `${i} vs ${j}`).toBeGreaterThan(4);
      }
  });
});
