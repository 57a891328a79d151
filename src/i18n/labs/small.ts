/** Strings inside the diagnostics lab (src/widgets/diagnostics). */
export const diagnosticsEn = {
  label: 'Backend diagnostics',
  notGpuBefore: 'Not running on the GPU: WebGL is unavailable here, so TF.js uses the ',
  notGpuAfter: ' backend. Labs will train, only more slowly.',
  matmul: '{{size}}×{{size}} matrix product (ms)',
  throughput: 'Throughput (GFLOP/s)',
  check: 'Result check (should be {{n}})',
  tensors: 'Tensors in memory',
  failed: 'TF.js could not start: {{error}}',
  again: 'Run again',
};

export const diagnosticsZh: typeof diagnosticsEn = {
  label: '后端诊断',
  notGpuBefore: '没有在 GPU 上运行：此处无法使用 WebGL，因此 TF.js 使用 ',
  notGpuAfter: ' 后端。各个实验照样能训练，只是更慢。',
  matmul: '{{size}}×{{size}} 矩阵乘法（毫秒）',
  throughput: '吞吐量（GFLOP/s）',
  check: '结果校验（应为 {{n}}）',
  tensors: '内存中的张量',
  failed: 'TF.js 无法启动：{{error}}',
  again: '再运行一次',
};

/** Strings inside the quantisation lab (src/widgets/quantization-lab). */
export const quantizationEn = {
  label: 'Quantisation lab',
  modelNote:
    'Model: the small CNN ({{params}} parameters: two convolutions and a dense layer), trained with Adam on {{train}} MNIST digits. Runs on the ',
  backendAfter: ' backend; nothing leaves your browser.',
  trainingLength: 'Training before quantising',
  lengths: { epoch: '1 epoch (125 batches)', quick: 'A quick look (30 batches)' },
  batchesProgress: '{{done}} / {{total}} batches',
  quantising: 'Quantising and testing',
  versionsProgress: '{{done}} / {{total}} versions',
  versionsTested: 'Versions tested',
  hint: 'Press Train: after training, the table compares the float32 network with its 8-, 4- and 2-bit versions.',
  float: 'float32 (as trained)',
  perTensorScale: 'int{{bits}}, one scale per tensor',
  perChannelScale: 'int{{bits}}, one scale per channel',
  caption:
    'The same trained network stored {{total}} ways, each version tested on the same {{count}} test digits ({{done}} of {{total}} measured)',
  storedAs: 'Weights stored as',
  size: 'Size',
  smallerBy: 'Smaller by',
  change: 'Change',
  bytes: '{{n}} bytes',
  kB: ' kB',
  points: ' points',
  errorCaption: 'Rounding error per kernel: the largest, the bound s/2 (half the largest scale) and the mean',
  kernel: 'Kernel',
  perTensor: 'per tensor',
  perChannel: 'per channel',
  mean: 'mean {{value}}',
};

export const quantizationZh: typeof quantizationEn = {
  label: '量化实验',
  modelNote:
    '模型：小型 CNN（{{params}} 个参数：两个卷积层和一个全连接层），用 Adam 在 {{train}} 张 MNIST 数字上训练。运行于 ',
  backendAfter: ' 后端；所有数据都不会离开你的浏览器。',
  trainingLength: '量化前的训练',
  lengths: { epoch: '1 轮（125 个批次）', quick: '快速看一眼（30 个批次）' },
  batchesProgress: '{{done}} / {{total}} 个批次',
  quantising: '量化并测试',
  versionsProgress: '{{done}} / {{total}} 个版本',
  versionsTested: '已测试的版本',
  hint: '按“训练”：训练结束后，表格会比较 float32 网络与它的 8 位、4 位和 2 位版本。',
  float: 'float32（训练所得）',
  perTensorScale: 'int{{bits}}，每个张量一个缩放因子',
  perChannelScale: 'int{{bits}}，每个通道一个缩放因子',
  caption:
    '同一个训练好的网络以 {{total}} 种方式存储，每个版本都在同样的 {{count}} 张测试数字上测试（已测 {{done}} / {{total}}）',
  storedAs: '权重的存储方式',
  size: '大小',
  smallerBy: '缩小倍数',
  change: '变化',
  bytes: '{{n}} 字节',
  kB: ' kB',
  points: ' 个百分点',
  errorCaption: '每个卷积核的舍入误差：最大值、上界 s/2（最大缩放因子的一半）和平均值',
  kernel: '卷积核',
  perTensor: '按张量',
  perChannel: '按通道',
  mean: '平均 {{value}}',
};
