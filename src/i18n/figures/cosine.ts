import { registerFigureStrings } from '../index';

export const en = {
  component: 'Component {{index}} of {{vector}}',
  caption: 'Component by component',
  sum: 'Sum',
  norms: 'Norms',
  similarity: 'Cosine similarity',
  angle: ' (θ ≈ {{degrees}}°)',
  undefined: ' (undefined: a zero vector has no direction)',
  distance: 'Euclidean distance',
  note: 'Edit the vectors. Scaling b (say, to (8, 10, 12)) leaves the cosine unchanged but changes the distance: cosine compares directions, distance compares positions.',
  scaleLabel: 'Cosine similarity {{cosine}} on a scale from −1 (opposite directions) to 1 (same direction)',
  scaleUndefined: 'Cosine similarity undefined',
  opposite: '−1 opposite',
  orthogonal: '0 orthogonal',
  same: '1 same',
};

export const zh: typeof en = {
  component: '{{vector}} 的第 {{index}} 个分量',
  caption: '逐个分量计算',
  sum: '求和',
  norms: '范数',
  similarity: '余弦相似度',
  angle: '（θ ≈ {{degrees}}°）',
  undefined: '（无定义：零向量没有方向）',
  distance: '欧氏距离',
  note: '试着编辑这两个向量。缩放 b（比如变为 (8, 10, 12)）不改变余弦，却会改变距离：余弦比较的是方向，距离比较的是位置。',
  scaleLabel: '余弦相似度 {{cosine}}，刻度从 −1（方向相反）到 1（方向相同）',
  scaleUndefined: '余弦相似度无定义',
  opposite: '−1 相反',
  orthogonal: '0 正交',
  same: '1 相同',
};

registerFigureStrings('cosine', en, zh);
