import { registerFigureStrings } from '../index';

export const en = {
  caption: 'Parameters from the shape: L blocks of 12d² + 13d each, plus (V + positions)·d of embeddings',
  model: 'Model',
  embeddings: 'Embeddings',
  total: 'Total (counted)',
  reported: 'Reported',
  yourModel: 'Your model:',
  layers: 'Layers L',
  width: 'Width d',
  invalid: 'L and d must be positive whole numbers.',
  note: "Your model has GPT-2's vocabulary (V = 50,257) and 1,024 positions, with d_ff = 4d. BERT-base has V = 30,522, GPT-2 and GPT-3 V = 50,257. Counted: per block 4d² + 4d (attention), 8d² + 5d (feed-forward), 4d (two layer norms); the output layer reuses the token embedding. BERT adds two segment embeddings, a layer norm and a d×d pooler.",
};

export const zh: typeof en = {
  caption: '由形状计算参数量：L 个块，每块 12d² + 13d，再加上 (V + 位置数)·d 的嵌入',
  model: '模型',
  embeddings: '嵌入',
  total: '总计（逐项统计）',
  reported: '报告值',
  yourModel: '你的模型：',
  layers: '层数 L',
  width: '宽度 d',
  invalid: 'L 和 d 必须是正整数。',
  note: '你的模型使用 GPT-2 的词表（V = 50,257）和 1,024 个位置，d_ff = 4d。BERT-base 的 V = 30,522，GPT-2 和 GPT-3 的 V = 50,257。逐项统计：每个块中注意力为 4d² + 4d，前馈网络为 8d² + 5d，两个层归一化为 4d；输出层复用词元嵌入。BERT 还多了两个片段嵌入、一个层归一化和一个 d×d 的池化层。',
};

registerFigureStrings('transformer', en, zh);
