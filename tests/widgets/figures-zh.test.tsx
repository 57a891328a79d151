// @vitest-environment jsdom
/**
 * The figures in the Chinese edition: each interactive figure, rendered on the server inside the
 * `/zh/` edition's LangProvider, shows Chinese labels and no English words but names, symbols and
 * the example data (the attention sentence, the tokenizer's corpus); the quoted numbers use Chinese
 * units (万, 亿, 年, 受内存限制). The English edition is unchanged, and a Chinese figure hydrates
 * without a mismatch.
 */
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangProvider, type Lang } from '../../src/i18n';
import { exampleSentence } from '../../src/ml/worked/attention';
import { demoCorpus } from '../../src/ml/worked/tokenize';
import { AttentionWeights } from '../../src/widgets/attention-weights/AttentionWeights';
import { BigramLanguageModel } from '../../src/widgets/bigram-model/BigramLanguageModel';
import { ConvCellSum } from '../../src/widgets/convolution-explorer/ConvCellSum';
import { ConvolutionExplorer } from '../../src/widgets/convolution-explorer/ConvolutionExplorer';
import { CosineSimilarity } from '../../src/widgets/cosine-similarity/CosineSimilarity';
import { ActivationExplorer } from '../../src/widgets/activation-explorer/ActivationExplorer';
import { FiniteDifferences } from '../../src/widgets/finite-differences/FiniteDifferences';
import { GradientClipping } from '../../src/widgets/gradient-clipping/GradientClipping';
import { InferenceBudget } from '../../src/widgets/inference-budget/InferenceBudget';
import { ServingValue } from '../../src/widgets/inference-budget/ServingValue';
import { LoraParamCount } from '../../src/widgets/lora-param-count/LoraParamCount';
import { LossExplorer } from '../../src/widgets/loss-explorer/LossExplorer';
import { LrScheduleChart } from '../../src/widgets/lr-schedule-chart/LrScheduleChart';
import { OverfittingCurves } from '../../src/widgets/overfitting-curves/OverfittingCurves';
import { LayerParamTable } from '../../src/widgets/param-count/LayerParamTable';
import { ModelRatio, ParamCount, TokensPerParam, TrainingTime } from '../../src/widgets/param-count/numbers';
import { ModelSize } from '../../src/widgets/quantization-demo/ModelSize';
import { QuantizationDemo } from '../../src/widgets/quantization-demo/QuantizationDemo';
import { ReceptiveField } from '../../src/widgets/receptive-field/ReceptiveField';
import { ScaleChart } from '../../src/widgets/scale-chart/ScaleChart';
import { SoftmaxCrossEntropy } from '../../src/widgets/softmax-cross-entropy/SoftmaxCrossEntropy';
import { TemperatureSoftmax } from '../../src/widgets/temperature-softmax/TemperatureSoftmax';
import { ReliabilityDiagram } from '../../src/widgets/threshold-explorer/ReliabilityDiagram';
import { ThresholdExplorer } from '../../src/widgets/threshold-explorer/ThresholdExplorer';
import { AucValue } from '../../src/widgets/threshold-explorer/values';
import { TokenizerDemo } from '../../src/widgets/tokenizer-demo/TokenizerDemo';
import { ComputeOptimal, TransformerParams } from '../../src/widgets/transformer-params/TransformerParams';
import { WorkedMse } from '../../src/widgets/worked-mse/WorkedMse';
import { WorkedNetwork } from '../../src/widgets/worked-network/WorkedNetwork';
import { WorkedOptimizerStep } from '../../src/widgets/worked-optimizer-step/WorkedOptimizerStep';
import { hydrate } from './hydrate';
import { textOf } from './html';

const render = (element: ReactElement, lang: Lang) =>
  renderToString(<LangProvider value={lang}>{element}</LangProvider>);

