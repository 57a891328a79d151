/**
 * The quantisation lab's model and training run, as plain data (no React): the worker uses it, and
 * tests/ml/quantize-mnist.test.ts trains with the same settings to pin the lab's claims.
 */
import type { TrainConfig } from '../../ml/training/types';

/** How long the lab trains before it quantises. */
export const TRAINING_LENGTHS = {
  epoch: { label: '1 epoch (125 batches)', epochs: 1, maxSteps: undefined },
  quick: { label: 'A quick look (30 batches)', epochs: 1, maxSteps: 30 },
} as const;
export type TrainingLength = keyof typeof TRAINING_LENGTHS;

/** The small CNN (5,994 parameters), Adam 0.003, batches of 64, one epoch over the 8,000 training digits. */
export const quantizationLabTraining: { modelSeed: number; config: TrainConfig } = {
  modelSeed: 42,
  config: {
    optimizer: 'adam',
    learningRate: 0.003,
    loss: 'categoricalCrossentropy',
    batchSize: 64,
    epochs: 1,
    seed: 1,
    readIntervalMs: 100,
  },
};

/** The run for a chosen length. */
export function trainingConfig(length: TrainingLength): TrainConfig {
  const { epochs, maxSteps } = TRAINING_LENGTHS[length];
  return { ...quantizationLabTraining.config, epochs, ...(maxSteps ? { maxSteps } : {}) };
}
