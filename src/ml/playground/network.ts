import * as tf from '@tensorflow/tfjs';
import { deriveSeed, mulberry32 } from '../../lib/random';
import type { Activation } from './setup';

/** The shape of a playground network. */
export interface NetworkSpec {
  /** Input features (1 or 2). */
  inputs: number;
  /** Units of each hidden layer (may be empty: then the network is a single neuron). */
  layers: readonly number[];
  activation: Activation;
  /** Seed of the initial weights. */
  seed: number;
}

/** One dense layer's parameters: `kernel` is [fanIn, fanOut], `bias` is [fanOut]. */
export interface DenseParams {
  kernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable<tf.Rank.R1>;
}

/** What a forward pass returns (new tensors: call inside tf.tidy). */
export interface Forward {
  /** The output neuron's pre-activation, [n, 1]: the logit for classification, the value for regression. */
  output: tf.Tensor2D;
  /** Each hidden layer's activations [n, units], after dropout when training. */
  hidden: tf.Tensor2D[];
}

let networkCount = 0;

/** Applies an activation function (creates a tensor). */
export function activate(name: Activation, x: tf.Tensor2D): tf.Tensor2D {
  switch (name) {
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'linear':
      return x;
  }
}

/**
 * Glorot-uniform initial values for a [fanIn, fanOut] kernel (Keras' default): uniform in ±√(6 /
 * (fanIn + fanOut)), drawn from a seeded generator so that every backend starts from the same
 * weights. Pure.
 */
export function glorotUniform(fanIn: number, fanOut: number, seed: number): Float32Array {
  const rng = mulberry32(seed);
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return Float32Array.from({ length: fanIn * fanOut }, () => (2 * rng() - 1) * limit);
}

/**
 * A small fully connected network: inputs → hidden layers (one activation for all) → one output
 * neuron without activation (the loss applies the sigmoid for classification). Its parameters
 * are `tf.variable`s named `mlp-playground-<k>/dense_<l>/kernel|bias` (unique, so several
 * networks may coexist; "kernel" lets AdamW decay the weights but not the biases). The caller
 * owns the network: call `dispose()`.
 */
export class PlaygroundNetwork {
  readonly params: DenseParams[];
  readonly sizes: number[];

  constructor(readonly spec: NetworkSpec) {
    const prefix = `mlp-playground-${++networkCount}`;
    this.sizes = [spec.inputs, ...spec.layers, 1];
    this.params = this.sizes.slice(1).map((fanOut, l) => {
      const fanIn = this.sizes[l];
      const values = glorotUniform(fanIn, fanOut, deriveSeed(spec.seed, l));
      // tidy frees the initial tensors; the variables keep their data.
      return tf.tidy(() => ({
        kernel: tf.variable(tf.tensor2d(values, [fanIn, fanOut]), true, `${prefix}/dense_${l}/kernel`),
        bias: tf.variable(tf.zeros<tf.Rank.R1>([fanOut]), true, `${prefix}/dense_${l}/bias`),
      }));
    });
  }

  /** All trainable variables, kernel then bias, layer by layer. */
  get variables(): tf.Variable[] {
    return this.params.flatMap((p) => [p.kernel, p.bias]);
  }

  /** Number of parameters (weights and biases). */
  get parameterCount(): number {
    return this.params.reduce((sum, p) => sum + p.kernel.size + p.bias.size, 0);
  }

  /**
   * The forward pass of `xs` [n, inputs]. With `dropout` > 0 (training only), each hidden unit
   * is zeroed with that probability and the survivors scaled by 1 / (1 − rate) ("inverted
   * dropout", so inference needs no rescaling); `dropoutSeed` makes the masks reproducible.
   * Creates tensors: call inside tf.tidy.
   */
  forward(xs: tf.Tensor2D, options: { dropout?: number; dropoutSeed?: number } = {}): Forward {
    const hidden: tf.Tensor2D[] = [];
    let h = xs;
    this.params.forEach((p, l) => {
      const z = tf.add(tf.matMul(h, p.kernel), p.bias) as tf.Tensor2D;
      if (l === this.params.length - 1) {
        h = z;
        return;
      }
      let a = activate(this.spec.activation, z);
      const rate = options.dropout ?? 0;
      if (rate > 0) a = tf.dropout(a, rate, undefined, deriveSeed(options.dropoutSeed ?? 0, l)) as tf.Tensor2D;
      hidden.push(a);
      h = a;
    });
    return { output: h, hidden };
  }

  /** Frees every variable. Safe to call twice. */
  dispose(): void {
    for (const v of this.variables) if (!v.isDisposed) v.dispose();
  }
}
