import { useEffect, useRef } from 'react';

export interface GrayImageProps {
  /** Row-major values; with `range` [min, max] they map to black…white (default 0–255). */
  values: ArrayLike<number>;
  width: number;
  height: number;
  range?: [number, number];
  /** Drawn size in CSS pixels (the image is scaled without smoothing). */
  size?: number;
  label: string;
  /** Dark ink on light paper (digits) instead of white on black. */
  invert?: boolean;
}

/** A small grey-scale image (a digit, a filter, an activation map) drawn on a canvas. */
export function GrayImage({
  values,
  width,
  height,
  range = [0, 255],
  size = 56,
  label,
  invert = true,
}: GrayImageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(width, height);
    const [min, max] = range;
    const span = max - min || 1;
    for (let i = 0; i < width * height; i++) {
      const t = Math.min(1, Math.max(0, (values[i] - min) / span));
      const shade = Math.round(255 * (invert ? 1 - t : t));
      image.data.set([shade, shade, shade, 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [values, width, height, range, invert]);
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      className="gray-image"
      style={{ width: size, height: (size * height) / width, imageRendering: 'pixelated' }}
    />
  );
}