/** Visible text plus the attributes a reader hears or sees (aria-label, title, placeholder, alt). */
function readable(rendered: string): string {
  // Text boxes hold example data (a sentence to tokenize or score), not interface text.
  const html = rendered.replace(/<textarea[\s\S]*?<\/textarea>/g, '').replace(/\bvalue="[^"]*"/g, '');
  const attributes = [...html.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  return `${textOf(html)} ${attributes.join(' ')}`;
}

/** Latin words that stay as they are in Chinese: model and function names, symbols, units, the example data. */
const KEPT = new Set([
  ...'MNIST CNN MLP BERT base large GPT Chinchilla AlexNet LoRA Transformer Adam SGD ReLU Leaky GELU tanh sigmoid Sigmoid Sobel Skip gram softmax logit Conv2D MaxPooling2D Flatten Dense Embedding GlobalAveragePooling1D relu conv Conv MaxPooling pooling pad unk float out conv2d max_pooling2d dense flatten pooling2d ROC AUC TPR MSE MAE RMSE FLOP FLOPs float32 float16 int8 int4 bit kB MB GB TB ms pos sin cos exp max min log ln sign count round nats'.split(
    ' ',
  ),
  ...exampleSentence,
  ...'The acting was great, but the ending was a mess!'.split(/\W+/), // TokenizerDemo's sentence
  ...demoCorpus.flatMap((sentence) => sentence.match(/[A-Za-z]+/g) ?? []),
]);
const englishWords = (text: string) =>
  [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])]
    .filter((word) => !KEPT.has(word) && !KEPT.has(word.toLowerCase()))
    .sort();

const FIGURES: [string, ReactElement, string[], string[]][] = [
  // [name, figure, Chinese text expected under /zh/, English text expected in the English edition]
  [
    'ConvolutionExplorer',
    <ConvolutionExplorer />,
    ['卷积核', '步幅 s', '输出大小'],
    ['Kernel', 'Stride s', 'Output size'],
  ],
  ['ReceptiveField', <ReceptiveField />, ['感受野', '相邻单元相距'], ['Receptive field', 'neighbouring units are']],
  ['TokenizerDemo', <TokenizerDemo />, ['词表大小', '词元及其编号'], ['Vocabulary size', 'Tokens and ids']],
  [
    'BigramLanguageModel',
    <BigramLanguageModel />,
    ['困惑度', '每个词元的交叉熵'],
    ['Perplexity', 'Cross-entropy per token'],
  ],
  ['AttentionWeights', <AttentionWeights />, ['因果掩码', '权重之和'], ['Causal mask', 'Sum of the weights']],
  ['TransformerParams', <TransformerParams />, ['你的模型', '报告值'], ['Your model', 'Reported']],
  ['ScaleChart', <ScaleChart />, ['参数量（对数刻度）', 'MNIST 卷积网络'], ['parameters (log scale)', 'MNIST CNN']],
  ['LayerParamTable', <LayerParamTable model="seed-cnn" />, ['输出形状', '合计'], ['Output shape', 'Total']],
  ['WorkedMse', <WorkedMse />, ['样本 i', '重置'], ['Sample i', 'Reset']],
  ['CosineSimilarity', <CosineSimilarity />, ['余弦相似度', '欧氏距离'], ['Cosine similarity', 'Euclidean distance']],
  [
    'ActivationExplorer',
    <ActivationExplorer initial="relu" />,
    ['激活函数', '1（x > 0 时）'],
    ['Activation', '1 if x > 0'],
  ],
  ['LossExplorer', <LossExplorer />, ['二元交叉熵', '预测 ŷ'], ['Binary cross-entropy', 'Prediction ŷ']],
  ['SoftmaxCrossEntropy', <SoftmaxCrossEntropy />, ['类别 1', '真实类别'], ['class 1', 'True class']],
  ['WorkedNetwork', <WorkedNetwork />, ['前向传播', '单步'], ['Forward pass', 'Step']],
  ['WorkedOptimizerStep', <WorkedOptimizerStep />, ['学习率 η', '偏差校正后'], ['Learning rate η', 'bias-corrected']],
  ['FiniteDifferences', <FiniteDifferences />, ['中心差分', '精确导数'], ['central difference', 'Exact derivative']],
  ['LrScheduleChart', <LrScheduleChart />, ['余弦衰减', '预热步数 W'], ['cosine decay', 'Warm-up steps W']],
  ['GradientClipping', <GradientClipping />, ['阈值 c', '不裁剪'], ['Threshold c', 'without clipping']],
  ['OverfittingCurves', <OverfittingCurves />, ['多项式次数 d', '验证 MSE'], ['Polynomial degree d', 'validation MSE']],
  ['LoraParamCount', <LoraParamCount />, ['完整微调', '盈亏平衡秩'], ['Full fine-tuning', 'Break-even rank']],
  ['ThresholdExplorer', <ThresholdExplorer />, ['混淆矩阵', '召回率（TPR）'], ['Confusion matrix', 'Recall (TPR)']],
  [
    'ReliabilityDiagram',
    <ReliabilityDiagram />,
    ['期望校准误差', '预测概率'],
    ['Expected calibration error', 'Predicted probability'],
  ],
  ['QuantizationDemo', <QuantizationDemo />, ['舍入误差', '权重值'], ['Rounding error', 'weight value']],
  ['TemperatureSoftmax', <TemperatureSoftmax />, ['温度 T', '熵（比特）'], ['Temperature T', 'Entropy (bits)']],
  ['InferenceBudget', <InferenceBudget />, ['受内存限制', '每个回答的费用'], ['memory-bound', 'Cost per answer']],
];

