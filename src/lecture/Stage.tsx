import { useRef, type CSSProperties, type PointerEvent, type ReactNode } from 'react';
import { useViewport } from './useBrowser';
import { DrawLayer } from './DrawLayer';

export const FRAME_WIDTH = 1280;
export const FRAME_HEIGHT = 720;
const THUMB_WIDTH = 300;

export type Tool = 'none' | 'laser' | 'draw';

/** Magnification set with + and −, around a point of the slide (frame pixels). */
export interface Zoom {
  scale: number;
  x: number;
  y: number;
}

export const NO_ZOOM: Zoom = { scale: 1, x: FRAME_WIDTH / 2, y: FRAME_HEIGHT / 2 };

interface StageProps {
  slide: number;
  step: number;
  overview: boolean;
  tool: Tool;
  zoom: Zoom;
  /** Changes when the drawing must be cleared (the layer is remounted). */
  drawing: string;
  onSwipe: (direction: 'next' | 'previous') => void;
  /** Hears the pointer's position over the slide, in frame pixels (zoom centres on it). */
  onPointerAt: (point: { x: number; y: number }) => void;
  children: ReactNode;
}

/**
 * The projector view: a fixed 1280×720 frame scaled to the window (CSS transform), with the
 * zoom, laser pointer and drawing layers over it, and touch swipes. In the overview the same
 * slides (same React elements, so labs keep their state) are laid out as a grid instead.
 */
export function Stage({ slide, step, overview, tool, zoom, drawing, onSwipe, onPointerAt, children }: StageProps) {
  const viewport = useViewport();
  const laser = useRef<HTMLDivElement>(null);
  const touch = useRef<{ x: number; y: number } | null>(null);
  const scale = viewport ? Math.min(viewport.width / FRAME_WIDTH, viewport.height / FRAME_HEIGHT) : 1;
  const thumb = viewport ? Math.min(THUMB_WIDTH, (viewport.width - 64) / 2) / FRAME_WIDTH : 0.2;
  const style = { '--stage-scale': scale, '--thumb-scale': thumb } as CSSProperties;
  const zoomStyle = overview
    ? undefined
    : ({ transform: `scale(${zoom.scale})`, transformOrigin: `${zoom.x}px ${zoom.y}px` } satisfies CSSProperties);

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width === 0) return;
    const x = ((event.clientX - rect.left) * FRAME_WIDTH) / rect.width;
    const y = ((event.clientY - rect.top) * FRAME_HEIGHT) / rect.height;
    onPointerAt({ x, y });
    if (laser.current) laser.current.style.transform = `translate(${x}px, ${y}px)`;
  };

  return (
    <div
      className="lecture-stage"
      data-slide-index={slide}
      data-step-index={step}
      style={style}
      onPointerDown={(event) => {
        if (event.pointerType === 'touch' && tool !== 'draw') touch.current = { x: event.clientX, y: event.clientY };
      }}
      onPointerUp={(event) => {
        const start = touch.current;
        touch.current = null;
        if (!start || overview) return;
        const dx = event.clientX - start.x;
        const dy = event.clientY - start.y;
        if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) onSwipe(dx < 0 ? 'next' : 'previous');
      }}
    >
      <div className="deck-scaler">
        <div className="deck-zoom" style={zoomStyle} onPointerMove={onPointerMove} data-tool={tool}>
          {children}
          {!overview && <DrawLayer key={drawing} active={tool === 'draw'} />}
          {!overview && tool === 'laser' && (
            <div
              ref={laser}
              className="laser"
              aria-hidden="true"
              style={{ transform: `translate(${zoom.x}px, ${zoom.y}px)` }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
