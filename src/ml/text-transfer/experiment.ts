import type * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../data/device';
import type { TextSplit } from '../data/text-dataset';
import { textToDevice } from '../data/text-device';
import { createTrainer, evaluateDataset, type TrainingEvent } from '../training';
import { RunSequence, type SequenceState } from '../training/run-sequence';
import { createTextArmModel, textArmTrainableParams, TEXT_ARMS, type TextArm } from './classifier';
import { sampleBalanced } from './data';

/** One comparison (or a sweep over several label counts). Plain data: it crosses to a worker as is. */
export interface FewLabelConfig {
  /** Labelled reviews (half positive, half negative); several values make a sweep. */
  labels: number[];
  arms: TextArm[];
  /** Gradient steps per arm (the same budget for every arm). */
  steps: number;
  batchSize: number;
  /** Token ids per review the classifier reads (the last ones: reviews are cut at the start). */
  sequenceLength: number;
  learningRates: Record<TextArm, number>;
  /**
   * Fine-tuning first trains only the logistic unit (as the probe does) for this share of the
   * steps, then everything at `learningRates.finetune` (linear probing then fine-tuning, Kumar et
   * al. 2022): a random unit's large early gradients would otherwise scramble the pre-trained
   * vectors of the few words it sees.
   */
  probeFirst: number;
  /** Seed of the label draw, of the random vectors and unit, and of the shuffling. */
  seed: number;
}

export const LABEL_CHOICES = [50, 100, 200, 500, 1000] as const;

export const DEFAULT_FEW_LABEL_CONFIG: FewLabelConfig = {
  labels: [100],
  arms: [...TEXT_ARMS],
  steps: 300,
  batchSize: 32,
  sequenceLength: 200,
  learningRates: { scratch: 0.01, finetune: 0.001, probe: 0.1 },
  probeFirst: 0.5,
  seed: 1,
};

export interface TextArmResult {
  arm: TextArm;
  labels: number;
  /** Accuracy on the held-out test reviews. */
  accuracy: number;
  trainableParams: number;
  steps: number;
}

export type TextExperimentEvent =
  | { type: 'run-start'; arm: TextArm; labels: number; trainableParams: number; index: number; total: number }
  | { type: 'training'; arm: TextArm; labels: number; event: TrainingEvent }
  | { type: 'run-result'; result: TextArmResult };

export interface TextTransferData {
  /** The training split: labelled reviews are drawn from it. */
  pool: TextSplit;
  /** Test reviews, on the device (see textToDevice), at the config's sequence length. */
  test: DeviceDataset;
  /** Pre-trained vectors, row-major V × d (V = vocabularySize). */
  vectors: Float32Array;
  vocabularySize: number;
  dim: number;
}

/**
 * Runs every (label count, arm) pair one after another on the same labelled reviews, each arm
 * with its own classifier and the shared training loop; pause, resume and stop act on the run in
 * progress. Every model and dataset it makes is freed before `start()` resolves; the caller owns
 * the {@link TextTransferData}.
 */
export class FewLabelExperiment {
  private readonly sequence = new RunSequence();
  private readonly results: TextArmResult[] = [];

  constructor(
    private readonly data: TextTransferData,
    private readonly config: FewLabelConfig,
    private readonly onEvent: (event: TextExperimentEvent) => void,
  ) {
    if (config.labels.length === 0 || config.arms.length === 0) throw new Error('Choose a label count and an arm');
    if (!(config.steps >= 2 && Number.isInteger(config.steps))) throw new Error(`Bad number of steps ${config.steps}`);
    if (!(config.probeFirst >= 0 && config.probeFirst < 1)) throw new Error(`probeFirst must be in [0, 1)`);
  }

  get state(): SequenceState {
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

  async start(): Promise<{ state: SequenceState; results: TextArmResult[] }> {
    if (this.state !== 'idle') return { state: this.state, results: [...this.results] };
    const { labels, arms, seed, sequenceLength } = this.config;
    const shape = { sequenceLength, vocabularySize: this.data.vocabularySize };
    await this.sequence.runGroups(
      labels,
      arms,
      (count) => textToDevice(sampleBalanced(this.data.pool, count, seed), shape),
      (count, arm, train, index) => this.runArm(arm, count, train, index, labels.length * arms.length),
      (result) => {
        this.results.push(result);
        this.onEvent({ type: 'run-result', result });
      },
    );
    return { state: this.state, results: [...this.results] };
  }

  /** Trains `model` for `steps` steps at `learningRate`, reporting steps from `offset` + 1. */
  private async phase(
    model: tf.LayersModel,
    train: DeviceDataset,
    steps: number,
    learningRate: number,
    offset: number,
    report: (event: TrainingEvent) => void,
  ): Promise<number | undefined> {
    const batchSize = Math.min(this.config.batchSize, train.count);
    const trainer = createTrainer({
      model,
      train,
      config: {
        optimizer: 'adam',
        learningRate,
        loss: 'binaryCrossentropy',
        batchSize,
        epochs: Math.ceil(steps / Math.ceil(train.count / batchSize)),
        maxSteps: steps,
        seed: this.config.seed + offset,
        readIntervalMs: 100,
      },
      onEvent: (event) => {
        if (event.type === 'batch') report({ ...event, step: event.step + offset });
        else if (event.type === 'epoch') report(event);
      },
    });
    const outcome = await this.sequence.train(trainer);
    return outcome.state === 'done' ? outcome.steps : undefined;
  }

  private async runArm(
    arm: TextArm,
    labels: number,
    train: DeviceDataset,
    index: number,
    total: number,
  ): Promise<TextArmResult | undefined> {
    const { config, data } = this;
    const shape = { vocabularySize: data.vocabularySize, sequenceLength: config.sequenceLength, dim: data.dim };
    const model = createTextArmModel(arm, { ...shape, seed: config.seed }, data.vectors);
    const report = (event: TrainingEvent) => this.onEvent({ type: 'training', arm, labels, event });
    try {
      const trainableParams = textArmTrainableParams(arm, shape);
      this.onEvent({ type: 'run-start', arm, labels, trainableParams, index, total });
      let steps = 0;
      const first = arm === 'finetune' ? Math.round(config.steps * config.probeFirst) : 0;
      if (first > 0) {
        const embedding = model.getLayer('embedding');
        embedding.trainable = false;
        const done = await this.phase(model, train, first, config.learningRates.probe, 0, report);
        if (done === undefined) return undefined;
        embedding.trainable = true;
        steps = done;
      }
      const rate = config.learningRates[arm];
      const done = await this.phase(model, train, config.steps - steps, rate, steps, report);
      if (done === undefined) return undefined;
      const evaluation = await evaluateDataset(model, data.test, { loss: 'binaryCrossentropy' });
      return { arm, labels, accuracy: evaluation.accuracy ?? 0, trainableParams, steps: steps + done };
    } finally {
      model.dispose();
    }
  }
}
