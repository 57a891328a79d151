import { registerFigureStrings } from '../index';

export const en = {
  book: 'Trained in this book (counted by our code)',
  published: 'Published large model (size reported by its authors)',
  label:
    'Bar chart on a logarithmic axis (each grid line is ten times the one before) of parameter counts, from {{smallest}} ({{smallestName}}) to {{largest}} ({{largestName}}). The same data follows as a table.',
  axis: 'parameters (log scale)',
  caption: 'Parameter counts shown in the chart',
  model: 'Model',
  parameters: 'Parameters',
  source: 'Source',
  computed: 'computed by this book',
  reported: 'reported by its authors',
};

export const zh: typeof en = {
  book: '在本书中训练（由我们的代码统计）',
  published: '已发表的大模型（规模由其作者报告）',
  label:
    '对数坐标轴上的参数量条形图（每条网格线是前一条的十倍），从 {{smallest}}（{{smallestName}}）到 {{largest}}（{{largestName}}）。下方的表格给出相同的数据。',
  axis: '参数量（对数刻度）',
  caption: '图中所示的参数量',
  model: '模型',
  parameters: '参数量',
  source: '来源',
  computed: '由本书计算',
  reported: '由其作者报告',
};

registerFigureStrings('scale', en, zh);
