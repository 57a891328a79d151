import * as tf from '@tensorflow/tfjs';

/** tfjs-core's NamedTensor ({ name, tensor }), which the tfjs bundle does not re-export. */
type NamedTensor = Awaited<ReturnType<tf.Optimizer['getWeights']>>[number];

/**
 * Adam WITHOUT bias correction, as a TF.js optimizer, so the race can show why the correction
 * matters. Same moments as `tf.AdamOptimizer` (m₀ = v₀ = 0):
 *
 *   m_t = β₁·m_{t−1} + (1 − β₁)·g,  v_t = β₂·v_{t−1} + (1 − β₂)·g²,  θ_t = θ_{t−1} − η·m_t/(√v_t + ε)
 *
 * but m_t and v_t are used as they are instead of m_t/(1 − β₁ᵗ) and v_t/(1 − β₂ᵗ). Both start
 * too small, the denominator more so (√(1 − β₂) ≪ 1 − β₁), so the first step is
 * (1 − β₁)/√(1 − β₂) ≈ 3.16 times Adam's at the defaults, and early steps stay inflated until
 * β₂ᵗ has decayed (hundreds of steps). A teaching device: no library ships this.
 */
export class UncorrectedAdamOptimizer extends tf.Optimizer {
  /** @nocollapse */
  static get className(): string {
    return 'UncorrectedAdam';
  }

  private readonly moments: { m: tf.Variable; v: tf.Variable }[] = [];

  constructor(
    readonly learningRate: number,
    readonly beta1: number,
    readonly beta2: number,
    readonly epsilon = 1e-7,
  ) {
    super();
  }

  /** Updates the moments and the variables in place (see the class comment for the rule). */
  applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    const entries: [string, tf.Tensor][] = Array.isArray(variableGradients)
      ? variableGradients.map((g) => [g.name, g.tensor])
      : Object.entries(variableGradients);
    entries.forEach(([name, gradient], i) => {
      const value = tf.engine().registeredVariables[name];
      if (!this.moments[i]) {
        this.moments[i] = tf.tidy(() => ({
          m: tf.variable(tf.zerosLike(value), false),
          v: tf.variable(tf.zerosLike(value), false),
        }));
      }
      const { m, v } = this.moments[i];
      tf.tidy(() => {
        const newM = tf.add(tf.mul(m, this.beta1), tf.mul(gradient, 1 - this.beta1));
        const newV = tf.add(tf.mul(v, this.beta2), tf.mul(tf.square(gradient), 1 - this.beta2));
        m.assign(newM);
        v.assign(newV);
        value.assign(tf.sub(value, tf.mul(tf.div(newM, tf.add(tf.sqrt(newV), this.epsilon)), this.learningRate)));
      });
    });
    this.incrementIterations();
  }

  /** Frees the moment variables. */
  override dispose(): void {
    for (const { m, v } of this.moments) {
      m.dispose();
      v.dispose();
    }
    this.moments.length = 0;
  }

  override async getWeights(): Promise<NamedTensor[]> {
    return [
      await this.saveIterations(),
      ...this.moments.flatMap(({ m, v }, i) => [
        { name: `moment_${i}/m`, tensor: m },
        { name: `moment_${i}/v`, tensor: v },
      ]),
    ];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const rest = await this.extractIterations(weightValues);
    this.dispose();
    for (let i = 0; i + 1 < rest.length; i += 2) {
      this.moments.push({ m: tf.variable(rest[i].tensor, false), v: tf.variable(rest[i + 1].tensor, false) });
    }
  }

  getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}
