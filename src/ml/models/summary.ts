import type * as tf from '@tensorflow/tfjs';

/** One row of a model summary. */
export interface LayerSummary {
  /** The layer's name, e.g. "conv1". */
  name: string;
  /** Its class, e.g. "Conv2D". */
  type: string;
  /** Output shape with the batch dimension as null, e.g. [null, 26, 26, 32]. */
  outputShape: (number | null)[];
  /** Number of weights (trainable and not). */
  params: number;
}

export interface ModelSummary {
  layers: LayerSummary[];
  totalParams: number;
  trainableParams: number;
}

/** Per-layer name, type, output shape and parameter count, like Keras' `model.summary()`. Pure. */
export function summarizeModel(model: tf.LayersModel): ModelSummary {
  const layers = model.layers.map((layer) => {
    const shape = layer.outputShape;
    const first = Array.isArray(shape[0]) ? (shape[0] as (number | null)[]) : (shape as (number | null)[]);
    return { name: layer.name, type: layer.getClassName(), outputShape: [...first], params: layer.countParams() };
  });
  const count = (weights: tf.LayerVariable[]) =>
    weights.reduce((n, w) => n + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0);
  return {
    layers,
    totalParams: layers.reduce((n, l) => n + l.params, 0),
    trainableParams: count(model.trainableWeights),
  };
}

/** The summary as fixed-width text (for logs and the console). Pure. */
export function formatSummary(summary: ModelSummary): string {
  const rows = summary.layers.map((l) => [
    `${l.name} (${l.type})`,
    `[${l.outputShape.map((d) => d ?? 'batch').join(', ')}]`,
    String(l.params),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 10));
  const line = (r: string[]) => `${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padStart(widths[2])}`;
  return [...rows.map(line), `Total params: ${summary.totalParams}`].join('\n');
}
