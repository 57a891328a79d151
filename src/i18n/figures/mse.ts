import { registerFigureStrings } from '../index';

export const en = {
  caption: 'Errors of {{count}} predictions',
  sample: 'Sample i',
  true: 'True yᵢ',
  predicted: 'Predicted ŷᵢ',
  prediction: 'Prediction for sample {{index}}',
  sum: 'Sum',
  mean: 'Mean (sum ÷ {{count}})',
  note: 'Edit any prediction: the errors, sums and means update. Squaring makes the large errors dominate the MSE; the MAE weighs every unit of error the same.',
};

export const zh: typeof en = {
  caption: '{{count}} 个预测的误差',
  sample: '样本 i',
  true: '真实值 yᵢ',
  predicted: '预测值 ŷᵢ',
  prediction: '样本 {{index}} 的预测值',
  sum: '求和',
  mean: '平均（总和 ÷ {{count}}）',
  note: '可以修改任意一个预测值：误差、总和与平均值随之更新。平方使大的误差在 MSE 中占主导；MAE 则对每一单位误差一视同仁。',
};

registerFigureStrings('mse', en, zh);
