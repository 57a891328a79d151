/**
 * Everything that defines one MLP-playground experiment, as plain data: the data, the network,
 * the training settings and the backend. The same object crosses to the training worker, is
 * written into the page's URL (see src/widgets/mlp-playground/url-state.ts) and seeds presets.
 */
import type { BackendName } from '../backend';
import { TOY_NAMES, type TaskKind, type ToyName } from '../data/toy2d';
import type { OptimizerName } from '../training/optimizers';
import type { ScheduleName } from '../worked/schedules';

export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'linear';
export const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'linear'];

/** Mean squared error or binary cross-entropy (the latter for classification only). */
export type PlaygroundLoss = 'mse' | 'bce';
export const PLAYGROUND_LOSSES: readonly PlaygroundLoss[] = ['mse', 'bce'];

/** A generated set, or the reader's uploaded CSV. */
export type DataChoice = ToyName | 'csv';
export const DATA_CHOICES: readonly DataChoice[] = [...TOY_NAMES, 'csv'];

/** A named backend, or 'auto': the one {@link autoBackend} picks for the batch size. */
export type BackendChoice = 'auto' | BackendName;
export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

export const SCHEDULES: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine', 'warmup-cosine'];

/**
 * The optimizers on offer (the same list as ../training/optimizers.ts, repeated so that this
 * module, which the page imports, does not pull in TF.js).
 */
export const OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'momentum', 'rmsprop', 'adam', 'adamw'];

export interface PlaygroundSetup {
  /** Which points. */
  data: DataChoice;
  /** Points generated (2-D sets and the curve; the 10-point set and a CSV have their own). */
  points: number;
  /** 0 … 0.5: how noisy the generated points are. */
  noise: number;
  /** Share of the points used for training (the rest are the test set), 0.1 … 0.9. */
  trainFraction: number;
  /** Seed of the data generator and of the train/test split. */
  dataSeed: number;
  /** Units of each hidden layer: 0–6 layers of 1–8 units. */
  layers: number[];
  /** Activation of every hidden layer. */
  activation: Activation;
  loss: PlaygroundLoss;
  optimizer: OptimizerName;
  /** Peak learning rate η₀ of the schedule. */
  learningRate: number;
  schedule: ScheduleName;
  /** Examples per step (more than the training set means the whole set). */
  batchSize: number;
  /** L1 penalty λ₁·Σ|w| on the weights (not the biases). */
  l1: number;
  /** L2 penalty λ₂·Σw² on the weights (not the biases). */
  l2: number;
  /** Probability of dropping each hidden unit during a training step, 0 … 0.5. */
  dropout: number;
  /** Length of the run in steps (the schedules decay over it; training stops there). */
  steps: number;
  /** Seed of the initial weights, the shuffling and dropout. */
  seed: number;
  backend: BackendChoice;
}

/** Bounds every setup obeys (URL decoding rejects values outside them). */
export const LIMITS = {
  points: [10, 2000],
  noise: [0, 0.5],
  trainFraction: [0.1, 0.9],
  maxLayers: 6,
  units: [1, 8],
  learningRate: [1e-5, 10],
  batchSize: [1, 2000],
  penalty: [0, 1],
  dropout: [0, 0.5],
  steps: [1, 100_000],
  seed: [0, 2 ** 32 - 1],
} as const;

/** Choices offered in the lab's menus (any in-range value from a link is kept and shown too). */
export const CHOICES = {
  points: [50, 100, 200, 400, 500, 1000],
  learningRate: [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3],
  batchSize: [1, 4, 10, 16, 32, 64, 128, 512],
  penalty: [0, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1],
  steps: [100, 250, 500, 1000, 2000, 5000, 10000, 20000],
} as const;

/** Batches up to this size train fastest on 'cpu'; larger ones on 'wasm' (see {@link autoBackend}). */
export const AUTO_WASM_FROM_BATCH = 128;

/**
 * The backend 'auto' means for a batch size. For networks this small a step is a few dozen tiny
 * operations, so the fixed cost per operation decides the speed, not arithmetic: WebGL (a GPU
 * program per operation, and reading results back) is the slowest, and plain-JavaScript cpu beats
 * WebAssembly until batches get big enough for wasm's SIMD arithmetic to pay for its own overhead.
 * Measured in Chromium with the lab's "Measure backends" (2-8-8-1, Adam, 500 points), steps/s:
 * batch 32: cpu 680–1650, wasm 230–1260, webgl 27–67 (SwiftShader); batch 500: wasm 460–890, cpu
 * 330–420, webgl 37–93.
 */
export function autoBackend(batchSize: number): BackendName {
  return batchSize >= AUTO_WASM_FROM_BATCH ? 'wasm' : 'cpu';
}

/**
 * The starting experiment: 500 XOR points, two hidden layers of 8 ReLU units, Adam at 0.01,
 * batches of 32. tests/ml/mlp-playground.test.ts pins that these training settings solve XOR with
 * this network and the spiral with four hidden layers of 8 (sweeps over seeds: XOR reaches 90 %
 * test accuracy within 100 steps, the spiral within 500–1,400).
 */
export const DEFAULT_SETUP: PlaygroundSetup = {
  data: 'xor',
  points: 500,
  noise: 0.1,
  trainFraction: 0.5,
  dataSeed: 1,
  layers: [8, 8],
  activation: 'relu',
  loss: 'bce',
  optimizer: 'adam',
  learningRate: 0.01,
  schedule: 'constant',
  batchSize: 32,
  l1: 0,
  l2: 0,
  dropout: 0,
  steps: 2000,
  seed: 1,
  backend: 'auto',
};

/** The task a data choice poses: the curve is regression, everything else classification. */
export function taskOf(data: DataChoice): TaskKind {
  return data === 'curve' ? 'regression' : 'classification';
}

/** The loss actually used: binary cross-entropy needs 0/1 targets, so regression uses MSE. */
export function effectiveLoss(setup: Pick<PlaygroundSetup, 'data' | 'loss'>): PlaygroundLoss {
  return taskOf(setup.data) === 'regression' ? 'mse' : setup.loss;
}

/** The backend a setup trains on: the one named, or {@link autoBackend} for its batch size. */
export function resolveBackend(setup: Pick<PlaygroundSetup, 'backend' | 'batchSize'>): BackendName {
  return setup.backend === 'auto' ? autoBackend(setup.batchSize) : setup.backend;
}
