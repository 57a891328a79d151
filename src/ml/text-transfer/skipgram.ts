/**
 * Skip-gram with negative sampling (Mikolov et al. 2013) in TF.js: self-supervised pre-training of
 * word vectors. Each word has an input vector u (the embedding we keep) and an output vector v;
 * for a true pair (centre c, context o) and negatives n₁ … n_k the loss is
 *   −log σ(u_c · v_o) − Σ_j log σ(−u_c · v_{n_j}),
 * averaged over the batch. No labels are used anywhere.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../../lib/random';
import type { PairBatch } from './corpus';

export interface SkipGramShape {
  vocabularySize: number;
  /** Length d of each word vector. */
  dim: number;
  seed: number;
}

/** The two embedding tables and an Adam optimizer over them. Owns tf.Variables: call dispose(). */
export class SkipGram {
  readonly input: tf.Variable<tf.Rank.R2>;
  readonly output: tf.Variable<tf.Rank.R2>;
  private readonly optimizer: tf.Optimizer;

  constructor(
    readonly shape: SkipGramShape,
    learningRate: number,
  ) {
    const { vocabularySize: v, dim: d, seed } = shape;
    // word2vec's start: input vectors uniform in ±0.5/d, output vectors zero.
    const rng = mulberry32(seed);
    const values = Float32Array.from({ length: v * d }, () => (rng() - 0.5) / d);
    this.input = tf.tidy(() => tf.variable(tf.tensor2d(values, [v, d]), true, `skipgram_input_${seed}`));
    this.output = tf.tidy(() => tf.variable(tf.zeros([v, d]), true, `skipgram_output_${seed}`));
    this.optimizer = tf.train.adam(learningRate);
  }

  /** One gradient step on a batch; returns the batch's mean loss (a scalar you must dispose). */
  step(batch: PairBatch): tf.Scalar {
    const k = batch.negatives.length / batch.size;
    return tf.tidy(() => {
      const centres = tf.tensor1d(batch.centres, 'int32');
      const contexts = tf.tensor1d(batch.contexts, 'int32');
      const negatives = tf.tensor1d(batch.negatives, 'int32');
      const loss = this.optimizer.minimize(
        () => {
          const u = tf.gather(this.input, centres); // [B, d]
          const positive = tf.sum(tf.mul(u, tf.gather(this.output, contexts)), 1); // [B]
          const vNeg = tf.reshape(tf.gather(this.output, negatives), [batch.size, k, this.shape.dim]);
          const negative = tf.squeeze(tf.matMul(vNeg, tf.expandDims(u, 2)), [2]); // [B, k]
          // −log σ(x) = softplus(−x); −log σ(−x) = softplus(x).
          const perPair = tf.add(tf.softplus(tf.neg(positive)), tf.sum(tf.softplus(negative), 1));
          return tf.mean(perPair) as tf.Scalar;
        },
        true,
        [this.input, this.output],
      );
      return loss as tf.Scalar;
    });
  }

  /** The input vectors, read back (row-major V × d). */
  async vectors(): Promise<Float32Array> {
    return (await this.input.data()) as Float32Array;
  }

  dispose(): void {
    this.input.dispose();
    this.output.dispose();
    this.optimizer.dispose();
  }
}
