import * as tf from '@tensorflow/tfjs';
import { deriveSeed } from '../../lib/random';
import { seededKernel } from './initializers';

/** The sentiment models a lab offers, in order. */
export const SENTIMENT_MODEL_NAMES = ['average', 'cnn'] as const;
export type SentimentModelName = (typeof SENTIMENT_MODEL_NAMES)[number];

/** Shape and seed of a sentiment model. Plain data: it can be stored with a saved model. */
export interface SentimentModelConfig {
  model: SentimentModelName;
  /** Ids 0 … vocabularySize − 1 (0 = padding, 1 = unknown word). */
  vocabularySize: number;
  /** Token ids per review (padded or cut to this length). */
  sequenceLength: number;
  /** Length d of each word vector. */
  embeddingDim: number;
  /** Seed of the initial weights. */
  seed: number;
}

/** The seed's model at the book's sizes (chapter 7 counts its parameters). */
export const defaultSentimentModelConfig: SentimentModelConfig = {
  model: 'average',
  vocabularySize: 10_000,
  sequenceLength: 200,
  embeddingDim: 16,
  seed: 42,
};

/** Filters and width of the 1-D convolution of the 'cnn' model. */
export const SENTIMENT_CNN = { filters: 64, kernelSize: 5 } as const;

function embedding(config: SentimentModelConfig): tf.layers.Layer {
  return tf.layers.embedding({
    name: 'embedding',
    inputDim: config.vocabularySize,
    outputDim: config.embeddingDim,
    inputLength: config.sequenceLength,
    inputShape: [config.sequenceLength],
    // Keras' default range, seeded so that a seed gives the same initial vectors.
    embeddingsInitializer: tf.initializers.randomUniform({
      minval: -0.05,
      maxval: 0.05,
      seed: deriveSeed(config.seed, 100),
    }),
  });
}

/**
 * The seed's model: Embedding(V, d) → GlobalAveragePooling1D → Dense 24 ReLU → Dense 1 sigmoid,
 * trained with binary cross-entropy. It averages the word vectors of a review (padding included),
 * so word order is lost. V·d + 24·(d + 1) + 25 parameters (160,433 at V = 10,000, d = 16).
 */
function createAverageModel(config: SentimentModelConfig): tf.LayersModel {
  return tf.sequential({
    name: 'sentiment_average',
    layers: [
      embedding(config),
      tf.layers.globalAveragePooling1d({ name: 'average' }),
      tf.layers.dense({
        name: 'hidden',
        units: 24,
        activation: 'relu',
        kernelInitializer: seededKernel(config.seed, 0),
      }),
      tf.layers.dense({
        name: 'output',
        units: 1,
        activation: 'sigmoid',
        kernelInitializer: seededKernel(config.seed, 1),
      }),
    ],
  });
}

/**
 * A stronger model that still trains fast on a GPU: Embedding(V, d) → Conv1D (64 filters of
 * width 5, ReLU) → GlobalMaxPooling1D → Dense 1 sigmoid. Each filter detects a 5-word pattern
 * ("not good at all") wherever it occurs, and max-pooling keeps its strongest match, so short
 * phrases and word order count, and padding does not dilute anything.
 */
function createCnnModel(config: SentimentModelConfig): tf.LayersModel {
  return tf.sequential({
    name: 'sentiment_cnn',
    layers: [
      embedding(config),
      tf.layers.conv1d({
        name: 'conv',
        filters: SENTIMENT_CNN.filters,
        kernelSize: SENTIMENT_CNN.kernelSize,
        activation: 'relu',
        kernelInitializer: seededKernel(config.seed, 0),
      }),
      // Global max-pooling written as one max-pool window over the whole sequence + flatten: the
      // same numbers, but its gradient is tfjs' MaxPoolGrad (fast everywhere) instead of the
      // broadcast Equal of GlobalMaxPooling1D's gradient (72 ms a batch on wasm).
      tf.layers.maxPooling1d({ name: 'max', poolSize: config.sequenceLength - SENTIMENT_CNN.kernelSize + 1 }),
      tf.layers.flatten({ name: 'flatten' }),
      tf.layers.dense({
        name: 'output',
        units: 1,
        activation: 'sigmoid',
        kernelInitializer: seededKernel(config.seed, 1),
      }),
    ],
  });
}

/**
 * Builds a new, untrained, uncompiled sentiment model: input int ids [batch, sequenceLength],
 * output P(positive) [batch, 1]. Creates tf.Variables: the caller disposes the model.
 */
export function createSentimentModel(config: Partial<SentimentModelConfig> = {}): tf.LayersModel {
  const full = { ...defaultSentimentModelConfig, ...config };
  if (full.sequenceLength < SENTIMENT_CNN.kernelSize && full.model === 'cnn') {
    throw new Error(`The CNN needs reviews of at least ${SENTIMENT_CNN.kernelSize} tokens`);
  }
  return full.model === 'cnn' ? createCnnModel(full) : createAverageModel(full);
}

/** Parameters of a sentiment model, by arithmetic (matches `model.countParams()`). */
export function sentimentParamCount(config: SentimentModelConfig): number {
  const { vocabularySize: v, embeddingDim: d } = config;
  if (config.model === 'cnn') {
    const { filters, kernelSize } = SENTIMENT_CNN;
    return v * d + kernelSize * d * filters + filters + filters + 1;
  }
  return v * d + 24 * (d + 1) + 25;
}
