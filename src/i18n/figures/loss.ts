import { registerFigureStrings } from '../index';

export const en = {
  names: {
    mse: 'Squared error (MSE of one sample)',
    mae: 'Absolute error (MAE of one sample)',
    bce: 'Binary cross-entropy',
  },
  maeGradient: '∂L/∂ŷ = sign(ŷ − y)  (0 at ŷ = y, by convention)',
  loss: 'Loss',
  target: 'Target y',
  prediction: 'Prediction ŷ',
  at: 'At y = {{y}}, ŷ = {{p}}: L = [[loss]], ∂L/∂ŷ = [[gradient]]',
  plotLabel:
    '{{name}} and its gradient against the prediction ŷ from {{from}} to {{to}}, for target y = {{y}}; at ŷ = {{p}} the loss is {{loss}} and the gradient {{gradient}}.',
  xLabel: 'prediction ŷ',
  clipped: '∂L/∂ŷ (clipped at ±{{clip}})',
  lossMarker: 'loss',
  gradientMarker: 'gradient',
  caption: 'All three losses at y = {{y}}, ŷ = {{p}}',
  logitColumn: '∂L/∂z if ŷ = σ(z)',
  note: 'Through a sigmoid, ∂L/∂z = ∂L/∂ŷ · ŷ(1 − ŷ). For cross-entropy the factors cancel to ŷ − y (here {{difference}}), so a confident wrong prediction still gets a strong push; the squared error’s push shrinks with ŷ(1 − ŷ) exactly when the prediction is most wrong.',
};

export const zh: typeof en = {
  names: {
    mse: '平方误差（单个样本的 MSE）',
    mae: '绝对误差（单个样本的 MAE）',
    bce: '二元交叉熵',
  },
  maeGradient: '∂L/∂ŷ = sign(ŷ − y)（按惯例，ŷ = y 时为 0）',
  loss: '损失函数',
  target: '目标 y',
  prediction: '预测 ŷ',
  at: '在 y = {{y}}、ŷ = {{p}} 处：L = [[loss]]，∂L/∂ŷ = [[gradient]]',
  plotLabel:
    '{{name}} 及其梯度随预测 ŷ（从 {{from}} 到 {{to}}）的变化，目标 y = {{y}}；在 ŷ = {{p}} 处，损失为 {{loss}}，梯度为 {{gradient}}。',
  xLabel: '预测 ŷ',
  clipped: '∂L/∂ŷ（截断于 ±{{clip}}）',
  lossMarker: '损失',
  gradientMarker: '梯度',
  caption: '三种损失在 y = {{y}}、ŷ = {{p}} 处的值',
  logitColumn: '∂L/∂z（若 ŷ = σ(z)）',
  note: '经过 sigmoid 后，∂L/∂z = ∂L/∂ŷ · ŷ(1 − ŷ)。对交叉熵而言，这些因子相消，只剩 ŷ − y（此处为 {{difference}}），所以自信的错误预测仍会得到很强的推动；而平方误差的推动会随 ŷ(1 − ŷ) 缩小，恰恰在预测错得最离谱时最弱。',
};

registerFigureStrings('loss', en, zh);