describe.each(FIGURES)('%s', (_name, figure, chinese, english) => {
  it('shows Chinese under /zh/ and no English words but names, symbols and example data', () => {
    const text = readable(render(figure, 'zh'));
    for (const label of chinese) expect(text).toContain(label);
    for (const label of english) expect(text).not.toContain(label);
    expect(englishWords(text)).toEqual([]);
  });

  it('keeps its English text in the English edition', () => {
    const text = readable(render(figure, 'en'));
    for (const label of english) expect(text).toContain(label);
  });
});

describe('numbers quoted in the prose', () => {
  const quoted = (element: ReactElement, lang: Lang) => textOf(render(element, lang)).trim();

  it('count in 万 and 亿 in Chinese, in thousands and billions in English', () => {
    expect(quoted(<ParamCount model="seed-cnn" format="words" />, 'zh')).toBe('9.33 万');
    expect(quoted(<ParamCount model="seed-cnn" format="words" />, 'en')).toBe('93.3 thousand');
    expect(quoted(<ParamCount model="gpt-3" format="words" />, 'zh')).toBe('1750 亿');
    expect(quoted(<ParamCount model="gpt-3" format="words" />, 'en')).toBe('175 billion');
    expect(quoted(<ParamCount model="seed-cnn" />, 'zh')).toBe('93,322');
    expect(quoted(<ModelRatio model="gpt-3" to="seed-cnn" />, 'zh')).toMatch(/^\d+(\.\d+)? 万$/);
    expect(quoted(<TokensPerParam model="chinchilla" />, 'zh')).not.toMatch(/[A-Za-z]/);
    expect(quoted(<ComputeOptimal model="gpt-3" show="params" />, 'zh')).toMatch(/ 亿$/);
  });

  it('give durations, sizes and the serving regime in Chinese words', () => {
    expect(quoted(<TrainingTime model="gpt-3" flopsPerSecond={1e14} />, 'zh')).toMatch(/^\d+(\.\d+)? 年$/);
    expect(quoted(<TrainingTime model="gpt-3" flopsPerSecond={1e14} />, 'en')).toMatch(/^\d+(\.\d+)? years$/);
    expect(quoted(<TrainingTime model="gpt-3" flopsPerSecond={1e14} devices={1000} />, 'zh')).toMatch(/ 天$/);
    expect(quoted(<ServingValue params={7e9} stat="bound" />, 'zh')).toBe('受内存限制');
    expect(quoted(<ServingValue params={7e9} stat="bound" />, 'en')).toBe('memory-bound');
    expect(quoted(<ServingValue params={7e9} stat="weights" />, 'zh')).toBe('14 GB');
    expect(quoted(<ModelSize model="seed-cnn" bits={32} />, 'zh')).toBe('373 kB');
    expect(quoted(<AucValue method="pairs" />, 'zh')).toMatch(/^\d+\/\d+$/);
    expect(quoted(<AucValue method="pairs" />, 'en')).toMatch(/^\d+ of \d+$/);
    expect(quoted(<ConvCellSum input="dot" kernel="identity" row={1} col={1} />, 'zh')).toBe('所有乘积都为 0 = 0');
  });
});

it('a Chinese figure hydrates without a mismatch, with the same text as on the server', async () => {
  const element = (
    <LangProvider value="zh">
      <InferenceBudget />
      <ParamCount model="gpt-3" format="words" />
    </LangProvider>
  );
  const { container, problems } = await hydrate(element);
  expect(problems).toEqual([]);
  expect(container.textContent).toContain('受内存限制');
  expect(container.textContent).toContain('1750 亿');
});
