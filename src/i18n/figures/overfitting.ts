import { registerFigureStrings } from '../index';

export const en = {
  degree: 'Polynomial degree d',
  trainingPoints: 'Training points',
  lambda: 'L2 strength λ',
  result:
    'Degree {{degree}}: training MSE [[train]], validation MSE [[validation]]. Lowest validation error: degree [[best]] (validation MSE [[bestValidation]], test MSE [[bestTest]]).',
  fitLabel:
    'The {{size}} training points and {{validation}} validation points with the degree-{{degree}} polynomial fitted to the training points, and the true function sin(πx).',
  fit: 'degree-{{degree}} fit',
  trueFunction: 'true function sin(πx)',
  validationPoint: 'validation',
  trainingPoint: 'training',
  dots: 'Blue dots: training points (the fit sees only these). Amber dots: validation points.',
  errorLabel:
    'Mean squared error against polynomial degree 0 to {{max}}: training error {{first}} at degree 0 and {{last}} at degree {{max}}; validation error lowest at degree {{best}} ({{bestValidation}}) and {{lastValidation}} at degree {{max}}.',
  trainingMse: 'training MSE',
  validationMse: 'validation MSE',
  noise: 'noise variance σ² = {{noise}}',
  trainingAt: 'training at degree',
  validationAt: 'validation at degree',
  xLabel: 'polynomial degree d',
  yLabel: 'mean squared error',
  every: 'Errors for every degree',
  caption: 'Errors by degree ({{size}} training, {{validation}} validation, {{test}} test points; λ = {{lambda}})',
  degreeColumn: 'degree',
  note: 'The test set is used once, for the degree validation picked. Errors above {{top}} leave the chart; the table gives them in full.',
};

export const zh: typeof en = {
  degree: '多项式次数 d',
  trainingPoints: '训练点数',
  lambda: 'L2 强度 λ',
  result:
    '{{degree}} 次：训练 MSE [[train]]，验证 MSE [[validation]]。验证误差最低的是 [[best]] 次（验证 MSE [[bestValidation]]，测试 MSE [[bestTest]]）。',
  fitLabel: '{{size}} 个训练点和 {{validation}} 个验证点，以及拟合训练点的 {{degree}} 次多项式和真实函数 sin(πx)。',
  fit: '{{degree}} 次拟合',
  trueFunction: '真实函数 sin(πx)',
  validationPoint: '验证点',
  trainingPoint: '训练点',
  dots: '蓝点：训练点（拟合只看得到这些点）。琥珀色点：验证点。',
  errorLabel:
    '均方误差随多项式次数（0 到 {{max}}）的变化：训练误差在 0 次时为 {{first}}，在 {{max}} 次时为 {{last}}；验证误差在 {{best}} 次时最低（{{bestValidation}}），在 {{max}} 次时为 {{lastValidation}}。',
  trainingMse: '训练 MSE',
  validationMse: '验证 MSE',
  noise: '噪声方差 σ² = {{noise}}',
  trainingAt: '当前次数的训练误差',
  validationAt: '当前次数的验证误差',
  xLabel: '多项式次数 d',
  yLabel: '均方误差',
  every: '每个次数的误差',
  caption: '各次数的误差（{{size}} 个训练点，{{validation}} 个验证点，{{test}} 个测试点；λ = {{lambda}}）',
  degreeColumn: '次数',
  note: '测试集只使用一次，用于验证集选出的那个次数。高于 {{top}} 的误差会超出图表范围；表中给出了完整数值。',
};

registerFigureStrings('overfitting', en, zh);
