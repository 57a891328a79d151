import * as tf from '@tensorflow/tfjs';
import type { Prediction } from './protocol';

/**
 * The first convolution's kernels and its outputs for `xs` (one image), when the model starts
 * with a Conv2D; nothing for the MLP. Leaves no tensors.
 */
export async function firstLayerView(
  model: tf.LayersModel,
  xs: tf.Tensor4D,
): Promise<Pick<Prediction, 'filters' | 'activations'>> {
  const layer = model.layers.find((l) => l.getClassName() === 'Conv2D');
  if (!layer || model.layers[0] !== layer) return {};
  const [kernel] = layer.getWeights();
  const [size, , , count] = kernel.shape as [number, number, number, number];
  // [size, size, 1, count] -> [count, size, size] so each filter is contiguous.
  const filters = tf.tidy(() => kernel.reshape([size, size, count]).transpose([2, 0, 1]));
  const maps = tf.tidy(() => (layer.apply(xs) as tf.Tensor4D).squeeze([0]).transpose([2, 0, 1]));
  try {
    const [height, width] = [maps.shape[1] ?? 0, maps.shape[2] ?? 0];
    return {
      filters: { count, size, values: (await filters.data()) as Float32Array },
      activations: { count, width, height, values: (await maps.data()) as Float32Array },
    };
  } finally {
    filters.dispose();
    maps.dispose();
  }
}
