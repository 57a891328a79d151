import { registerFigureStrings } from '../index';

export const en = {
  learningRate: 'Learning rate η',
  sgdCaption: 'SGD: θ₁ = θ₀ − η·g with η = {{eta}}',
  momentsCaption:
    'Adam, step t = 1: moments (β₁ = {{beta1}}, β₂ = {{beta2}}, m₀ = v₀ = 0; 1 − β₁¹ = {{c1}}, 1 − β₂¹ = {{c2}})',
  updateCaption: 'Adam, step t = 1: the update, α = {{alpha}}, ε = {{epsilon}} (ε only keeps the division safe)',
  corrected: 'θ₁ (bias-corrected)',
  uncorrectedUpdate: 'uncorrected α·m/(√v + ε)',
  uncorrected: 'θ₁ (uncorrected)',
  adamNote:
    'Without correction m₁ is (1 − β₁) = {{m}} times g, {{mFactor}}× too small, and v₁ is {{vFactor}}× too small, so √v₁ is {{sqrtFactor}}× too small: the uncorrected first step is {{ratio}}× the corrected one. With correction the first step moves every coordinate by almost exactly α, whatever the gradient’s scale.',
  biasLabel:
    'Uncorrected over corrected Adam step for a constant gradient, t from 1 to {{steps}} on a log scale: {{first}} at t = 1, peak {{peak}} at t = {{peakStep}}, {{last}} at t = {{steps}}.',
  ratioSeries: 'uncorrected step ÷ corrected step',
  noDifference: 'no difference (ratio 1)',
  xLabel: 'step t (log scale)',
  yLabel: 'ratio',
  biasNote:
    'For a constant gradient the ratio is (1 − β₁ᵗ)/√(1 − β₂ᵗ): {{first}} at t = 1, {{peak}} at t = {{peakStep}}, still {{at100}} at t = 100 and {{last}} at t = {{steps}}.',
};

export const zh: typeof en = {
  learningRate: '学习率 η',
  sgdCaption: 'SGD：θ₁ = θ₀ − η·g，η = {{eta}}',
  momentsCaption:
    'Adam 第 t = 1 步：矩估计（β₁ = {{beta1}}，β₂ = {{beta2}}，m₀ = v₀ = 0；1 − β₁¹ = {{c1}}，1 − β₂¹ = {{c2}}）',
  updateCaption: 'Adam 第 t = 1 步：更新量，α = {{alpha}}，ε = {{epsilon}}（ε 只是为了让除法安全）',
  corrected: 'θ₁（偏差校正后）',
  uncorrectedUpdate: '未校正的 α·m/(√v + ε)',
  uncorrected: 'θ₁（未校正）',
  adamNote:
    '不做校正时，m₁ 是 g 的 (1 − β₁) = {{m}} 倍，小了 {{mFactor}} 倍；v₁ 小了 {{vFactor}} 倍，因此 √v₁ 小了 {{sqrtFactor}} 倍：未校正的第一步是校正后的 {{ratio}} 倍。做了校正，无论梯度的尺度如何，第一步都使每个坐标移动几乎恰好 α。',
  biasLabel:
    '常数梯度下，未校正与校正后 Adam 步长之比，t 从 1 到 {{steps}}（对数刻度）：t = 1 时为 {{first}}，在 t = {{peakStep}} 时达到峰值 {{peak}}，t = {{steps}} 时为 {{last}}。',
  ratioSeries: '未校正步长 ÷ 校正后步长',
  noDifference: '无差别（比值为 1）',
  xLabel: '步数 t（对数刻度）',
  yLabel: '比值',
  biasNote:
    '对常数梯度，这个比值为 (1 − β₁ᵗ)/√(1 − β₂ᵗ)：t = 1 时为 {{first}}，t = {{peakStep}} 时为 {{peak}}，t = 100 时仍为 {{at100}}，t = {{steps}} 时为 {{last}}。',
};

registerFigureStrings('optimizer', en, zh);
