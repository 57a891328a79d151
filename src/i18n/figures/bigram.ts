import { registerFigureStrings } from '../index';

export const en = {
  sentence: 'Sentence to score',
  smoothing: 'Smoothing k',
  vocabulary: '|V| = {{size}} words (including {{eos}}), counted from the same {{sentences}} sentences',
  caption: 'One factor of the chain rule per token',
  sentenceProbability: 'P(sentence)',
  crossEntropy: 'Cross-entropy per token',
  crossEntropyLine: '−(1/{{n}}) · Σ ln P = [[value]] nats',
  perplexity: 'Perplexity',
  perplexityLine: 'exp(cross-entropy) = [[value]]',
  impossible: ' (a factor is 0: the model calls this sentence impossible)',
  after: 'After [[word]]',
};

export const zh: typeof en = {
  sentence: '要打分的句子',
  smoothing: '平滑常数 k',
  vocabulary: '|V| = {{size}} 个词（包括 {{eos}}），从同样的 {{sentences}} 个句子中统计得到',
  caption: '每个词元对应链式法则中的一个因子',
  sentenceProbability: 'P(句子)',
  crossEntropy: '每个词元的交叉熵',
  crossEntropyLine: '−(1/{{n}}) · Σ ln P = [[value]] 奈特',
  perplexity: '困惑度',
  perplexityLine: 'exp(交叉熵) = [[value]]',
  impossible: '（有一个因子为 0：模型认为这个句子不可能出现）',
  after: '[[word]] 之后',
};

registerFigureStrings('bigram', en, zh);
