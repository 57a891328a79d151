import * as tf from '@tensorflow/tfjs';

/** Losses a lab may pick. Predictions are probabilities (softmax/sigmoid outputs), not logits. */
export type LossName = 'categoricalCrossentropy' | 'binaryCrossentropy' | 'meanSquaredError';
/** How accuracy is counted: arg-max match, 0.5-threshold match, or not at all (regression). */
export type AccuracyKind = 'categorical' | 'binary' | 'none';

const EPSILON = 1e-7;

/**
 * The mean loss of a batch as a scalar tensor (creates tensors: call inside tf.tidy).
 * Cross-entropies clip probabilities to [1e-7, 1 − 1e-7] like Keras, so log never sees 0.
 */
export function computeLoss(name: LossName, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    switch (name) {
      case 'categoricalCrossentropy': {
        const p = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
        return tf.neg(tf.mean(tf.sum(tf.mul(yTrue, tf.log(p)), -1)));
      }
      case 'binaryCrossentropy': {
        const p = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
        const oneMinus = tf.sub(1, yTrue);
        return tf.neg(tf.mean(tf.add(tf.mul(yTrue, tf.log(p)), tf.mul(oneMinus, tf.log(tf.sub(1, p))))));
      }
      case 'meanSquaredError':
        return tf.mean(tf.squaredDifference(yTrue, yPred));
    }
  }) as tf.Scalar;
}

/** The accuracy that goes with a loss by default. */
export function defaultAccuracy(loss: LossName): AccuracyKind {
  return loss === 'categoricalCrossentropy' ? 'categorical' : loss === 'binaryCrossentropy' ? 'binary' : 'none';
}

/**
 * Fraction of correct predictions in a batch as a scalar tensor (0 for 'none'); creates tensors:
 * call inside tf.tidy. 'binary' compares every output against 0.5 (multi-label friendly).
 */
export function computeAccuracy(kind: AccuracyKind, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    switch (kind) {
      case 'categorical':
        return tf.mean(tf.cast(tf.equal(tf.argMax(yTrue, -1), tf.argMax(yPred, -1)), 'float32'));
      case 'binary':
        return tf.mean(tf.cast(tf.equal(tf.greater(yTrue, 0.5), tf.greater(yPred, 0.5)), 'float32'));
      case 'none':
        return tf.scalar(0);
    }
  }) as tf.Scalar;
}
