import { registerFigureStrings } from '../index';

export const en = {
  stacks: {
    'seed-cnn': 'MNIST CNN (three 3×3 convolutions, two poolings)',
    'small-cnn': 'Small MNIST CNN (two 5×5 convolutions, two poolings)',
    'three-3x3': 'Three 3×3 convolutions',
    'one-7x7': 'One 7×7 convolution',
  },
  layers: 'Layers',
  caption: 'Input {{size}}×{{size}}: receptive field r₀ = 1, jump j₀ = 1',
  layer: 'Layer',
  kernel: 'Kernel k',
  stride: 'Stride s',
  outputSize: 'Output size',
  jump: 'Jump j = j′·s',
  field: 'Receptive field r = r′ + (k − 1)·j′',
  result_one:
    'One unit of [[layer]] sees a [[field]] patch of the {{size}}×{{size}} input; neighbouring units are {{count}} pixel apart.',
  result_other:
    'One unit of [[layer]] sees a [[field]] patch of the {{size}}×{{size}} input; neighbouring units are {{count}} pixels apart.',
};

export const zh: typeof en = {
  stacks: {
    'seed-cnn': 'MNIST 卷积网络（三个 3×3 卷积，两次池化）',
    'small-cnn': '小型 MNIST 卷积网络（两个 5×5 卷积，两次池化）',
    'three-3x3': '三个 3×3 卷积',
    'one-7x7': '一个 7×7 卷积',
  },
  layers: '层',
  caption: '输入 {{size}}×{{size}}：感受野 r₀ = 1，跳距 j₀ = 1',
  layer: '层',
  kernel: '卷积核 k',
  stride: '步幅 s',
  outputSize: '输出大小',
  jump: '跳距 j = j′·s',
  field: '感受野 r = r′ + (k − 1)·j′',
  result_one: '[[layer]] 的一个单元看到 {{size}}×{{size}} 输入中 [[field]] 的区域；相邻单元相距 {{count}} 个像素。',
  result_other: '[[layer]] 的一个单元看到 {{size}}×{{size}} 输入中 [[field]] 的区域；相邻单元相距 {{count}} 个像素。',
};

registerFigureStrings('receptive', en, zh);
