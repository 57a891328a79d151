import { registerFigureStrings } from '../index';

export const en = {
  barsLabel: 'Bars: full fine-tuning trains {{full}} numbers, LoRA trains {{lora}}',
  fullW: 'Full W',
  loraAB: 'LoRA: A, B',
  layer: 'Layer',
  rank: 'Rank r',
  full: 'Full fine-tuning',
  fullLine: 'W is {{outputs}} × {{inputs}}: [[full]] trainable numbers',
  loraRank: 'LoRA, rank {{r}}',
  loraLine:
    'A is {{r}} × {{inputs}} ({{a}}), B is {{outputs}} × {{r}} ({{b}}): r·(in + out) = {{r}} · {{sum}} = [[lora]]',
  ratio: 'Ratio',
  ratioLine: 'LoRA trains [[ratio]] of the full count, [[reduction]] times fewer numbers',
  breakEven: 'Break-even rank',
  breakEvenLine: 'in·out / (in + out) = [[rank]]: below this rank LoRA trains fewer numbers than the matrix has',
  whole: 'Whole model',
  wholeLine:
    'Adapting {{description}} of {{name}} ({{matrices}} matrices): LoRA trains [[lora]] numbers, that is [[share]] of the model’s {{total}} parameters, which stay frozen',
  note: 'The update BA has rank at most r, however large the layer. Doubling r doubles the LoRA count; doubling both sizes of a square layer doubles the LoRA count but quadruples the full count.',
  presets: {
    'mlp-hidden': 'MNIST perceptron, hidden layer (784 → 128)',
    'bert-attention': 'BERT-base attention projection (768 → 768)',
    'bert-ffn': 'BERT-base feed-forward expansion (768 → 3072)',
    'gpt3-attention': 'GPT-3 attention projection (12,288 → 12,288)',
  },
  descriptions: {
    'bert-attention': 'W_q and W_v in all 12 layers',
    'gpt3-attention': 'W_q and W_v in all 96 layers',
  },
};

export const zh: typeof en = {
  barsLabel: '条形图：完整微调训练 {{full}} 个数，LoRA 训练 {{lora}} 个',
  fullW: '完整 W',
  loraAB: 'LoRA：A、B',
  layer: '层',
  rank: '秩 r',
  full: '完整微调',
  fullLine: 'W 为 {{outputs}} × {{inputs}}：[[full]] 个可训练的数',
  loraRank: 'LoRA，秩 {{r}}',
  loraLine:
    'A 为 {{r}} × {{inputs}}（{{a}}），B 为 {{outputs}} × {{r}}（{{b}}）：r·(in + out) = {{r}} · {{sum}} = [[lora]]',
  ratio: '比例',
  ratioLine: 'LoRA 训练的数是完整微调的 [[ratio]]，只有其 1/[[reduction]]',
  breakEven: '盈亏平衡秩',
  breakEvenLine: 'in·out / (in + out) = [[rank]]：秩低于此值时，LoRA 训练的数少于矩阵本身的元素个数',
  whole: '整个模型',
  wholeLine:
    '对 {{name}} 的{{description}} 做适配（共 {{matrices}} 个矩阵）：LoRA 训练 [[lora]] 个数，即模型 {{total}}个参数的 [[share]]，这些参数保持冻结',
  note: '无论层有多大，更新 BA 的秩至多为 r。r 加倍，LoRA 的参数量加倍；方阵层的两个维度都加倍时，LoRA 的参数量加倍，而完整微调的参数量变为四倍。',
  presets: {
    'mlp-hidden': 'MNIST 感知机，隐藏层（784 → 128）',
    'bert-attention': 'BERT-base 注意力投影（768 → 768）',
    'bert-ffn': 'BERT-base 前馈扩展层（768 → 3072）',
    'gpt3-attention': 'GPT-3 注意力投影（12,288 → 12,288）',
  },
  descriptions: {
    'bert-attention': '全部 12 层中的 W_q 和 W_v',
    'gpt3-attention': '全部 96 层中的 W_q 和 W_v',
  },
};

registerFigureStrings('lora', en, zh);
