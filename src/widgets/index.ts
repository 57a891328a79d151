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
};

export const labs: Record<LabName, LazyExoticComponent<ComponentType>> = {
  diagnostics: lazy(() => import('./diagnostics/DiagnosticsLab')),
};
