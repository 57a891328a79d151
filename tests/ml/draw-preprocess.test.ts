import { describe, expect, it } from 'vitest';
import { centreOfMass, inkBoundingBox, preprocessDrawing } from '../../src/ml/data/draw-preprocess';

/** A 280×280 drawing with a filled rectangle of ink. */
function drawing(left: number, top: number, w: number, h: number, size = 280): Float32Array {
  const ink = new Float32Array(size * size);
  for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) ink[y * size + x] = 1;
  return ink;
}

describe('preprocessing a drawn digit like MNIST', () => {
  it('returns an empty image for an empty drawing', () => {
    expect(preprocessDrawing(new Float32Array(100 * 100), 100, 100).every((v) => v === 0)).toBe(true);
  });

  it('scales the longer side of the ink to 20 pixels and centres the mass at (14, 14)', () => {
    // A tall bar in the top-left corner: 40 wide, 200 high.
    const out = preprocessDrawing(drawing(10, 5, 40, 200), 280, 280);
    const box = inkBoundingBox(out, 28, 28);
    expect(box).toBeDefined();
    expect(box!.bottom - box!.top + 1).toBe(20);
    expect(box!.right - box!.left + 1).toBe(4);
    const { cx, cy } = centreOfMass(out, 28, 28);
    expect(Math.abs(cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cy - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  it('gives the same image wherever the digit was drawn on the canvas', () => {
    const a = preprocessDrawing(drawing(0, 0, 100, 100), 280, 280);
    const b = preprocessDrawing(drawing(150, 170, 100, 100), 280, 280);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('finds bounding boxes and centres of mass', () => {
    expect(inkBoundingBox(drawing(3, 4, 2, 5, 10), 10, 10)).toEqual({ left: 3, top: 4, right: 4, bottom: 8 });
    expect(centreOfMass(drawing(3, 4, 2, 2, 10), 10, 10)).toEqual({ cx: 4, cy: 5 }); // pixel centres 3.5 and 4.5, 4.5 and 5.5
  });
});
