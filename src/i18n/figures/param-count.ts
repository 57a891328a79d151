import { registerFigureStrings } from '../index';

export const en = {
  caption: '{{name}}: input {{shape}}',
  layer: 'Layer',
  type: 'Type',
  outputShape: 'Output shape',
  weightsBiases: 'Weights + biases',
  parameters: 'Parameters',
  total: 'Total',
  conv2d: 'Conv2D, {{filters}} filters {{size}}×{{size}}',
  embedding: 'Embedding {{words}} words × {{dims}}',
};

export const zh: typeof en = {
  caption: '{{name}}：输入 {{shape}}',
  layer: '层',
  type: '类型',
  outputShape: '输出形状',
  weightsBiases: '权重 + 偏置',
  parameters: '参数量',
  total: '合计',
  conv2d: 'Conv2D，{{filters}} 个 {{size}}×{{size}} 卷积核',
  embedding: 'Embedding，{{words}} 个词 × {{dims}}',
};

registerFigureStrings('paramCount', en, zh);
