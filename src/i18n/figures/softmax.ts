import { registerFigureStrings } from '../index';

export const en = {
  class: 'class {{n}}',
  logit: 'Logit z for {{label}}',
  trueClass: 'True class',
  caption: 'Softmax, then cross-entropy (max logit {{max}} subtracted first, for stability)',
  classK: 'Class k',
  sum: 'Sum',
  note: 'The gradient is pₖ − yₖ: the true class’s logit is pushed up by 1 − p, every other logit down by its probability, and the pushes sum to zero.',
};

export const zh: typeof en = {
  class: '类别 {{n}}',
  logit: '{{label}} 的 logit z',
  trueClass: '真实类别',
  caption: '先 softmax，再算交叉熵（为了数值稳定，先减去最大 logit {{max}}）',
  classK: '类别 k',
  sum: '求和',
  note: '梯度为 pₖ − yₖ：真实类别的 logit 被向上推 1 − p，其他每个 logit 被向下推其概率那么多，所有推动之和为零。',
};

registerFigureStrings('softmax', en, zh);
