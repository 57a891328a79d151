import { MNIST_SIDE } from './mnist';

/**
 * Turns a drawing (ink intensities 0–1 in a `width × height` grid, row-major) into an MNIST-like
 * 28×28 image, the way the MNIST digits were made: crop to the ink's bounding box, scale the
 * longer side to 20 pixels keeping the aspect ratio (area averaging), paste into 28×28 so that
 * the centre of mass sits at the centre. Pure; returns a new Float32Array of 784 values in 0–1,
 * all zero for an empty drawing.
 */
export function preprocessDrawing(ink: ArrayLike<number>, width: number, height: number): Float32Array {
  const out = new Float32Array(MNIST_SIDE * MNIST_SIDE);
  const box = inkBoundingBox(ink, width, height);
  if (!box) return out;
  const boxWidth = box.right - box.left + 1;
  const boxHeight = box.bottom - box.top + 1;
  const scale = 20 / Math.max(boxWidth, boxHeight);
  const small = resizeArea(
    ink,
    width,
    box,
    Math.max(1, Math.round(boxWidth * scale)),
    Math.max(1, Math.round(boxHeight * scale)),
  );
  const { cx, cy } = centreOfMass(small.pixels, small.width, small.height);
  const offsetX = Math.round(MNIST_SIDE / 2 - cx);
  const offsetY = Math.round(MNIST_SIDE / 2 - cy);
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      const tx = x + offsetX;
      const ty = y + offsetY;
      if (tx >= 0 && tx < MNIST_SIDE && ty >= 0 && ty < MNIST_SIDE) {
        out[ty * MNIST_SIDE + tx] = Math.min(1, small.pixels[y * small.width + x]);
      }
    }
  }
  return out;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The smallest box holding every pixel above `threshold`, or undefined when there is none. */
export function inkBoundingBox(
  ink: ArrayLike<number>,
  width: number,
  height: number,
  threshold = 0.05,
): Box | undefined {
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x] > threshold) {
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  return right < 0 ? undefined : { left, top, right, bottom };
}

/** Centre of mass (x, y) of a grid, in pixel-centre coordinates (+0.5). */
export function centreOfMass(pixels: ArrayLike<number>, width: number, height: number): { cx: number; cy: number } {
  let mass = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = pixels[y * width + x];
      mass += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return mass === 0 ? { cx: width / 2, cy: height / 2 } : { cx: sx / mass, cy: sy / mass };
}

/** Area-averaging resize of the `box` region of `ink` to `outWidth × outHeight`. */
function resizeArea(
  ink: ArrayLike<number>,
  width: number,
  box: Box,
  outWidth: number,
  outHeight: number,
): { pixels: Float32Array; width: number; height: number } {
  const boxWidth = box.right - box.left + 1;
  const boxHeight = box.bottom - box.top + 1;
  const pixels = new Float32Array(outWidth * outHeight);
  const sx = boxWidth / outWidth;
  const sy = boxHeight / outHeight;
  for (let oy = 0; oy < outHeight; oy++) {
    const y0 = oy * sy;
    const y1 = y0 + sy;
    for (let ox = 0; ox < outWidth; ox++) {
      const x0 = ox * sx;
      const x1 = x0 + sx;
      let sum = 0;
      for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
        const wy = Math.min(y + 1, y1) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
          const wx = Math.min(x + 1, x1) - Math.max(x, x0);
          sum += wx * wy * ink[(box.top + y) * width + box.left + x];
        }
      }
      pixels[oy * outWidth + ox] = sum / (sx * sy);
    }
  }
  return { pixels, width: outWidth, height: outHeight };
}
