import * as tf from '@tensorflow/tfjs';
import { seededKernel } from '../models/initializers';
import { MNIST_IMAGE_CONFIG } from '../models/types';

/** Classes of one task: the pre-training task is digits 0–4, the new task digits 5–9. */
export const TASK_CLASSES = 5;
/** Digits of the pre-training task (old) and of the new task. */
export const PRETRAIN_DIGITS: readonly number[] = [0, 1, 2, 3, 4];
export const FINETUNE_DIGITS: readonly number[] = [5, 6, 7, 8, 9];

/** Convolutional features (16 maps of 4 × 4, flattened): what the backbone hands to a head. */
export const BACKBONE_FEATURES = 256;
/** Units of the hidden dense layer on top of the backbone. */
export const HIDDEN_UNITS = 64;

/** Names of the backbone's layers (the convolutional feature extractor), input to features, in order. */
export const BACKBONE_LAYERS = ['conv1', 'pool1', 'conv2', 'pool2', 'flatten'] as const;
/** The dense layers on top: the hidden layer (where the LoRA arm puts its adapter) and the task head. */
export const HIDDEN_LAYER = 'dense1';
export const HEAD_LAYER = 'head';
/** The pre-trained dense layers LoRA adapts. */
export const LORA_LAYERS: readonly string[] = [HIDDEN_LAYER];

/** The backbone layers, new and unbuilt (weights seeded with `seed`). */
export function backboneLayers(seed: number): tf.layers.Layer[] {
  return [
    tf.layers.conv2d({
      name: 'conv1',
      inputShape: MNIST_IMAGE_CONFIG.inputShape,
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
  ];
}

/** The hidden dense layer (64 ReLU units), new (seeded). */
export function hiddenLayer(seed: number): tf.layers.Layer {
  return tf.layers.dense({
    name: HIDDEN_LAYER,
    units: HIDDEN_UNITS,
    activation: 'relu',
    kernelInitializer: seededKernel(seed, 2),
  });
}

/** A new 5-way softmax task head (seeded). */
export function headLayer(headSeed: number): tf.layers.Layer {
  return tf.layers.dense({
    name: HEAD_LAYER,
    units: TASK_CLASSES,
    activation: 'softmax',
    kernelInitializer: seededKernel(headSeed, 3),
  });
}

export interface TransferCnnConfig {
  /** Seed of the backbone's and hidden layer's initial weights. */
  seed: number;
  /** Seed of the head's initial weights (kept apart so that every arm starts from the same new head). */
  headSeed: number;
}

/**
 * The lab's CNN: the MNIST lab's small CNN backbone (Conv 8 5×5 → MaxPool → Conv 16 5×5 →
 * MaxPool → Flatten: 256 features), a 64-unit ReLU dense layer and a 5-way softmax head. 20,197
 * parameters (backbone 3,424, dense 16,448, head 325): pre-trains in seconds on a CPU. Returns a
 * new model (dispose it).
 */
export function createTransferCnn(config: TransferCnnConfig): tf.LayersModel {
  return tf.sequential({
    name: 'transfer_cnn',
    layers: [...backboneLayers(config.seed), hiddenLayer(config.seed), headLayer(config.headSeed)],
  });
}
