import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LabName } from './catalog';
import type { LabProps } from './lab-props';
import {
  DenseParamCount,
  LayerParamTable,
  LayerStat,
  MacCount,
  ModelRatio,
  ParamCount,
  TokensPerParam,
  TrainingFlops,
  TrainingTime,
} from './param-count';
import { ScaleChart } from './scale-chart';
import { ActivationExplorer } from './activation-explorer/ActivationExplorer';
import { CosineSimilarity } from './cosine-similarity/CosineSimilarity';
import { LossExplorer } from './loss-explorer/LossExplorer';
import { SoftmaxCrossEntropy } from './softmax-cross-entropy/SoftmaxCrossEntropy';
import { WorkedMse } from './worked-mse/WorkedMse';
import { WorkedNetwork } from './worked-network/WorkedNetwork';
import { WorkedOptimizerStep } from './worked-optimizer-step/WorkedOptimizerStep';
import { LrScheduleChart } from './lr-schedule-chart/LrScheduleChart';
import { GradientClipping } from './gradient-clipping/GradientClipping';
import { OverfittingCurves } from './overfitting-curves/OverfittingCurves';
import { LoraParamCount } from './lora-param-count/LoraParamCount';
import { ThresholdExplorer } from './threshold-explorer/ThresholdExplorer';
import { ReliabilityDiagram } from './threshold-explorer/ReliabilityDiagram';
import { QuantizationDemo } from './quantization-demo/QuantizationDemo';
import { ModelSize } from './quantization-demo/ModelSize';
import { TemperatureSoftmax } from './temperature-softmax/TemperatureSoftmax';
import { InferenceBudget } from './inference-budget/InferenceBudget';
import { ServingValue } from './inference-budget/ServingValue';
import { LoraValue } from './lora-param-count/LoraValue';
import { AucValue, CountMetric, EceValue, ThresholdValue } from './threshold-explorer/values';
import { FiniteDifferences } from './finite-differences/FiniteDifferences';
import { ActivationValue, LossValue, MseValue, NetworkValue, SoftmaxValue } from './worked-quotes';
import { ClipValue, OverfitValue, ScheduleValue } from './worked-quotes';
import { ConvolutionExplorer } from './convolution-explorer/ConvolutionExplorer';
import { ConvCellSum } from './convolution-explorer/ConvCellSum';
import { ConvOutputSize, ReceptiveField, ReceptiveFieldSize } from './receptive-field/ReceptiveField';
import { TokenizerDemo } from './tokenizer-demo/TokenizerDemo';
import { BigramLanguageModel, SentenceScore } from './bigram-model/BigramLanguageModel';
import { AttentionValue, AttentionWeights } from './attention-weights/AttentionWeights';
import { ComputeOptimal, TransformerParamCount, TransformerParams } from './transformer-params/TransformerParams';

export { labCatalog, labNames, isLabName, type LabName } from './catalog';

/**
 * The registry chapters use through `<Lab name="..." />`. Each entry is a lazy import, so
 * a lab's code (and TF.js) is downloaded only on a page that shows it.
 */
/**
 * Light figures chapters use directly as components (`<ScaleChart />`): plain React + SVG,
 * no TF.js, prerendered into the HTML. Anything that trains belongs in `labs` instead.
 */
export const figures = {
  // CNN, text and pre-training chapters (6–8): src/ml/worked/{convolution,tokenize,language-model,attention,transformer}.ts
  ConvolutionExplorer,
  ConvCellSum,
  ConvOutputSize,
  ReceptiveField,
  ReceptiveFieldSize,
  TokenizerDemo,
  BigramLanguageModel,
  SentenceScore,
  AttentionWeights,
  AttentionValue,
  TransformerParams,
  TransformerParamCount,
  ComputeOptimal,
  ScaleChart,
  ParamCount,
  LayerParamTable,
  DenseParamCount,
  LayerStat,
  MacCount,
  ModelRatio,
  TokensPerParam,
  TrainingFlops,
  TrainingTime,
  // Worked examples (neural networks, losses, optimizers): every number computed by src/ml/worked.
  WorkedMse,
  CosineSimilarity,
  ActivationExplorer,
  LossExplorer,
  SoftmaxCrossEntropy,
  WorkedNetwork,
  WorkedOptimizerStep,
  // Chapters 2–3: finite differences, and single computed numbers quoted in the prose.
  FiniteDifferences,
  NetworkValue,
  ActivationValue,
  MseValue,
  LossValue,
  SoftmaxValue,
  // Chapters 4–5: learning-rate schedules, gradient clipping, overfitting.
  LrScheduleChart,
  GradientClipping,
  OverfittingCurves,
  ClipValue,
  OverfitValue,
  ScheduleValue,
  // Chapters 9–12: LoRA counts, threshold metrics and calibration, quantisation, distillation, serving cost.
  LoraParamCount,
  ThresholdExplorer,
  ReliabilityDiagram,
  QuantizationDemo,
  ModelSize,
  TemperatureSoftmax,
  InferenceBudget,
  LoraValue,
  ThresholdValue,
  AucValue,
  EceValue,
  CountMetric,
  ServingValue,
};

export const labs: Record<LabName, LazyExoticComponent<ComponentType<LabProps>>> = {
  diagnostics: lazy(() => import('./diagnostics/DiagnosticsLab')),
  mnist: lazy(() => import('./mnist-lab/MnistLab')),
  mlp: lazy(() => import('./mlp-playground/MlpPlayground')),
  'optimizer-race': lazy(() => import('./optimizer-race/OptimizerRaceLab')),
  sentiment: lazy(() => import('./sentiment-lab/SentimentLab')),
};
