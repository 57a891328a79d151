/**
 * The light figures chapters use by name (`<ScaleChart />`, `<ParamCount … />`): plain React + SVG,
 * no TF.js, prerendered into the HTML. Plain data (no imports), read by the MDX build
 * (src/mdx/plugins/figure-imports.ts): each compiled chapter imports exactly the figures it uses
 * from the module named here (a path under src/widgets, no extension), so a figure's code ships
 * in the chunk of the chapters that show it, never in the main bundle.
 *
 * Adding a figure: export the component from a module under src/widgets and add one line here.
 * tests/widgets/figure-catalog.test.ts checks that every module exports its component.
 */
export const figureCatalog = {
  // CNN, text and pre-training chapters (6–8): src/ml/worked/{convolution,tokenize,language-model,attention,transformer}.ts
  ConvolutionExplorer: 'convolution-explorer/ConvolutionExplorer',
  ConvCellSum: 'convolution-explorer/ConvCellSum',
  ConvOutputSize: 'receptive-field/ReceptiveField',
  ReceptiveField: 'receptive-field/ReceptiveField',
  ReceptiveFieldSize: 'receptive-field/ReceptiveField',
  TokenizerDemo: 'tokenizer-demo/TokenizerDemo',
  BigramLanguageModel: 'bigram-model/BigramLanguageModel',
  SentenceScore: 'bigram-model/BigramLanguageModel',
  AttentionWeights: 'attention-weights/AttentionWeights',
  AttentionValue: 'attention-weights/AttentionWeights',
  TransformerParams: 'transformer-params/TransformerParams',
  TransformerParamCount: 'transformer-params/TransformerParams',
  ComputeOptimal: 'transformer-params/TransformerParams',
  // Chapter 1 and parameter arithmetic.
  ScaleChart: 'scale-chart/ScaleChart',
  ParamCount: 'param-count/numbers',
  LayerParamTable: 'param-count/LayerParamTable',
  DenseParamCount: 'param-count/numbers',
  LayerStat: 'param-count/numbers',
  MacCount: 'param-count/numbers',
  ModelRatio: 'param-count/numbers',
  TokensPerParam: 'param-count/numbers',
  TrainingFlops: 'param-count/numbers',
  TrainingTime: 'param-count/numbers',
  // Worked examples (neural networks, losses, optimizers): every number computed by src/ml/worked.
  WorkedMse: 'worked-mse/WorkedMse',
  CosineSimilarity: 'cosine-similarity/CosineSimilarity',
  ActivationExplorer: 'activation-explorer/ActivationExplorer',
  LossExplorer: 'loss-explorer/LossExplorer',
  SoftmaxCrossEntropy: 'softmax-cross-entropy/SoftmaxCrossEntropy',
  WorkedNetwork: 'worked-network/WorkedNetwork',
  WorkedOptimizerStep: 'worked-optimizer-step/WorkedOptimizerStep',
  // Chapters 2–3: finite differences, and single computed numbers quoted in the prose.
  FiniteDifferences: 'finite-differences/FiniteDifferences',
  NetworkValue: 'worked-quotes/NetworkValues',
  ActivationValue: 'worked-quotes/NetworkValues',
  MseValue: 'worked-quotes/LossValues',
  LossValue: 'worked-quotes/LossValues',
  SoftmaxValue: 'worked-quotes/LossValues',
  // Chapters 4–5: learning-rate schedules, gradient clipping, overfitting.
  LrScheduleChart: 'lr-schedule-chart/LrScheduleChart',
  GradientClipping: 'gradient-clipping/GradientClipping',
  OverfittingCurves: 'overfitting-curves/OverfittingCurves',
  ClipValue: 'worked-quotes/TrainingValues',
  OverfitValue: 'worked-quotes/TrainingValues',
  ScheduleValue: 'worked-quotes/TrainingValues',
  // Chapters 9–12: LoRA counts, threshold metrics and calibration, quantisation, distillation, serving cost.
  LoraParamCount: 'lora-param-count/LoraParamCount',
  ThresholdExplorer: 'threshold-explorer/ThresholdExplorer',
  ReliabilityDiagram: 'threshold-explorer/ReliabilityDiagram',
  QuantizationDemo: 'quantization-demo/QuantizationDemo',
  ModelSize: 'quantization-demo/ModelSize',
  TemperatureSoftmax: 'temperature-softmax/TemperatureSoftmax',
  InferenceBudget: 'inference-budget/InferenceBudget',
  LoraValue: 'lora-param-count/LoraValue',
  ThresholdValue: 'threshold-explorer/values',
  AucValue: 'threshold-explorer/values',
  EceValue: 'threshold-explorer/values',
  CountMetric: 'threshold-explorer/values',
  ServingValue: 'inference-budget/ServingValue',
} as const satisfies Record<string, string>;

export type FigureName = keyof typeof figureCatalog;

export const figureNames = Object.keys(figureCatalog) as FigureName[];

export function isFigureName(name: string): name is FigureName {
  return Object.hasOwn(figureCatalog, name);
}
