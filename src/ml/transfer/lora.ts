import * as tf from '@tensorflow/tfjs';
import { loraCount } from '../worked/lora';

export interface LoraDenseArgs {
  /** Outputs of the adapted dense layer. */
  units: number;
  /** Rank r of the update B·A. */
  rank: number;
  activation: 'relu' | 'linear';
  /** Seed of A's initial values (B starts at zero). */
  seed: number;
  name?: string;
}

/**
 * A dense layer with a low-rank adapter (LoRA, Hu et al. 2022): y = act(W x + b + B A x), where the
 * pre-trained W and b are frozen (non-trainable weights) and only A (r × in, small random values)
 * and B (out × r, zeros, so the layer starts out exactly as the pre-trained one) are trained:
 * r·(in + out) numbers. Stored row-vector style as in TF.js dense layers: kernel [in, out],
 * loraA [in, r] (= Aᵀ), loraB [r, out] (= Bᵀ). Weights in order: kernel, bias, loraA, loraB.
 */
export class LoraDense extends tf.layers.Layer {
  static readonly className = 'LoraDense';
  readonly units: number;
  readonly rank: number;
  private readonly activation: 'relu' | 'linear';
  private readonly seed: number;
  private kernel?: tf.LayerVariable;
  private bias?: tf.LayerVariable;
  private loraA?: tf.LayerVariable;
  private loraB?: tf.LayerVariable;

  constructor(args: LoraDenseArgs) {
    super({ name: args.name });
    if (!(Number.isInteger(args.rank) && args.rank >= 1))
      throw new Error(`LoRA rank must be a positive integer, got ${args.rank}`);
    this.units = args.units;
    this.rank = args.rank;
    this.activation = args.activation;
    this.seed = args.seed;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    const inputs = shape[shape.length - 1];
    if (inputs === null) throw new Error('LoraDense needs a known input size');
    const zeros = tf.initializers.zeros();
    this.kernel = this.addWeight('kernel', [inputs, this.units], 'float32', zeros, undefined, false);
    this.bias = this.addWeight('bias', [this.units], 'float32', zeros, undefined, false);
    const spread = tf.initializers.randomNormal({ mean: 0, stddev: 1 / Math.sqrt(inputs), seed: this.seed });
    this.loraA = this.addWeight('lora_a', [inputs, this.rank], 'float32', spread, undefined, true);
    this.loraB = this.addWeight('lora_b', [this.rank, this.units], 'float32', zeros, undefined, true);
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [...shape.slice(0, -1), this.units];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const { kernel, bias, loraA, loraB } = this;
      if (!kernel || !bias || !loraA || !loraB) throw new Error('LoraDense called before it was built');
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor2D;
      const base = tf.add(tf.matMul(x, kernel.read() as tf.Tensor2D), bias.read());
      const update = tf.matMul(tf.matMul(x, loraA.read() as tf.Tensor2D), loraB.read() as tf.Tensor2D);
      const z = tf.add(base, update);
      return this.activation === 'relu' ? tf.relu(z) : z;
    });
  }

  /** Sets the frozen W (kernel [in, out]) and b from the pre-trained layer; A and B are left as they are. */
  setFrozen(kernel: tf.Tensor, bias: tf.Tensor): void {
    if (!this.kernel || !this.bias) throw new Error('LoraDense: build the model before setting its weights');
    this.kernel.write(kernel);
    this.bias.write(bias);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, rank: this.rank, activation: this.activation, seed: this.seed };
  }
}
tf.serialization.registerClass(LoraDense);

/** Numbers LoRA trains for one adapted layer of `inputs` → `outputs` at rank r: r·(in + out). */
export function loraParams(inputs: number, outputs: number, rank: number): number {
  return loraCount({ inputs, outputs }, rank).lora;
}
