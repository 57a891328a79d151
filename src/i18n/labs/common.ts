/** Strings several labs share (settings, metrics, chart series). Keep `{{placeholders}}` when translating. */
export const commonEn = {
  dismiss: 'Dismiss',
  settings: 'Settings',
  model: 'Model',
  optimizer: 'Optimizer',
  learningRate: 'Learning rate',
  batchSize: 'Batch size',
  epochs: 'Epochs',
  epoch: 'Epoch',
  batch: 'Batch',
  step: 'Step',
  steps: 'Steps',
  training: 'Training',
  trainLoss: 'Train loss',
  trainAccuracy: 'Train accuracy',
  valLoss: 'Validation loss',
  valAccuracy: 'Validation accuracy',
  testAccuracy: 'Test accuracy',
  speed: 'Speed',
  examplesPerSecond: 'examples/s',
  loss: 'Loss',
  accuracy: 'Accuracy',
  stepAxis: 'step',
  trainBatch: 'train (batch)',
  validation: 'validation',
  simulateContextLoss: 'Simulate WebGL context loss',
  parameters: '{{n}} parameters',
  testResults: 'Test results',
  schedule: 'Schedule',
  workerFailed: 'The training worker failed to start',
  epochMemory: 'Memory at the end of each epoch',
  epochMemoryItem: 'Epoch {{epoch}}: {{tensors}} tensors, {{mib}} MiB on the GPU',
};

export const commonZh: typeof commonEn = {
  dismiss: '关闭',
  settings: '设置',
  model: '模型',
  optimizer: '优化器',
  learningRate: '学习率',
  batchSize: '批大小',
  epochs: '轮数',
  epoch: '轮次',
  batch: '批次',
  step: '步',
  steps: '步数',
  training: '训练',
  trainLoss: '训练损失',
  trainAccuracy: '训练准确率',
  valLoss: '验证损失',
  valAccuracy: '验证准确率',
  testAccuracy: '测试准确率',
  speed: '速度',
  examplesPerSecond: '样本/秒',
  loss: '损失',
  accuracy: '准确率',
  stepAxis: '步',
  trainBatch: '训练（批次）',
  validation: '验证',
  simulateContextLoss: '模拟 WebGL 上下文丢失',
  parameters: '{{n}} 个参数',
  testResults: '测试结果',
  schedule: '学习率调度',
  workerFailed: '训练工作线程启动失败',
  epochMemory: '每轮结束时的内存',
  epochMemoryItem: '第 {{epoch}} 轮：{{tensors}} 个张量，GPU 上 {{mib}} MiB',
};

/** Learning-rate schedules (src/ml/worked/schedules.ts names them in English). */
export const schedulesEn = {
  constant: 'constant',
  step: 'step decay',
  exponential: 'exponential decay',
  cosine: 'cosine decay',
  'warmup-cosine': 'linear warm-up, then cosine',
};

export const schedulesZh: typeof schedulesEn = {
  constant: '恒定',
  step: '阶梯衰减',
  exponential: '指数衰减',
  cosine: '余弦衰减',
  'warmup-cosine': '线性预热，然后余弦衰减',
};

/** Optimizer names in the labs' settings (src/ml/training/optimizers.ts has the English ones). */
export const optimizersEn = {
  sgd: 'SGD',
  momentum: 'SGD + momentum (0.9)',
  rmsprop: 'RMSprop',
  adam: 'Adam',
  adamw: 'AdamW (decay 0.01)',
};

export const optimizersZh: typeof optimizersEn = {
  sgd: 'SGD',
  momentum: 'SGD + 动量（0.9）',
  rmsprop: 'RMSprop',
  adam: 'Adam',
  adamw: 'AdamW（权重衰减 0.01）',
};

/** Notices the lab workers send as codes (src/widgets/shared/worker/notice.ts). */
export const noticesEn = {
  contextLost:
    'The WebGL context was lost (the GPU was reset or taken by another program), and the model on it with it. The lab now runs on {{backend}} (the CPU) with a fresh model: press Train to train again. Reload the page to try the GPU again.',
  contextLostTraining:
    'The WebGL context was lost during training (the GPU was reset or taken by another program), and the model on it with it. The lab now runs on {{backend}} (the CPU) with a fresh model: press Train to train again. Reload the page to try the GPU again.',
  runsLost:
    'The WebGL context was lost (the GPU was reset or taken by another program). The lab now runs on {{backend}} (the CPU): press Train to train again. Reload the page to try the GPU again.',
  runsLostTraining:
    'The WebGL context was lost during training (the GPU was reset or taken by another program). The lab now runs on {{backend}} (the CPU): press Train to train again. Reload the page to try the GPU again.',
  noContext: 'There is no WebGL context to lose.',
  modelLoaded: 'Loaded the saved model, its vocabulary and its settings.',
};

export const noticesZh: typeof noticesEn = {
  contextLost:
    'WebGL 上下文丢失了（GPU 被重置或被其他程序占用），其上的模型也随之丢失。实验现在在 {{backend}}（CPU）上运行，并换成了一个新模型：按“训练”重新训练。重新加载页面可以再次尝试使用 GPU。',
  contextLostTraining:
    'WebGL 上下文在训练期间丢失了（GPU 被重置或被其他程序占用），其上的模型也随之丢失。实验现在在 {{backend}}（CPU）上运行，并换成了一个新模型：按“训练”重新训练。重新加载页面可以再次尝试使用 GPU。',
  runsLost:
    'WebGL 上下文丢失了（GPU 被重置或被其他程序占用）。实验现在在 {{backend}}（CPU）上运行：按“训练”重新训练。重新加载页面可以再次尝试使用 GPU。',
  runsLostTraining:
    'WebGL 上下文在训练期间丢失了（GPU 被重置或被其他程序占用），正在进行的运行已放弃。实验现在在 {{backend}}（CPU）上运行：按“训练”重新训练。重新加载页面可以再次尝试使用 GPU。',
  noContext: '没有可以丢失的 WebGL 上下文。',
  modelLoaded: '已加载保存的模型、它的词表和设置。',
};
