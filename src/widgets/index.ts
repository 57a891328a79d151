import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LabName } from './catalog';
import type { LabProps } from './lab-props';

export { labCatalog, labNames, isLabName, type LabName } from './catalog';

/*
 * Figures (`<ScaleChart />` etc.) are listed in ./figure-catalog.ts, not here: each compiled chapter
 * imports the figures it uses (src/mdx/plugins/figure-imports.ts), so they stay out of the main bundle.
 */

/**
 * The registry chapters use through `<Lab name="..." />`. Each entry is a lazy import, so
 * a lab's code (and TF.js) is downloaded only on a page that shows it.
 */
export const labs: Record<LabName, LazyExoticComponent<ComponentType<LabProps>>> = {
  diagnostics: lazy(() => import('./diagnostics/DiagnosticsLab')),
  mnist: lazy(() => import('./mnist-lab/MnistLab')),
  mlp: lazy(() => import('./mlp-playground/MlpPlayground')),
  'optimizer-race': lazy(() => import('./optimizer-race/OptimizerRaceLab')),
  sentiment: lazy(() => import('./sentiment-lab/SentimentLab')),
  transfer: lazy(() => import('./transfer-lab/TransferLab')),
  'text-transfer': lazy(() => import('./text-transfer-lab/TextTransferLab')),
  quantization: lazy(() => import('./quantization-lab/QuantizationLab')),
};
