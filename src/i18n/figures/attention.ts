import { registerFigureStrings } from '../index';

export const en = {
  causal: 'Causal mask',
  positions: 'Positional encoding',
  scale: 'Divide by √d_k',
  temperature: 'Temperature τ',
  noScaling: '1 (no scaling)',
  noSqrt: '{{temperature}} (no √d_k)',
  heatmapCaption:
    'Attention weights A = softmax(QKᵀ / {{divisor}}){{mask}}: row i = query, column j = key; each row sums to 1',
  withMask: ' with the causal mask',
  corner: 'Query ↓ Key →',
  showQuery: 'Show the arithmetic of query',
  rowCaption: 'Row {{row}}: how “{{word}}” spreads its attention',
  key: 'Key j',
  score: 'score = q·kⱼ / {{divisor}}',
  weight: 'weight aⱼ',
  masked: '−∞ (masked)',
  sum: 'Sum of the weights',
  output:
    'Output zᵢ = Σⱼ aⱼ vⱼ = ({{values}}): word features (determiner, noun, verb, preposition), then the two positional dimensions.',
  numbers: 'The numbers behind it: X, W_Q, W_K (W_V is the identity)',
  xCaption: 'X: one row per token: four word features, then sin(pos) and cos(pos)',
  note: 'Hand-set numbers, not a trained model: they make nouns look for determiners and the verb and the preposition look for nouns. Turn positions off and the two “the” rows become identical; turn the mask on and no word sees the words after it. T = {{tokens}} tokens, d_k = {{dk}}.',
};

export const zh: typeof en = {
  causal: '因果掩码',
  positions: '位置编码',
  scale: '除以 √d_k',
  temperature: '温度 τ',
  noScaling: '1（不缩放）',
  noSqrt: '{{temperature}}（不除以 √d_k）',
  heatmapCaption: '注意力权重 A = softmax(QKᵀ / {{divisor}}){{mask}}：第 i 行为查询，第 j 列为键；每行之和为 1',
  withMask: '，使用因果掩码',
  corner: '查询 ↓ 键 →',
  showQuery: '显示该查询的计算过程',
  rowCaption: '第 {{row}} 行：“{{word}}”如何分配它的注意力',
  key: '键 j',
  score: '得分 = q·kⱼ / {{divisor}}',
  weight: '权重 aⱼ',
  masked: '−∞（已掩码）',
  sum: '权重之和',
  output: '输出 zᵢ = Σⱼ aⱼ vⱼ = ({{values}})：先是词的特征（限定词、名词、动词、介词），然后是两个位置维度。',
  numbers: '背后的数字：X、W_Q、W_K（W_V 为单位矩阵）',
  xCaption: 'X：每个词元一行：四个词特征，然后是 sin(pos) 和 cos(pos)',
  note: '这些数字是手工设定的，并非训练得到的模型：它们让名词去寻找限定词，让动词和介词去寻找名词。关掉位置编码，两个 “the” 所在的行就变得完全相同；打开掩码，每个词就看不到它之后的词。T = {{tokens}} 个词元，d_k = {{dk}}。',
};

registerFigureStrings('attention', en, zh);
