import * as tf from '@tensorflow/tfjs';
import { seededKernel } from './initializers';
import { MNIST_IMAGE_CONFIG, type ImageModelConfig } from './types';

/** Default settings of the seed CNN: MNIST input, seed 42. */
export const defaultSeedCnnConfig: ImageModelConfig = { ...MNIST_IMAGE_CONFIG };

/**
 * The seed CNN of the book (TensorFlow's CNN tutorial): Conv 32 3×3 → MaxPool 2×2 → Conv 64 3×3 →
 * MaxPool 2×2 → Conv 64 3×3 → Flatten → Dense 64 ReLU → Dense softmax. 93,322 parameters on
 * MNIST. Returns a new uncompiled model; the caller owns (and must dispose) it.
 */
export function createSeedCnn(config: Partial<ImageModelConfig> = {}): tf.LayersModel {
  const { seed, inputShape, numClasses } = { ...defaultSeedCnnConfig, ...config };
  const conv = (name: string, filters: number, index: number, first = false) =>
    tf.layers.conv2d({
      name,
      filters,
      kernelSize: 3,
      activation: 'relu',
      kernelInitializer: seededKernel(seed, index),
      ...(first ? { inputShape } : {}),
    });
  return tf.sequential({
    name: 'seed_cnn',
    layers: [
      conv('conv1', 32, 0, true),
      tf.layers.maxPooling2d({ name: 'pool1', poolSize: 2 }),
      conv('conv2', 64, 1),
      tf.layers.maxPooling2d({ name: 'pool2', poolSize: 2 }),
      conv('conv3', 64, 2),
      tf.layers.flatten({ name: 'flatten' }),
      tf.layers.dense({ name: 'dense1', units: 64, activation: 'relu', kernelInitializer: seededKernel(seed, 3) }),
      tf.layers.dense({
        name: 'output',
        units: numClasses,
        activation: 'softmax',
        kernelInitializer: seededKernel(seed, 4),
      }),
    ],
  });
}
