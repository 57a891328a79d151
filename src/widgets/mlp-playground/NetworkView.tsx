import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { gridLength, gridPoints, unpackWeights, type WeightRef } from '../../ml/playground/layout';
import type { Activation } from '../../ml/playground/setup';
import type { PointSet, TaskKind } from '../../ml/data/toy2d';
import {
  SOFTWARE_CANVAS,
  cssColor,
  HeatTile,
  maxAbs,
  networkLayout,
  normaliser,
  TITLE_SPACE,
  weightSegment,
  hitWeight,
  type NetworkLayout,
} from './draw';

export interface NetworkViewProps {
  /** Layer widths, inputs … output. */
  sizes: number[];
  activation: Activation;
  task: TaskKind;
  domain: PointSet['domain'];
  /** Grid resolution of the neuron pictures. */
  grid: number;
  /** Packed weights and hidden activations of the latest frame. */
  weights?: Float32Array;
  neurons?: Float32Array;
  /** The output on the neuron grid is not sent; the main output (on its own grid) is drawn instead. */
  output?: Float32Array;
  outputGrid: number;
  selected?: WeightRef;
  onSelect(weight: WeightRef): void;
}

type Context = CanvasRenderingContext2D;

/** Draws one node's picture: `values[start … start + n)` on the grid, as an image (plane) or a curve (line). */
function drawNodePicture(
  context: Context,
  tile: HeatTile,
  box: { x: number; y: number; size: number },
  values: ArrayLike<number>,
  start: number,
  grid: number,
  dims: 1 | 2,
  toUnit: (v: number) => number,
): void {
  if (dims === 2) {
    tile.draw(context, { x: box.x, y: box.y, width: box.size, height: box.size }, values, start, grid, toUnit);
    return;
  }
  context.fillStyle = '#f7f8f9';
  context.fillRect(box.x, box.y, box.size, box.size);
  context.beginPath();
  for (let i = 0; i < grid; i++) {
    const x = box.x + (box.size * i) / (grid - 1);
    const y = box.y + box.size * (0.5 - 0.45 * Math.max(-1, Math.min(1, toUnit(values[start + i]))));
    if (i === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.strokeStyle = '#3b3f45';
  context.lineWidth = 1.5;
  context.stroke();
}

function drawWeights(context: Context, layout: NetworkLayout, props: NetworkViewProps): void {
  const layers = props.weights ? unpackWeights(props.sizes, props.weights) : [];
  for (let l = 0; l < props.sizes.length - 1; l++) {
    for (let i = 0; i < props.sizes[l]; i++) {
      for (let j = 0; j < props.sizes[l + 1]; j++) {
        const w = layers[l]?.kernel[i * props.sizes[l + 1] + j] ?? 0;
        const [a, b] = weightSegment(layout, l, i, j);
        const isSelected = props.selected?.layer === l && props.selected.from === i && props.selected.to === j;
        context.beginPath();
        context.moveTo(a.x, a.y);
        context.lineTo(b.x, b.y);
        if (isSelected) {
          context.strokeStyle = '#1b1b1b';
          context.lineWidth = 0.5 + Math.min(Math.abs(w), 4) * 1.4 + 4;
          context.stroke();
        }
        context.strokeStyle = cssColor(Math.max(-1, Math.min(1, w / 2)), 0.35 + 0.65 * Math.min(1, Math.abs(w)));
        context.lineWidth = 0.5 + Math.min(Math.abs(w), 4) * 1.4;
        context.stroke();
      }
    }
  }
}

function drawNodes(
  context: Context,
  tiles: { neuron: HeatTile; output: HeatTile },
  layout: NetworkLayout,
  props: NetworkViewProps,
  inputs: Float32Array[],
  titles: string[],
): void {
  const { sizes, grid, neurons, output, outputGrid, activation, task } = props;
  const dims = sizes[0] === 1 ? 1 : 2;
  const points = gridLength(dims, grid);
  const last = sizes.length - 1;
  let offset = 0;
  sizes.forEach((count, l) => {
    context.fillStyle = '#5b6168';
    context.font = '11px system-ui, sans-serif';
    context.fillText(titles[l], layout.positions[l][0].x - 2, TITLE_SPACE - 6);
    for (let i = 0; i < count; i++) {
      const { x, y } = layout.positions[l][i];
      const box = { x, y, size: layout.node };
      if (l === 0) {
        // The input pictures: feature i itself over the grid.
        drawNodePicture(context, tiles.neuron, box, inputs[i], 0, grid, dims, (v) => v);
      } else if (l === last) {
        if (output) {
          const toUnit =
            task === 'classification' ? normaliser('probability', 1) : normaliser('linear', maxAbs(output));
          drawNodePicture(context, tiles.output, box, output, 0, outputGrid, dims, toUnit);
        }
      } else if (neurons && neurons.length >= offset + points) {
        const toUnit = normaliser(activation, maxAbs(neurons, offset, points));
        drawNodePicture(context, tiles.neuron, box, neurons, offset, grid, dims, toUnit);
        offset += points;
      }
      context.strokeStyle = '#8a9098';
      context.lineWidth = 1;
      context.strokeRect(x + 0.5, y + 0.5, layout.node - 1, layout.node - 1);
      if (l === 0) {
        context.fillStyle = '#1b1b1b';
        context.fillText(`x${i + 1}`, x + 3, y + 12);
      }
    }
  });
}

/**
 * The network as a picture: every neuron shows what it computes over the input space (a small
 * heat map, or a curve for 1-D data), every weight is a line whose width grows with |w| and whose
 * colour gives its sign (blue positive, orange negative). Clicking a line selects that weight
 * for Step mode (the selected one is outlined).
 */
export function NetworkView(props: NetworkViewProps) {
  const { sizes, domain, grid, onSelect } = props;
  const t = useT();
  const last = sizes.length - 1;
  const titles = sizes.map((_, l) =>
    l === 0 ? t('labUi.mlp.input') : l === last ? t('labUi.mlp.output') : t('labUi.mlp.hidden', { n: l }),
  );
  const canvas = useRef<HTMLCanvasElement>(null);
  const tiles = useRef<{ neuron: HeatTile; output: HeatTile } | null>(null);
  const layout = useMemo(() => networkLayout(sizes), [sizes]);
  const dims = sizes[0] === 1 ? 1 : 2;
  // Each input's picture (feature i over the grid) never changes: computed once per grid.
  const inputs = useMemo(() => {
    const points = gridPoints(dims, domain, grid);
    const count = gridLength(dims, grid);
    return Array.from({ length: dims }, (_, i) => Float32Array.from({ length: count }, (_, k) => points[k * dims + i]));
  }, [dims, domain, grid]);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d', SOFTWARE_CANVAS);
    if (!element || !context) return;
    const scale = Math.min(2, window.devicePixelRatio || 1);
    const width = Math.round(layout.width * scale);
    const height = Math.round(layout.height * scale);
    if (element.width !== width || element.height !== height) {
      element.width = width;
      element.height = height;
    }
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.clearRect(0, 0, layout.width, layout.height);
    tiles.current ??= { neuron: new HeatTile(), output: new HeatTile() };
    drawWeights(context, layout, props);
    drawNodes(context, tiles.current, layout, props, inputs, titles);
  });

  const select = (event: MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const hit = hitWeight(layout, sizes, { x: event.clientX - rect.left, y: event.clientY - rect.top }, 6);
    if (hit) onSelect(hit);
  };

  return (
    <figure className="mlp-network">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('labUi.mlp.networkLabel', { sizes: sizes.join('-') })}
        style={{ width: layout.width, height: layout.height }}
        onClick={select}
      />
    </figure>
  );
}
