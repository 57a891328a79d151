import { registerFigureStrings } from '../index';

export const en = {
  affine: 'Affine (scale and zero point)',
  symmetric: 'Symmetric (zero point 0)',
  bits: 'Bits per weight',
  scheme: 'Scheme',
  outlier: 'Add one outlier weight ({{value}})',
  quantiser: 'Quantiser',
  quantiserLine: 'codes {{min}} … {{max}}, range [{{lo}}, {{hi}}], scale s = [[scale]], zero point z = [[zero]]',
  size: 'Size',
  sizeLine: '{{n}} weights: float32 [[float]], {{bits}}-bit [[quantized]] ([[compression]] times smaller)',
  error: 'Rounding error',
  errorLine: 'largest |x − x̂| = [[max]], mean = [[mean]], bound s/2 = [[bound]]',
  codes: 'Codes used',
  codesLine: '[[distinct]] of the {{available}} available',
  caption: 'The first {{shown}} weights through q = round(x / s) + z and x̂ = s·(q − z)',
  note: 'Try 3 bits, then add the outlier: one large weight stretches the range, the step s grows, and the ordinary weights share a handful of codes.',
  histogramLabel:
    'Histogram of the weights from {{lo}} to {{hi}} before quantisation (filled) and after (outlined); the tallest bin holds {{max}} weights.',
  weightValue: 'weight value',
};

export const zh: typeof en = {
  affine: '仿射（缩放因子和零点）',
  symmetric: '对称（零点为 0）',
  bits: '每个权重的位数',
  scheme: '量化方案',
  outlier: '加入一个离群权重（{{value}}）',
  quantiser: '量化器',
  quantiserLine: '码值 {{min}} … {{max}}，范围 [{{lo}}, {{hi}}]，缩放因子 s = [[scale]]，零点 z = [[zero]]',
  size: '大小',
  sizeLine: '{{n}} 个权重：float32 为 [[float]]，{{bits}} 位为 [[quantized]]（为原来的 1/[[compression]]）',
  error: '舍入误差',
  errorLine: '最大 |x − x̂| = [[max]]，平均 = [[mean]]，上界 s/2 = [[bound]]',
  codes: '用到的码值',
  codesLine: '可用的 {{available}} 个码值中用到了 [[distinct]] 个',
  caption: '前 {{shown}} 个权重代入 q = round(x / s) + z 和 x̂ = s·(q − z) 的计算过程',
  note: '先试试 3 位，再加入离群值：一个很大的权重撑大了范围，步长 s 随之变大，普通权重只能挤在少数几个码值上。',
  histogramLabel: '权重从 {{lo}} 到 {{hi}} 的直方图，量化前（实心）与量化后（轮廓）；最高的区间有 {{max}} 个权重。',
  weightValue: '权重值',
};

registerFigureStrings('quantization', en, zh);
