import type * as tf from '@tensorflow/tfjs';

/** Settings every model factory accepts. */
export interface ImageModelConfig {
  /** Seed of the weight initialisers: the same seed gives the same initial weights (on one backend). */
  seed: number;
  /** Height, width, channels of one input image. */
  inputShape: [number, number, number];
  /** Number of output classes (softmax units). */
  numClasses: number;
}

/** The MNIST input: 28×28 grey images, 10 digits. */
export const MNIST_IMAGE_CONFIG: ImageModelConfig = { seed: 42, inputShape: [28, 28, 1], numClasses: 10 };

/** A factory: builds a new, untrained, uncompiled model. Creates tf.Variables: dispose the model. */
export type ModelFactory<C extends ImageModelConfig = ImageModelConfig> = (config?: Partial<C>) => tf.LayersModel;
