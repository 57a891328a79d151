import { registerFigureStrings } from '../index';

export const en = {
  temperature: 'Temperature T',
  caption: 'Teacher’s output for an image of a 3',
  class: 'Class',
  logit: 'Logit z',
  pAt1: 'p at T = 1',
  pAtT: 'p at T = {{t}}',
  entropy: 'Entropy (bits)',
  barsLabel:
    'Probabilities of the ten digits at T = 1 (thin bars) and at T = {{t}} (thick bars); the 3 gets {{hard}} and {{soft}}.',
  note: 'At T = 1 almost all probability sits on the 3. Raising T keeps the order of the classes but lets the student see that this 3 looks more like a 5 or an 8 than like a 4: information a one-hot label does not carry.',
};

export const zh: typeof en = {
  temperature: '温度 T',
  caption: '教师模型对一幅数字 3 图像的输出',
  class: '类别',
  logit: 'logit z',
  pAt1: 'T = 1 时的 p',
  pAtT: 'T = {{t}} 时的 p',
  entropy: '熵（比特）',
  barsLabel: '十个数字在 T = 1（细条）和 T = {{t}}（粗条）时的概率；3 分别得到 {{hard}} 和 {{soft}}。',
  note: '在 T = 1 时，几乎所有概率都集中在 3 上。升高 T 不改变各类别的顺序，却能让学生模型看到：这个 3 更像 5 或 8，而不像 4——这是独热标签所不包含的信息。',
};

registerFigureStrings('temperature', en, zh);
