import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { Point, Surface } from '../../ml/optimizer-race/surfaces';
import { niceTicks, tickLabel } from '../shared/ticks';
import type { RunnerSnapshot } from './client';
import {
  heatmapPixels,
  INNER_HEIGHT,
  INNER_WIDTH,
  parseRgb,
  PLOT,
  plotScales,
  shadeGrid,
  trajectoryPath,
} from './geometry';
import { formatLoss, formatPoint } from './format';
import { markerPath, RACER_STYLES } from './racer-style';

/** Pixels of the heat-map bitmap per SVG unit (sharp on high-density screens, cheap to compute). */
const RESOLUTION = 2;

/** Arrow keys and the direction each moves the start point in (x right, y up). */
const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** Draws the surface's heat map with contour bands into `canvas`, in the page's --fg colour. */
function drawHeatmap(canvas: HTMLCanvasElement, surface: Surface): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const { width, height } = canvas;
  const rgb = parseRgb(getComputedStyle(canvas).color);
  const pixels = heatmapPixels(shadeGrid(surface, width, height), width, height, rgb);
  context.putImageData(new ImageData(pixels, width, height), 0, 0);
}

const pct = (part: number, whole: number) => `${(100 * part) / whole}%`;

/**
 * The race on its surface: a heat map with contour bands (canvas, redrawn when the surface or
 * the colour theme changes), the start, the minimum, each racer's trajectory and current
 * position (SVG). Clicking the map picks a new start point; so do the arrow keys while it has the focus.
 */
export function SurfacePlot({
  surface,
  start,
  runners,
  steps,
  onPickStart,
}: {
  surface: Surface;
  start: Point;
  runners: readonly RunnerSnapshot[];
  steps: number;
  onPickStart(point: Point): void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    drawHeatmap(canvas, surface);
    // Follow the light/dark switch (it sets data-theme on <html>).
    const observer = new MutationObserver(() => drawHeatmap(canvas, surface));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, [surface]);

  const scales = plotScales(surface);
  const { left, top } = PLOT.margin;
  const xTicks = niceTicks(surface.domain.x[0], surface.domain.x[1], 6);
  const yTicks = niceTicks(surface.domain.y[0], surface.domain.y[1], 5);
  const t = useT();
  const clipId = `race-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const box = svg.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * PLOT.width;
    const py = ((event.clientY - box.top) / box.height) * PLOT.height;
    if (px < left || px > left + INNER_WIDTH || py < top || py > top + INNER_HEIGHT) return;
    const [x, y] = scales.invert(px, py);
    onPickStart([Number(x.toFixed(2)), Number(y.toFixed(2))]);
  };

  /** The keyboard's way to move the start: arrow keys, 1/40 of the map per press (Shift: 1/8). */
  const nudge = (event: KeyboardEvent<SVGSVGElement>) => {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const { x: xs, y: ys } = surface.domain;
    const fraction = event.shiftKey ? 1 / 8 : 1 / 40;
    const clampTo = (v: number, [lo, hi]: readonly [number, number]) =>
      Number(Math.min(hi, Math.max(lo, v)).toFixed(2));
    onPickStart([
      clampTo(start[0] + direction[0] * fraction * (xs[1] - xs[0]), xs),
      clampTo(start[1] + direction[1] * fraction * (ys[1] - ys[0]), ys),
    ]);
  };

  const description =
    t('labUi.race.plotLabel', {
      surface: t(`labUi.race.surfaces.${surface.id}`),
      formula: surface.formula,
      steps,
      start: formatPoint(start),
    }) +
    (surface.minimum ? t('labUi.race.plotMinimum', { point: formatPoint(surface.minimum) }) : '') +
    t('labUi.race.colon') +
    runners
      .map((r) =>
        t('labUi.race.plotRacer', {
          racer: t(`labUi.race.racers.${r.racer}`),
          point: formatPoint([r.xs[r.count - 1], r.ys[r.count - 1]]),
          loss: formatLoss(r.loss),
        }),
      )
      .join(t('labUi.race.separator'));

  return (
    <div className="race-plot" style={{ aspectRatio: `${PLOT.width} / ${PLOT.height}` }}>
      <canvas
        ref={canvasRef}
        className="race-heatmap"
        width={INNER_WIDTH * RESOLUTION}
        height={INNER_HEIGHT * RESOLUTION}
        style={{
          left: pct(left, PLOT.width),
          top: pct(top, PLOT.height),
          width: pct(INNER_WIDTH, PLOT.width),
          height: pct(INNER_HEIGHT, PLOT.height),
        }}
        aria-hidden="true"
      />
      <svg
        viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}
        role="img"
        aria-label={description}
        aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown"
        tabIndex={0}
        onClick={pick}
        onKeyDown={nudge}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={left} y={top} width={INNER_WIDTH} height={INNER_HEIGHT} />
          </clipPath>
        </defs>
        <rect className="race-frame" x={left} y={top} width={INNER_WIDTH} height={INNER_HEIGHT} />
        {xTicks.map((tick) => (
          <g key={`x${tick}`} className="race-tick">
            <line x1={scales.sx(tick)} x2={scales.sx(tick)} y1={top + INNER_HEIGHT} y2={top + INNER_HEIGHT + 4} />
            <text x={scales.sx(tick)} y={top + INNER_HEIGHT + 16} textAnchor="middle">
              {tickLabel(tick)}
            </text>
          </g>
        ))}
        {yTicks.map((tick) => (
          <g key={`y${tick}`} className="race-tick">
            <line x1={left - 4} x2={left} y1={scales.sy(tick)} y2={scales.sy(tick)} />
            <text x={left - 7} y={scales.sy(tick) + 4} textAnchor="end">
              {tickLabel(tick)}
            </text>
          </g>
        ))}
        <text className="race-axis-label" x={left + INNER_WIDTH / 2} y={PLOT.height - 4} textAnchor="middle">
          x
        </text>
        <text className="race-axis-label" x={12} y={top + INNER_HEIGHT / 2} textAnchor="middle">
          y
        </text>
        <g clipPath={`url(#${clipId})`}>
          {surface.minimum && (
            <path
              className="race-minimum"
              d={`M${scales.sx(surface.minimum[0])} ${scales.sy(surface.minimum[1]) - 7}l2 5h5l-4 3l2 6l-5 -4l-5 4l2 -6l-4 -3h5z`}
            />
          )}
          {runners.map((r) => {
            const style = RACER_STYLES[r.racer];
            return (
              <path
                key={r.racer}
                className="race-trajectory"
                d={trajectoryPath(r.xs, r.ys, r.count, scales)}
                stroke={style.color}
                strokeDasharray={style.dash || undefined}
              />
            );
          })}
          <circle className="race-start" cx={scales.sx(start[0])} cy={scales.sy(start[1])} r={4} />
          {runners.map((r) => {
            const style = RACER_STYLES[r.racer];
            const d = markerPath(style.marker, scales.sx(r.xs[r.count - 1]), scales.sy(r.ys[r.count - 1]));
            return style.marker === 'cross' ? (
              <path key={r.racer} className="race-marker-open" d={d} stroke={style.color} />
            ) : (
              <path key={r.racer} className="race-marker" d={d} fill={style.color} />
            );
          })}
        </g>
      </svg>
    </div>
  );
}
