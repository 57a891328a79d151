/** The racers' names, labels and shared hyperparameters: plain data, no TF.js (see ./optimizers.ts). */

/** The optimizers that can race: TF.js's own four, our AdamW, and Adam without bias correction. */
export type RacerName = 'sgd' | 'momentum' | 'rmsprop' | 'adam' | 'adamw' | 'adam-uncorrected';
export const RACER_NAMES: readonly RacerName[] = ['sgd', 'momentum', 'rmsprop', 'adam', 'adamw', 'adam-uncorrected'];

/** Display names. */
export const RACER_LABELS: Readonly<Record<RacerName, string>> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  rmsprop: 'RMSprop',
  adam: 'Adam',
  adamw: 'AdamW',
  'adam-uncorrected': 'Adam, no bias correction',
};

/** The race's hyperparameters, shared by every racer that uses them. Plain numbers. */
export interface RaceHyperparameters {
  /** η, shared by all racers (the point of the race: one rate suits some and not others). */
  learningRate: number;
  /** Momentum's velocity decay μ (tf.train.momentum). */
  momentum: number;
  /** RMSprop's squared-gradient decay ρ (`decay` in tf.train.rmsprop). */
  rho: number;
  /** Adam's first-moment decay. */
  beta1: number;
  /** Adam's second-moment decay. */
  beta2: number;
  /** AdamW's decoupled weight decay λ. */
  weightDecay: number;
  /** Added to the denominators (inside the square root for RMSprop, outside for Adam, as TF.js does). */
  epsilon: number;
}

/** μ = 0.9, ρ = 0.9, β₁ = 0.9, β₂ = 0.999, λ = 0.1 (GPT-3's), ε = 1e-7 (TF.js's default). */
export const defaultHyperparameters: RaceHyperparameters = {
  learningRate: 0.01,
  momentum: 0.9,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  weightDecay: 0.1,
  epsilon: 1e-7,
};
