import { registerFigureStrings } from '../index';

export const en = {
  names: {
    constant: 'constant',
    step: 'step decay',
    exponential: 'exponential decay',
    cosine: 'cosine decay',
    'warmup-cosine': 'linear warm-up, then cosine',
  },
  baseRate: 'Base rate η₀',
  total: 'Total steps T',
  warmup: 'Warm-up steps W',
  plotLabel: 'Learning rate against step for T = {{total}}, η₀ = {{rate}}, warm-up {{warmup}} steps. {{curves}}.',
  curve: '{{name}}: {{first}} at step 1, {{middle}} at step {{half}}, {{last}} at step {{total}}',
  xLabel: 'step t',
  yLabel: 'learning rate η',
  caption: 'The rate at a few steps, and its mean over the run (η₀ = {{rate}}, T = {{total}}, W = {{warmup}})',
  schedule: 'Schedule',
  stepN: 'step {{n}}',
  peak: 'peak (at step)',
  mean: 'mean η',
  note: 'Step decay multiplies the rate by 0.1 after steps {{m1}} and {{m2}}. Exponential decay multiplies it by γ = [[gamma]] every step, so that it ends at one hundredth of η₀. The cosine curves end at 0; with W = 0 the last two coincide.',
};

export const zh: typeof en = {
  names: {
    constant: '常数',
    step: '阶梯衰减',
    exponential: '指数衰减',
    cosine: '余弦衰减',
    'warmup-cosine': '线性预热，然后余弦衰减',
  },
  baseRate: '基础学习率 η₀',
  total: '总步数 T',
  warmup: '预热步数 W',
  plotLabel: 'T = {{total}}、η₀ = {{rate}}、预热 {{warmup}} 步时学习率随步数的变化。{{curves}}。',
  curve: '{{name}}：第 1 步为 {{first}}，第 {{half}} 步为 {{middle}}，第 {{total}} 步为 {{last}}',
  xLabel: '步数 t',
  yLabel: '学习率 η',
  caption: '几个步上的学习率，以及它在整个训练过程中的平均值（η₀ = {{rate}}，T = {{total}}，W = {{warmup}}）',
  schedule: '调度',
  stepN: '第 {{n}} 步',
  peak: '峰值（所在步）',
  mean: '平均 η',
  note: '阶梯衰减在第 {{m1}} 步和第 {{m2}} 步之后把学习率乘以 0.1。指数衰减每一步把它乘以 γ = [[gamma]]，使它最终降到 η₀ 的百分之一。两条余弦曲线最终都降到 0；W = 0 时最后两条曲线重合。',
};

registerFigureStrings('schedule', en, zh);
