import type * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../data/device';
import type { MnistSplits } from '../data/mnist';
import { createTrainer, evaluateDataset, type Trainer, type TrainingEvent } from '../training';
import { checkpointOf, type Checkpoint } from './checkpoint';
import { taskToDevice, selectDigits } from './data';
import { createTransferCnn, PRETRAIN_DIGITS, TASK_CLASSES } from './model';

/** How the checkpoint is pre-trained (plain data; part of the asset's fingerprint). */
export interface PretrainConfig {
  seed: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
}

/** The shipped checkpoint's settings: 6 epochs of Adam over the ~4,100 training digits 0–4. */
export const DEFAULT_PRETRAIN_CONFIG: PretrainConfig = { seed: 1, epochs: 6, batchSize: 64, learningRate: 0.003 };

/** The pre-training task's data on the device: the train and validation splits' digits 0–4. */
export function pretrainData(splits: MnistSplits): { train: DeviceDataset; validation: DeviceDataset } {
  return {
    train: taskToDevice(selectDigits(splits.train, PRETRAIN_DIGITS), TASK_CLASSES),
    validation: taskToDevice(selectDigits(splits.validation, PRETRAIN_DIGITS), TASK_CLASSES),
  };
}

/**
 * A new model and an idle trainer that pre-trains it on digits 0–4 (start, pause or stop the
 * trainer yourself). The caller disposes the trainer, the model and the data.
 */
export function createPretrainer(
  data: { train: DeviceDataset; validation: DeviceDataset },
  config: PretrainConfig,
  onEvent?: (event: TrainingEvent) => void,
): { model: tf.LayersModel; trainer: Trainer } {
  const model = createTransferCnn({ seed: config.seed, headSeed: config.seed + 1 });
  const trainer = createTrainer({
    model,
    train: data.train,
    validation: data.validation,
    config: {
      optimizer: 'adam',
      learningRate: config.learningRate,
      loss: 'categoricalCrossentropy',
      batchSize: config.batchSize,
      epochs: config.epochs,
      seed: config.seed,
    },
    onEvent,
  });
  return { model, trainer };
}

/**
 * Pre-trains from scratch and returns the checkpoint (weights plus settings and validation
 * accuracy on 0–4). Deterministic for a config on one backend. Leaves no tensors behind.
 */
export async function pretrain(
  splits: MnistSplits,
  config: PretrainConfig = DEFAULT_PRETRAIN_CONFIG,
  onEvent?: (event: TrainingEvent) => void,
): Promise<Checkpoint> {
  const data = pretrainData(splits);
  const { model, trainer } = createPretrainer(data, config, onEvent);
  try {
    const result = await trainer.start();
    if (result.state !== 'done') throw result.error ?? new Error(`Pre-training ended: ${result.state}`);
    const validation = await evaluateDataset(model, data.validation, { loss: 'categoricalCrossentropy' });
    return await checkpointOf(model, {
      ...config,
      digits: PRETRAIN_DIGITS.join(''),
      trainExamples: data.train.count,
      validationAccuracy: validation.accuracy ?? 0,
    });
  } finally {
    await trainer.dispose();
    model.dispose();
    data.train.dispose();
    data.validation.dispose();
  }
}
