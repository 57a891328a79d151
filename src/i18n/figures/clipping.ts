import { registerFigureStrings } from '../index';

export const en = {
  spike: 'Spike at step {{step}}: gradient ×',
  threshold: 'Threshold c',
  result_one:
    'At step {{spikeStep}} the gradient norm is [[norm]]; clipping multiplies it by [[scale]]. After {{steps}} steps the loss (from {{startLoss}}) is [[plain]] without clipping and [[clipped]] with it. The spike step took the loss to [[spikePlain]] without clipping and to [[spikeClipped]] with it. Clipping acted at step [[active]].',
  result_other:
    'At step {{spikeStep}} the gradient norm is [[norm]]; clipping multiplies it by [[scale]]. After {{steps}} steps the loss (from {{startLoss}}) is [[plain]] without clipping and [[clipped]] with it. The spike step took the loss to [[spikePlain]] without clipping and to [[spikeClipped]] with it. Clipping acted at steps [[active]].',
  none: 'none',
  normLabel:
    'Norm of the gradient used at each of {{steps}} steps. Without clipping it jumps to {{norm}} at step {{spikeStep}}; with clipping it never exceeds c = {{c}}.',
  plainNorm: 'without clipping: ‖g‖',
  clippedNorm: 'with clipping: ‖ĝ‖ = min(‖g‖, c)',
  thresholdLine: 'threshold c = {{c}}',
  step: 'step',
  gradientNorm: 'gradient norm',
  pathLabel:
    'Path of the parameters (θ₁, θ₂) from ({{x}}, {{y}}) towards the minimum at (0, 0). Without clipping step {{spikeStep}} throws θ to ({{px}}, {{py}}); with clipping it moves to ({{cx}}, {{cy}}).',
  pathPlain: 'path without clipping',
  pathClipped: 'path with clipping',
  start: 'start',
  minimum: 'minimum',
  dots: 'Grey dot: the start; green dot: the minimum of the loss at (0, 0).',
  caption: 'Steps around the spike, L(θ) = {{bowl}}, η = {{eta}}, c = {{c}}',
  run: 'run',
  used: 'ĝ used',
  lossAfter: 'L after',
  without: 'without clipping',
  with: 'with clipping',
};

export const zh: typeof en = {
  spike: '第 {{step}} 步出现尖峰：梯度 ×',
  threshold: '阈值 c',
  result_one:
    '第 {{spikeStep}} 步的梯度范数为 [[norm]]；裁剪把它乘以 [[scale]]。经过 {{steps}} 步后，损失（起始为 {{startLoss}}）在不裁剪时为 [[plain]]，裁剪时为 [[clipped]]。尖峰那一步把损失推到了 [[spikePlain]]（不裁剪）和 [[spikeClipped]]（裁剪）。裁剪起作用的步：[[active]]。',
  result_other:
    '第 {{spikeStep}} 步的梯度范数为 [[norm]]；裁剪把它乘以 [[scale]]。经过 {{steps}} 步后，损失（起始为 {{startLoss}}）在不裁剪时为 [[plain]]，裁剪时为 [[clipped]]。尖峰那一步把损失推到了 [[spikePlain]]（不裁剪）和 [[spikeClipped]]（裁剪）。裁剪起作用的步：[[active]]。',
  none: '无',
  normLabel:
    '{{steps}} 步中每一步实际使用的梯度范数。不裁剪时，它在第 {{spikeStep}} 步跳到 {{norm}}；裁剪时，它从不超过 c = {{c}}。',
  plainNorm: '不裁剪：‖g‖',
  clippedNorm: '裁剪：‖ĝ‖ = min(‖g‖, c)',
  thresholdLine: '阈值 c = {{c}}',
  step: '步',
  gradientNorm: '梯度范数',
  pathLabel:
    '参数 (θ₁, θ₂) 从 ({{x}}, {{y}}) 走向 (0, 0) 处最小值的路径。不裁剪时，第 {{spikeStep}} 步把 θ 甩到 ({{px}}, {{py}})；裁剪时，它移动到 ({{cx}}, {{cy}})。',
  pathPlain: '不裁剪的路径',
  pathClipped: '裁剪的路径',
  start: '起点',
  minimum: '最小值',
  dots: '灰点：起点；绿点：损失在 (0, 0) 处的最小值。',
  caption: '尖峰前后的几步，L(θ) = {{bowl}}，η = {{eta}}，c = {{c}}',
  run: '运行',
  used: '实际使用的 ĝ',
  lossAfter: '更新后的 L',
  without: '不裁剪',
  with: '裁剪',
};

registerFigureStrings('clipping', en, zh);
