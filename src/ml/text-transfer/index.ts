/** Pre-train word vectors on unlabelled reviews, then classify sentiment from few labels (no React, no DOM). */
export { createTextArmModel, MaskedMean, textArmTrainableParams, TEXT_ARMS, type TextArm } from './classifier';
export { buildCorpus, keepProbabilities, NegativeSampler, PairStream, type Corpus, type PairBatch } from './corpus';
export { sampleBalanced, takeTexts } from './data';
export {
  DEFAULT_FEW_LABEL_CONFIG,
  FewLabelExperiment,
  LABEL_CHOICES,
  type FewLabelConfig,
  type TextArmResult,
  type TextExperimentEvent,
  type TextTransferData,
} from './experiment';
export { neighboursOf, PROBE_WORDS, randomVectors, type WordNeighbours } from './neighbours';
export {
  DEFAULT_WORD_PRETRAIN,
  pretrainWordVectors,
  type WordPretrainConfig,
  type WordPretrainEvent,
} from './pretrain';
export { SkipGram } from './skipgram';
export {
  decodeWordVectors,
  encodeWordVectors,
  sifVectors,
  WORD_VECTORS_FORMAT_VERSION,
  WORD_VECTORS_PATH,
  type WordVectors,
} from './vectors';
