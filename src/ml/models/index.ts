/** The models labs can train, by name. Factories do no work until called. */
import type * as tf from '@tensorflow/tfjs';
import { createMlp } from './mlp';
import { createSeedCnn } from './seed-cnn';
import { createSmallCnn } from './small-cnn';
import type { ImageModelConfig } from './types';

export { createMlp, defaultMlpConfig, type MlpConfig } from './mlp';
export { createSeedCnn, defaultSeedCnnConfig } from './seed-cnn';
export { createSmallCnn, defaultSmallCnnConfig } from './small-cnn';
export { formatSummary, summarizeModel, type LayerSummary, type ModelSummary } from './summary';
export { MNIST_IMAGE_CONFIG, type ImageModelConfig, type ModelFactory } from './types';

/** Names of the MNIST models, in the order a lab offers them. */
export const MNIST_MODEL_NAMES = ['seed-cnn', 'small-cnn', 'mlp'] as const;
export type MnistModelName = (typeof MNIST_MODEL_NAMES)[number];

/** Parameter counts on MNIST (checked by tests), e.g. for a lab's model picker. */
export const MNIST_MODEL_PARAMS: Record<MnistModelName, number> = {
  'seed-cnn': 93_322,
  'small-cnn': 5_994,
  mlp: 101_770,
};

const factories: Record<MnistModelName, (config?: Partial<ImageModelConfig>) => tf.LayersModel> = {
  'seed-cnn': createSeedCnn,
  'small-cnn': createSmallCnn,
  mlp: createMlp,
};

/** Builds the named MNIST model (new variables: the caller disposes it). */
export function createMnistModel(name: MnistModelName, config: Partial<ImageModelConfig> = {}): tf.LayersModel {
  return factories[name](config);
}
