import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LabName } from './catalog';
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
};

export const labs: Record<LabName, LazyExoticComponent<ComponentType>> = {
  diagnostics: lazy(() => import('./diagnostics/DiagnosticsLab')),
};
