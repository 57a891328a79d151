import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { PointSet, PointSplit, TaskKind } from '../../ml/data/toy2d';
import { cssColor, HeatTile, normaliser, SOFTWARE_CANVAS } from './draw';

export interface OutputViewProps {
  data: PointSplit;
  task: TaskKind;
  /** Predictions on the grid (see ml/playground/layout.ts); undefined before the first frame. */
  output?: Float32Array;
  /** Grid resolution of `output`. */
  grid: number;
  /** Drawn size in CSS pixels (square). */
  size?: number;
}

type Context = CanvasRenderingContext2D;

/** Maps domain coordinates to canvas pixels. */
function projector(domain: PointSet['domain'], width: number, height: number) {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  return {
    x: (x: number) => ((x - x0) / (x1 - x0)) * width,
    y: (y: number) => ((y1 - y) / (y1 - y0)) * height,
  };
}

function drawPoint(context: Context, x: number, y: number, fill: string, test: boolean, scale: number): void {
  context.beginPath();
  context.arc(x, y, (test ? 3.5 : 3) * scale, 0, 2 * Math.PI);
  context.fillStyle = fill;
  context.fill();
  context.lineWidth = (test ? 1.6 : 1) * scale;
  context.strokeStyle = test ? '#1b1b1b' : '#ffffff';
  context.stroke();
}

/** Draws the points of the plane (they do not change while training: drawn once into a layer). */
function drawPlanePoints(context: Context, data: PointSplit, width: number, scale: number): void {
  const project = projector(data.train.domain, width, width);
  for (const [set, test] of [
    [data.train, false],
    [data.test, true],
  ] as const) {
    for (let i = 0; i < set.count; i++) {
      const fill = cssColor(set.ys[i] > 0.5 ? 1 : -1);
      drawPoint(context, project.x(set.xs[2 * i]), project.y(set.xs[2 * i + 1]), fill, test, scale);
    }
  }
}

/** A transparent canvas with the points, redrawn only when the data or the size change. */
interface PointsLayer {
  canvas: HTMLCanvasElement;
  data: PointSplit;
  width: number;
}

function pointsLayer(previous: PointsLayer | null, data: PointSplit, width: number, scale: number): PointsLayer {
  if (previous && previous.data === data && previous.width === width) return previous;
  const canvas = previous?.canvas ?? document.createElement('canvas');
  canvas.width = width;
  canvas.height = width;
  const context = canvas.getContext('2d', SOFTWARE_CANVAS);
  if (context) {
    context.clearRect(0, 0, width, width);
    drawPlanePoints(context, data, width, scale);
  }
  return { canvas, data, width };
}

/** The plane: the prediction as a heat map (smoothly scaled up), points on top. */
function drawPlane(context: Context, props: OutputViewProps, tile: HeatTile, points: PointsLayer, width: number) {
  const { output, grid } = props;
  if (output && output.length === grid * grid) {
    tile.draw(context, { x: 0, y: 0, width, height: width }, output, 0, grid, normaliser('probability', 1));
  } else {
    context.fillStyle = '#eceef0';
    context.fillRect(0, 0, width, width);
  }
  context.drawImage(points.canvas, 0, 0);
}

/** The line: the prediction as a curve over x, points as (x, target). */
function drawLine(context: Context, props: OutputViewProps, width: number, scale: number) {
  const { data, output, task } = props;
  const domain = data.train.domain;
  const project = projector(domain, width, width);
  context.fillStyle = '#f7f8f9';
  context.fillRect(0, 0, width, width);
  context.strokeStyle = '#b9bec4';
  context.lineWidth = scale;
  context.setLineDash([4 * scale, 4 * scale]);
  for (const level of task === 'classification' ? [0, 0.5, 1] : [0]) {
    context.beginPath();
    context.moveTo(0, project.y(level));
    context.lineTo(width, project.y(level));
    context.stroke();
  }
  context.setLineDash([]);
  if (output && output.length > 1) {
    context.beginPath();
    const [x0, x1] = domain.x;
    for (let i = 0; i < output.length; i++) {
      const x = project.x(x0 + ((x1 - x0) * i) / (output.length - 1));
      const y = project.y(output[i]);
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.strokeStyle = '#3b3f45';
    context.lineWidth = 2.5 * scale;
    context.stroke();
  }
  for (const [set, test] of [
    [data.train, false],
    [data.test, true],
  ] as const) {
    for (let i = 0; i < set.count; i++) {
      const fill = task === 'classification' ? cssColor(set.ys[i] > 0.5 ? 1 : -1) : cssColor(0.8);
      drawPoint(context, project.x(set.xs[i]), project.y(set.ys[i]), fill, test, scale);
    }
  }
}

/**
 * What the network predicts over the whole input space, redrawn at every frame: a heat map for
 * 2-D data (orange = class 0, blue = class 1, pale = unsure), a curve for 1-D data. Training
 * points have a white rim, test points a dark one.
 */
export function OutputView(props: OutputViewProps) {
  const { data, output, size = 320 } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const tile = useRef<HeatTile | null>(null);
  const points = useRef<PointsLayer | null>(null);
  const dims = data.train.dims;
  const t = useT();

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d', SOFTWARE_CANVAS);
    if (!element || !context) return;
    const scale = Math.min(2, window.devicePixelRatio || 1);
    const width = Math.round(size * scale);
    if (element.width !== width) {
      element.width = width;
      element.height = width;
    }
    tile.current ??= new HeatTile();
    if (dims === 2) {
      points.current = pointsLayer(points.current, data, width, scale);
      drawPlane(context, props, tile.current, points.current, width);
    } else drawLine(context, props, width, scale);
  });

  const summary = dims === 2 ? t('labUi.mlp.heatMap') : t('labUi.mlp.curveSummary');
  return (
    <figure className="mlp-output">
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${summary}${t('labUi.mlp.period')}${output ? '' : t('labUi.mlp.notComputed')}`}
        style={{ width: size, height: size }}
      />
      <figcaption>
        {dims === 2 ? (
          <>
            {t('labUi.mlp.outputLabel')}
            <span className="swatch swatch-negative" />
            {t('labUi.mlp.class0')}
            <span className="swatch swatch-positive" />
            {t('labUi.mlp.class1')}
          </>
        ) : (
          <>{t('labUi.mlp.outputCurve')}</>
        )}
      </figcaption>
    </figure>
  );
}
