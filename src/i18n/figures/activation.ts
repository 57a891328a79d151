import { registerFigureStrings } from '../index';

export const en = {
  names: { linear: 'Linear (identity)' },
  formulas: {
    reluDerivative: 'ReLU′(x) = 1 if x > 0, else 0',
    leakyRelu: 'LeakyReLU(x) = x if x > 0, else {{slope}}·x',
    leakyReluDerivative: 'LeakyReLU′(x) = 1 if x > 0, else {{slope}}',
    geluDerivative: 'GELU′(x), differentiated from the same formula',
  },
  activation: 'Activation',
  input: 'Input x',
  at: 'At x = {{x}}: f(x) = [[f]], f′(x) = [[df]]',
  plotLabel:
    '{{name}} and its derivative for x from {{from}} to {{to}}; at x = {{x}}, f(x) = {{f}} and f′(x) = {{df}}.',
  derivative: 'f′(x), its derivative',
  caption: '{{name}}: values at a few points',
  sigmoidNote:
    'The sigmoid’s slope is largest at x = 0, where it is exactly 0.25, and shrinks towards 0 as |x| grows: a saturated sigmoid passes almost no gradient back.',
  reluNote:
    'ReLU’s slope is 1 for every positive x and 0 for every negative x (at exactly 0 frameworks use 0): active units pass the gradient through unchanged, inactive ones pass none.',
};

export const zh: typeof en = {
  names: { linear: '线性（恒等）' },
  formulas: {
    reluDerivative: 'ReLU′(x) = 1（x > 0 时），否则为 0',
    leakyRelu: 'LeakyReLU(x) = x（x > 0 时），否则为 {{slope}}·x',
    leakyReluDerivative: 'LeakyReLU′(x) = 1（x > 0 时），否则为 {{slope}}',
    geluDerivative: 'GELU′(x)：由同一公式求导得到',
  },
  activation: '激活函数',
  input: '输入 x',
  at: '在 x = {{x}} 处：f(x) = [[f]]，f′(x) = [[df]]',
  plotLabel: '{{name}} 及其导数，x 从 {{from}} 到 {{to}}；在 x = {{x}} 处，f(x) = {{f}}，f′(x) = {{df}}。',
  derivative: 'f′(x)，它的导数',
  caption: '{{name}}：几个点上的取值',
  sigmoidNote: 'sigmoid 的斜率在 x = 0 处最大，恰好为 0.25，随着 |x| 增大而趋向 0：饱和的 sigmoid 几乎不向后传递梯度。',
  reluNote:
    'ReLU 的斜率对每个正的 x 都是 1，对每个负的 x 都是 0（恰好在 0 处，框架取 0）：激活的单元把梯度原样传回，未激活的单元完全不传。',
};

registerFigureStrings('activation', en, zh);
