import * as tf from '@tensorflow/tfjs';

/** Optimizers a lab may pick. */
export type OptimizerName = 'sgd' | 'momentum' | 'rmsprop' | 'adam' | 'adamw';
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['sgd', 'momentum', 'rmsprop', 'adam', 'adamw'];

/** How the labs name each optimizer (with the defaults below that matter to a reader). */
export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  momentum: 'SGD + momentum (0.9)',
  rmsprop: 'RMSprop',
  adam: 'Adam',
  adamw: 'AdamW (decay 0.01)',
};

/** Optional hyperparameters (defaults in brackets). All plain numbers: safe to postMessage. */
export interface OptimizerOptions {
  /** momentum: the velocity's decay [0.9]; rmsprop: its momentum [0]. */
  momentum?: number;
  /** adam/adamw: decay of the first-moment average [0.9]. */
  beta1?: number;
  /** adam/adamw: decay of the second-moment average [0.999]. */
  beta2?: number;
  /** adam/adamw/rmsprop: added to the denominator [1e-7]. */
  epsilon?: number;
  /** rmsprop: decay of the squared-gradient average [0.9]. */
  rho?: number;
  /** adamw: decoupled weight decay λ [0.01]. */
  weightDecay?: number;
}

/**
 * Which variables AdamW decays: weight matrices and filters (names ending in "kernel" or
 * "embeddings", as tfjs-layers names them, possibly with a "_2"-style suffix), never biases,
 * and never normalisation scales or offsets (gamma, beta): decaying those only hurts.
 */
export function decaysByDefault(variableName: string): boolean {
  return /\/(kernel|embeddings)(_\d+)?$/.test(variableName);
}

/**
 * Adam with decoupled weight decay (AdamW; Loshchilov & Hutter, "Decoupled Weight Decay
 * Regularization", ICLR 2019). Each step first shrinks every decayed variable,
 * `w ← w − lr·λ·w` (using w before the step, as in the paper and PyTorch), then applies the
 * ordinary Adam update computed from the loss gradient alone. Unlike L2 regularisation, the decay
 * is not divided by Adam's √v̂, so every weight shrinks at the same rate. `lr·λ` follows PyTorch
 * (the paper writes ηₜ·λ with a separate schedule multiplier ηₜ; with a constant schedule and
 * ηₜ = lr the two agree).
 */
export class AdamWOptimizer extends tf.AdamOptimizer {
  /** @nocollapse */
  static override get className(): string {
    return 'AdamW';
  }

  constructor(
    learningRate: number,
    beta1: number,
    beta2: number,
    epsilon: number | undefined,
    readonly weightDecay: number,
    readonly decays: (variableName: string) => boolean = decaysByDefault,
  ) {
    super(learningRate, beta1, beta2, epsilon);
  }

  /** Decays the selected variables in place, then takes the Adam step. Changes the variables. */
  override applyGradients(variableGradients: Parameters<tf.AdamOptimizer['applyGradients']>[0]): void {
    const names = Array.isArray(variableGradients)
      ? variableGradients.map((g) => g.name)
      : Object.keys(variableGradients);
    const factor = 1 - this.learningRate * this.weightDecay;
    tf.tidy(() => {
      for (const name of names) {
        if (!this.decays(name)) continue;
        const variable = tf.engine().registeredVariables[name];
        if (variable?.trainable) variable.assign(tf.mul(variable, factor));
      }
    });
    super.applyGradients(variableGradients);
  }
}

/**
 * tf.MomentumOptimizer whose `dispose()` also frees the learning-rate scalar: the stock one
 * (tfjs-core 4.22) overrides SGDOptimizer's dispose without calling it and leaks that tensor.
 */
export class MomentumOptimizer extends tf.MomentumOptimizer {
  override dispose(): void {
    super.dispose();
    if (!this.c.isDisposed) this.c.dispose();
  }
}

/**
 * A new optimizer. Owns tensors (learning-rate scalars, moment accumulators): call its
 * `dispose()` when training ends — disposing the model does not free them.
 */
export function createOptimizer(
  name: OptimizerName,
  learningRate: number,
  options: OptimizerOptions = {},
): tf.Optimizer {
  const { beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7, rho = 0.9, weightDecay = 0.01 } = options;
  switch (name) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum':
      return new MomentumOptimizer(learningRate, options.momentum ?? 0.9);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate, rho, options.momentum ?? 0, epsilon);
    case 'adam':
      return tf.train.adam(learningRate, beta1, beta2, epsilon);
    case 'adamw':
      return new AdamWOptimizer(learningRate, beta1, beta2, epsilon, weightDecay);
  }
}
