import { registerFigureStrings } from '../index';

export const en = {
  function: 'Function',
  point: 'Point x',
  result:
    'Exact derivative {{name}}′({{x}}) = [[exact]]. Smallest error: forward difference [[forward]] at h = {{forwardH}}; central difference [[central]] at h = {{centralH}}.',
  plotLabel:
    'Error of the forward and central differences of {{name}} at x = {{x}} against the step h, both on log scales. The forward difference is best at h = {{forwardH}} (error {{forwardError}}), the central difference at h = {{centralH}} (error {{centralError}}).',
  step: 'step h',
  error: 'error',
  yLabel: 'log₁₀ |error|',
  forward: 'forward difference',
  central: 'central difference',
  caption: 'Estimates of {{name}}′({{x}}) for shrinking steps h',
  note: 'Large steps err because the function curves (the forward difference’s error shrinks like h, the central one’s like h²); tiny steps err because f(x + h) and f(x − h) agree in almost all their digits and the subtraction cancels them (round-off grows like 10⁻¹⁶/h). The central difference reaches a far smaller error, at a moderate h.',
};

export const zh: typeof en = {
  function: '函数',
  point: '点 x',
  result:
    '精确导数 {{name}}′({{x}}) = [[exact]]。最小误差：前向差分为 [[forward]]（h = {{forwardH}}）；中心差分为 [[central]]（h = {{centralH}}）。',
  plotLabel:
    '{{name}} 在 x = {{x}} 处的前向差分与中心差分的误差随步长 h 的变化，两轴均为对数刻度。前向差分在 h = {{forwardH}} 时最好（误差 {{forwardError}}），中心差分在 h = {{centralH}} 时最好（误差 {{centralError}}）。',
  step: '步长 h',
  error: '误差',
  yLabel: 'log₁₀ |误差|',
  forward: '前向差分',
  central: '中心差分',
  caption: '步长 h 逐渐缩小时 {{name}}′({{x}}) 的估计值',
  note: '步长大时出错，是因为函数是弯曲的（前向差分的误差像 h 一样缩小，中心差分的像 h² 一样缩小）；步长极小时出错，是因为 f(x + h) 和 f(x − h) 几乎所有位数都相同，相减时相互抵消（舍入误差像 10⁻¹⁶/h 一样增长）。中心差分在适中的 h 下能达到小得多的误差。',
};

registerFigureStrings('finiteDifferences', en, zh);
