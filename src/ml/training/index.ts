/** The training loop shared by every lab, its events, optimizers, losses and evaluation helpers. */
export { createTrainer, Trainer, type TrainerSetup } from './trainer';
export type {
  BatchEvent,
  EpochEvent,
  StateEvent,
  TrainConfig,
  TrainingEvent,
  TrainingResult,
  TrainingState,
} from './types';
export { AdamWOptimizer, createOptimizer, decaysByDefault, MomentumOptimizer, OPTIMIZER_NAMES } from './optimizers';
export type { OptimizerName, OptimizerOptions } from './optimizers';
export { computeAccuracy, computeLoss, defaultAccuracy, type AccuracyKind, type LossName } from './losses';
export { confusionOnDataset, evaluateDataset, predictBatch, predictClasses, type Evaluation } from './evaluate';
export { yieldToEventLoop, type YieldFn } from './yield';
