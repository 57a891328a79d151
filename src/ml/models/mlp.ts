import * as tf from '@tensorflow/tfjs';
import { seededKernel } from './initializers';
import { MNIST_IMAGE_CONFIG, type ImageModelConfig } from './types';

export interface MlpConfig extends ImageModelConfig {
  /** Units of the hidden ReLU layer. */
  hiddenUnits: number;
}

/** Default settings of the MLP: MNIST input, 128 hidden units, seed 42. */
export const defaultMlpConfig: MlpConfig = { ...MNIST_IMAGE_CONFIG, hiddenUnits: 128 };

/**
 * A multilayer perceptron: Flatten → Dense 128 ReLU → Dense softmax. 101,770 parameters on
 * MNIST: more than the seed CNN, yet less accurate (it ignores that pixels have neighbours).
 * Returns a new uncompiled model; the caller owns (and must dispose) it.
 */
export function createMlp(config: Partial<MlpConfig> = {}): tf.LayersModel {
  const { seed, inputShape, numClasses, hiddenUnits } = { ...defaultMlpConfig, ...config };
  return tf.sequential({
    name: 'mlp',
    layers: [
      tf.layers.flatten({ name: 'flatten', inputShape }),
      tf.layers.dense({
        name: 'hidden',
        units: hiddenUnits,
        activation: 'relu',
        kernelInitializer: seededKernel(seed, 0),
      }),
      tf.layers.dense({
        name: 'output',
        units: numClasses,
        activation: 'softmax',
        kernelInitializer: seededKernel(seed, 1),
      }),
    ],
  });
}
