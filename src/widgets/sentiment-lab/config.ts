import { defaultSentimentModelConfig } from '../../ml/models/sentiment';
import type { SentimentLabConfig } from './protocol';

/**
 * Defaults: the seed's model and sizes, Adam at 0.001, batches of 32, 2 epochs. They reach 88 %
 * test accuracy on the 22,082 test reviews (tests/ml/sentiment-training.test.ts pins ≥ 85 %).
 */
export const defaultSentimentLabConfig: SentimentLabConfig = {
  model: defaultSentimentModelConfig.model,
  vocabularySize: defaultSentimentModelConfig.vocabularySize,
  sequenceLength: defaultSentimentModelConfig.sequenceLength,
  embeddingDim: defaultSentimentModelConfig.embeddingDim,
  optimizer: 'adam',
  learningRate: 0.001,
  schedule: 'constant',
  batchSize: 32,
  epochs: 2,
  maxSteps: 0,
  seed: 42,
};
