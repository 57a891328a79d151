import * as tf from '@tensorflow/tfjs';
import { seededKernel } from './initializers';
import { MNIST_IMAGE_CONFIG, type ImageModelConfig } from './types';

/** Default settings of the small CNN: MNIST input, seed 42. */
export const defaultSmallCnnConfig: ImageModelConfig = { ...MNIST_IMAGE_CONFIG };

/**
 * The small CNN of tfjs-examples/mnist: Conv 8 5×5 ReLU → MaxPool 2×2/2 → Conv 16 5×5 ReLU →
 * MaxPool 2×2/2 → Flatten → Dense softmax. 5,994 parameters on MNIST: trains fast on a CPU.
 * Returns a new uncompiled model; the caller owns (and must dispose) it.
 */
export function createSmallCnn(config: Partial<ImageModelConfig> = {}): tf.LayersModel {
  const { seed, inputShape, numClasses } = { ...defaultSmallCnnConfig, ...config };
  return tf.sequential({
    name: 'small_cnn',
    layers: [
      tf.layers.conv2d({
        name: 'conv1',
        inputShape,
        filters: 8,
        kernelSize: 5,
        activation: 'relu',
        kernelInitializer: seededKernel(seed, 0),
      }),
      tf.layers.maxPooling2d({ name: 'pool1', poolSize: 2, strides: 2 }),
      tf.layers.conv2d({
        name: 'conv2',
        filters: 16,
        kernelSize: 5,
        activation: 'relu',
        kernelInitializer: seededKernel(seed, 1),
      }),
      tf.layers.maxPooling2d({ name: 'pool2', poolSize: 2, strides: 2 }),
      tf.layers.flatten({ name: 'flatten' }),
      tf.layers.dense({
        name: 'output',
        units: numClasses,
        activation: 'softmax',
        kernelInitializer: seededKernel(seed, 2),
      }),
    ],
  });
}
