/**
 * Self-supervised pre-training of word vectors on review text (labels never read): skip-gram over
 * the IMDB training split, then SIF weighting ({@link sifVectors}). The data preparation runs it
 * once, seeded, to ship public/data/word-vectors.bin; the text-transfer lab can run it again live.
 */
import * as tf from '@tensorflow/tfjs';
import type { TextSplit } from '../data/text-dataset';
import { yieldToEventLoop, type YieldFn } from '../training/yield';
import { buildCorpus, PairStream } from './corpus';
import { SkipGram } from './skipgram';
import { sifVectors, type WordVectors } from './vectors';

export interface WordPretrainConfig {
  vocabularySize: number;
  dim: number;
  /** Largest window: each centre predicts up to this many words on each side. */
  window: number;
  negatives: number;
  subsample: number;
  batchSize: number;
  steps: number;
  learningRate: number;
  seed: number;
}

/** The shipped vectors' recipe: 48-d vectors for the 10,000 most frequent words, 750 steps of 8,192 pairs (6.1 M). */
export const DEFAULT_WORD_PRETRAIN: WordPretrainConfig = {
  vocabularySize: 10_000,
  dim: 48,
  window: 4,
  negatives: 5,
  subsample: 1e-4,
  batchSize: 8192,
  steps: 750,
  learningRate: 0.03,
  seed: 1,
};

/** Progress of a pre-training run: mean loss of the steps since the last event. */
export interface WordPretrainEvent {
  step: number;
  steps: number;
  loss: number;
  pairsPerSecond: number;
}

export interface WordPretrainHooks {
  onProgress?: (event: WordPretrainEvent) => void;
  /** Read the loss back (and report) once this many steps have passed (default 25). */
  reportEvery?: number;
  /** Called between steps; return false to stop early (the vectors so far are returned). */
  shouldContinue?: () => boolean | Promise<boolean>;
  yieldFn?: YieldFn;
}

/**
 * Pre-trains word vectors on the reviews of `split` (ids ≥ vocabularySize are dropped). Frees every
 * tensor it makes. Resolves with the SIF-weighted vectors and what was done.
 */
export async function pretrainWordVectors(
  split: TextSplit,
  config: WordPretrainConfig,
  hooks: WordPretrainHooks = {},
): Promise<WordVectors> {
  const { reportEvery = 25, yieldFn = yieldToEventLoop } = hooks;
  const corpus = buildCorpus(split, { vocabularySize: config.vocabularySize });
  const stream = new PairStream(corpus, config);
  const model = new SkipGram(config, config.learningRate);
  const tail = Math.max(1, Math.round(config.steps / 10));
  let tailSum = 0;
  let tailSteps = 0;
  let lastLoss = NaN;
  let sum: tf.Scalar | undefined;
  let since = 0;
  let clock = performance.now();
  let step = 0;
  try {
    while (step < config.steps) {
      if (hooks.shouldContinue && !(await hooks.shouldContinue())) break;
      const loss = model.step(stream.next(config.batchSize));
      const total: tf.Scalar = sum ? tf.add(sum, loss) : loss;
      if (sum) {
        sum.dispose();
        loss.dispose();
      }
      sum = total;
      step++;
      since++;
      if (since === reportEvery || step === config.steps) {
        const mean = (await sum.data())[0] / since;
        sum.dispose();
        sum = undefined;
        lastLoss = mean;
        if (step > config.steps - tail) {
          tailSum += mean * since;
          tailSteps += since;
        }
        const now = performance.now();
        const pairsPerSecond = (since * config.batchSize) / Math.max(1e-3, (now - clock) / 1000);
        hooks.onProgress?.({ step, steps: config.steps, loss: mean, pairsPerSecond });
        clock = now;
        since = 0;
      }
      await yieldFn();
    }
    const vectors = sifVectors(await model.vectors(), config.dim, corpus.counts);
    return {
      vectors,
      info: {
        vocabularySize: config.vocabularySize,
        dim: config.dim,
        steps: step,
        pairs: step * config.batchSize,
        finalLoss: tailSteps > 0 ? tailSum / tailSteps : lastLoss,
        seed: config.seed,
      },
    };
  } finally {
    sum?.dispose();
    model.dispose();
  }
}
