import * as tf from '@tensorflow/tfjs';
import { deriveSeed } from '../../lib/random';

/**
 * Seeded Glorot-uniform kernel initialiser (Keras' default) for the `index`-th layer of a model
 * built with `seed`: each layer gets its own derived seed so that layers do not share weights.
 * Allocates nothing until a layer is built.
 */
export function seededKernel(seed: number, index: number): ReturnType<typeof tf.initializers.glorotUniform> {
  return tf.initializers.glorotUniform({ seed: deriveSeed(seed, index) });
}
