import { registerFigureStrings } from '../index';

export const en = {
  'small-cnn': 'Small MNIST CNN',
  'seed-cnn': 'MNIST CNN',
  'mnist-mlp': 'MNIST MLP',
  sentiment: 'Sentiment classifier',
  'gpt-2-largest': 'GPT-2 (largest)',
  custom: 'Your model',
};

export const zh: typeof en = {
  'small-cnn': '小型 MNIST 卷积网络',
  'seed-cnn': 'MNIST 卷积网络',
  'mnist-mlp': 'MNIST 多层感知机',
  sentiment: '情感分类器',
  'gpt-2-largest': 'GPT-2（最大版本）',
  custom: '你的模型',
};

registerFigureStrings('models', en, zh);
