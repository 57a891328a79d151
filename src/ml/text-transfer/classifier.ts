/**
 * The few-label sentiment classifier of the text track: word vectors → mean over the review's
 * words (padding excluded) → one logistic unit. Its only difference between arms is where the word
 * vectors start and whether they may change.
 */
import * as tf from '@tensorflow/tfjs';
import { deriveSeed } from '../../lib/random';
import { PAD_ID } from '../data/text';

/** The three ways to learn sentiment from few labels, in the order the lab shows them. */
export const TEXT_ARMS = ['scratch', 'finetune', 'probe'] as const;
export type TextArm = (typeof TEXT_ARMS)[number];

export interface TextClassifierShape {
  vocabularySize: number;
  sequenceLength: number;
  dim: number;
  /** Seed of the random word vectors (scratch) and of the logistic unit (every arm). */
  seed: number;
}

/**
 * Mean of the word vectors of each review, counting only positions whose id is not padding.
 * Inputs: [vectors [B, L, d], ids [B, L]]; output [B, d]. A review of padding only gives zeros.
 */
export class MaskedMean extends tf.layers.Layer {
  static readonly className = 'MaskedMean';

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const [vectors] = inputShape as tf.Shape[];
    return [vectors[0], vectors[2]];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [vectors, ids] = inputs as tf.Tensor[];
      const mask = tf.expandDims(tf.cast(tf.notEqual(ids, PAD_ID), 'float32'), 2); // [B, L, 1]
      const sum = tf.sum(tf.mul(vectors, mask), 1); // [B, d]
      return tf.div(sum, tf.maximum(tf.sum(mask, 1), 1));
    });
  }
}
tf.serialization.registerClass(MaskedMean);

/** Keras' default embedding range, as in the sentiment lab. */
const RANDOM_RANGE = 0.05;

/**
 * The classifier an arm trains, compiled for nothing (the trainer owns the loss):
 * - scratch: random word vectors (uniform ±0.05, seeded), trained with the unit;
 * - finetune: the pre-trained vectors, trained further with the unit;
 * - probe: the pre-trained vectors frozen; only the d + 1 numbers of the unit learn.
 * `vectors` (row-major V × d) is required for finetune and probe. Returns a new model (dispose it).
 */
export function createTextArmModel(
  arm: TextArm,
  shape: TextClassifierShape,
  vectors: Float32Array | undefined,
): tf.LayersModel {
  const { vocabularySize: v, sequenceLength, dim, seed } = shape;
  if (arm !== 'scratch' && vectors?.length !== v * dim) {
    throw new Error(`The ${arm} arm needs pre-trained vectors of ${v} × ${dim} numbers`);
  }
  const ids = tf.input({ shape: [sequenceLength], dtype: 'int32', name: 'ids' });
  const embedding = tf.layers.embedding({
    name: 'embedding',
    inputDim: v,
    outputDim: dim,
    embeddingsInitializer: tf.initializers.randomUniform({
      minval: -RANDOM_RANGE,
      maxval: RANDOM_RANGE,
      seed: deriveSeed(seed, 100),
    }),
    trainable: arm !== 'probe',
  });
  const mean = new MaskedMean({ name: 'mean' }).apply([embedding.apply(ids) as tf.SymbolicTensor, ids]);
  const output = tf.layers
    .dense({
      name: 'output',
      units: 1,
      activation: 'sigmoid',
      kernelInitializer: tf.initializers.glorotUniform({ seed: deriveSeed(seed, 1) }),
    })
    .apply(mean) as tf.SymbolicTensor;
  const model = tf.model({ name: `text_${arm}`, inputs: ids, outputs: output });
  if (arm !== 'scratch' && vectors) {
    const table = tf.tensor2d(vectors, [v, dim]);
    embedding.setWeights([table]);
    table.dispose();
  }
  return model;
}

/** Numbers an arm trains: V·d + d + 1, or d + 1 for the probe. */
export function textArmTrainableParams(arm: TextArm, shape: Pick<TextClassifierShape, 'vocabularySize' | 'dim'>) {
  const head = shape.dim + 1;
  return arm === 'probe' ? head : shape.vocabularySize * shape.dim + head;
}
