import { registerFigureStrings } from '../index';

export const en = {
  sentence: 'Sentence to tokenize',
  vocabularySize: 'Vocabulary size',
  paddedLength: 'Padded length',
  tokensAndIds: 'Tokens and ids',
  chipsLabel: 'Tokens with their ids',
  result: '[[tokens]] tokens, [[unknown]] of them unknown (id {{unknownId}}). Padded to {{padTo}}: [[padded]]',
  cut: ' (cut after {{padTo}} tokens)',
  vocabulary: 'The vocabulary: [[size]] ids, built from {{sentences}} example sentences',
  id: 'Id',
  token: 'Token',
  countInCorpus: 'Count in the corpus',
  corpus: 'Corpus: {{sentences}}',
  skipGram: 'Skip-gram training pairs (centre → context)',
  window: 'Window c',
  pairs: '[[pairs]] pairs from {{tokens}} tokens with a window of {{window}}.',
};

export const zh: typeof en = {
  sentence: '要分词的句子',
  vocabularySize: '词表大小',
  paddedLength: '填充后的长度',
  tokensAndIds: '词元及其编号',
  chipsLabel: '词元及其编号',
  result: '共 [[tokens]] 个词元，其中 [[unknown]] 个是未知词（编号 {{unknownId}}）。填充到 {{padTo}}：[[padded]]',
  cut: '（在第 {{padTo}} 个词元之后截断）',
  vocabulary: '词表：[[size]] 个编号，由 {{sentences}} 个例句构建',
  id: '编号',
  token: '词元',
  countInCorpus: '在语料中的次数',
  corpus: '语料：{{sentences}}',
  skipGram: 'Skip-gram 训练样本对（中心词 → 上下文词）',
  window: '窗口 c',
  pairs: '{{tokens}} 个词元在窗口为 {{window}} 时产生 [[pairs]] 个样本对。',
};

registerFigureStrings('tokenizer', en, zh);
