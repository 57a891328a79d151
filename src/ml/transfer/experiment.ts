import type * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../data/device';
import type { MnistSplit } from '../data/mnist';
import { createTrainer, evaluateDataset, type TrainingEvent } from '../training';
import { RunSequence, type SequenceState } from '../training/run-sequence';
import { oldTaskAccuracy, createArmModel, forgetting, pretrainedHead, trainableParams, type Arm } from './arms';
import type { Checkpoint } from './checkpoint';
import { sampleKPerClass, taskToDevice } from './data';
import { TASK_CLASSES } from './model';

/** One comparison (or a sweep over several K). Plain data: it crosses to a worker as is. */
export interface FineTuneConfig {
  /** Labelled examples per class of the new task; several values make a sweep. */
  ks: number[];
  arms: Arm[];
  /** LoRA rank r. */
  rank: number;
  /** Gradient steps per arm (the same budget for every arm). */
  steps: number;
  /** Largest batch; smaller training sets are used whole in each step. */
  batchSize: number;
  learningRates: Record<Arm, number>;
  /** Seed of the K-shot draw, of the new head, of the scratch backbone and of the shuffling. */
  seed: number;
}

export const DEFAULT_FINETUNE_CONFIG: FineTuneConfig = {
  ks: [10],
  arms: ['scratch', 'finetune', 'probe', 'lora'],
  rank: 4,
  steps: 150,
  batchSize: 32,
  learningRates: { scratch: 0.003, finetune: 0.001, probe: 0.01, lora: 0.01 },
  seed: 1,
};

/** The K values the lab offers. */
export const K_CHOICES = [5, 10, 50, 100, 500] as const;

/** What one arm achieved at one K. */
export interface ArmResult {
  arm: Arm;
  k: number;
  /** Test accuracy on the new task (the test split's digits 5–9, 5-way). */
  accuracy: number;
  trainableParams: number;
  /**
   * Old-task (digits 0–4) test accuracy of this network's backbone under the pre-trained 0–4
   * head, before and after fine-tuning, and the difference (before − after). null for scratch:
   * it never had the old task.
   */
  before: number | null;
  after: number | null;
  forgetting: number | null;
  steps: number;
}

export type ExperimentEvent =
  | { type: 'run-start'; arm: Arm; k: number; trainableParams: number; index: number; total: number }
  | { type: 'training'; arm: Arm; k: number; event: TrainingEvent }
  | { type: 'run-result'; result: ArmResult };

/** What the experiment needs besides the checkpoint: the new task's training pool and both test sets. */
export interface TransferData {
  /** The train split's digits 5–9, relabelled 0–4 (on the CPU: K examples per class are drawn from it). */
  pool: MnistSplit;
  /** The test split's digits 5–9 (relabelled 0–4) and 0–4, on the device. */
  testNew: DeviceDataset;
  testOld: DeviceDataset;
}

export type ExperimentState = SequenceState;

/**
 * Runs every (K, arm) pair of a config one after another, each with its own model and the shared
 * training loop ({@link createTrainer}); pause, resume and stop act on the run in progress. Emits
 * {@link ExperimentEvent}s. Every model, dataset and optimizer it makes is disposed before
 * `start()` resolves; the caller owns the checkpoint and the {@link TransferData}.
 */
export class FineTuneExperiment {
  private readonly sequence = new RunSequence();
  private readonly results: ArmResult[] = [];

  constructor(
    private readonly checkpoint: Checkpoint,
    private readonly data: TransferData,
    private readonly config: FineTuneConfig,
    private readonly onEvent: (event: ExperimentEvent) => void,
  ) {
    if (config.ks.length === 0 || config.arms.length === 0) throw new Error('Choose at least one K and one arm');
    if (!(config.steps >= 1 && Number.isInteger(config.steps))) throw new Error(`Bad number of steps ${config.steps}`);
  }

  get state(): ExperimentState {
    return this.sequence.state;
  }

  pause(): void {
    this.sequence.pause();
  }

  resume(): void {
    this.sequence.resume();
  }

  stop(): void {
    this.sequence.stop();
  }

  /** Runs everything; resolves with the results of the runs that finished. */
  async start(): Promise<{ state: ExperimentState; results: ArmResult[] }> {
    if (this.state !== 'idle') return { state: this.state, results: [...this.results] };
    const { ks, arms, seed } = this.config;
    const head = pretrainedHead(this.checkpoint);
    try {
      await this.sequence.runGroups(
        ks,
        arms,
        (k) => taskToDevice(sampleKPerClass(this.data.pool, TASK_CLASSES, k, seed), TASK_CLASSES),
        (k, arm, train, index) => this.runArm(arm, k, train, head, index, ks.length * arms.length),
        (result) => {
          this.results.push(result);
          this.onEvent({ type: 'run-result', result });
        },
      );
    } finally {
      head.dispose();
    }
    return { state: this.state, results: [...this.results] };
  }

  private async runArm(
    arm: Arm,
    k: number,
    train: DeviceDataset,
    head: ReturnType<typeof pretrainedHead>,
    index: number,
    total: number,
  ): Promise<ArmResult | undefined> {
    const { config } = this;
    const model: tf.LayersModel = createArmModel(arm, this.checkpoint, { seed: config.seed, rank: config.rank });
    try {
      const params = trainableParams(model);
      this.onEvent({ type: 'run-start', arm, k, trainableParams: params, index, total });
      const before = arm === 'scratch' ? null : await oldTaskAccuracy(model, head, this.data.testOld);
      const batchSize = Math.min(config.batchSize, train.count);
      const trainer = createTrainer({
        model,
        train,
        config: {
          optimizer: 'adam',
          learningRate: config.learningRates[arm],
          loss: 'categoricalCrossentropy',
          batchSize,
          epochs: Math.ceil(config.steps / Math.ceil(train.count / batchSize)),
          maxSteps: config.steps,
          seed: config.seed,
        },
        onEvent: (event) => {
          if (event.type !== 'state') this.onEvent({ type: 'training', arm, k, event });
        },
      });
      const outcome = await this.sequence.train(trainer);
      if (outcome.state !== 'done') return undefined;
      const evaluation = await evaluateDataset(model, this.data.testNew, { loss: 'categoricalCrossentropy' });
      const after = before === null ? null : await oldTaskAccuracy(model, head, this.data.testOld);
      return {
        arm,
        k,
        accuracy: evaluation.accuracy ?? 0,
        trainableParams: params,
        before,
        after,
        forgetting: before === null || after === null ? null : forgetting(before, after),
        steps: outcome.steps,
      };
    } finally {
      model.dispose();
    }
  }
}
