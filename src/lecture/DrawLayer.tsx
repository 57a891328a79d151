import { useRef, type PointerEvent } from 'react';

const WIDTH = 1280;
const HEIGHT = 720;
const DENSITY = 2;

/**
 * A transparent canvas over the slide for drawing with the mouse, pen or a finger. It draws
 * only while `active` (pointer events pass through otherwise). The lecture remounts it per
 * slide and on "clear", which is what erases it.
 */
export function DrawLayer({ active }: { active: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * WIDTH) / rect.width,
      y: ((event.clientY - rect.top) * HEIGHT) / rect.height,
    };
  };

  const line = (to: { x: number; y: number }) => {
    const context = canvas.current?.getContext('2d');
    const from = last.current;
    if (!context || !from) return;
    context.setTransform(DENSITY, 0, 0, DENSITY, 0, 0);
    context.strokeStyle = '#e5172f';
    context.lineWidth = 5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    last.current = to;
  };

  return (
    <canvas
      ref={canvas}
      className="draw-layer"
      data-active={active ? 'true' : undefined}
      width={WIDTH * DENSITY}
      height={HEIGHT * DENSITY}
      aria-hidden="true"
      onPointerDown={(event) => {
        if (!active) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        last.current = point(event);
        line({ x: last.current.x + 0.1, y: last.current.y });
      }}
      onPointerMove={(event) => {
        if (active && last.current) line(point(event));
      }}
      onPointerUp={() => (last.current = null)}
      onPointerCancel={() => (last.current = null)}
    />
  );
}
