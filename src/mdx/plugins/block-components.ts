import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, where } from './jsx';

/** Components that render block elements (<aside>, <figure>, <details>, <section>). */
export const BLOCK_COMPONENTS = [
  'Callout',
  'Exercise',
  'Solution',
  'Figure',
  'Lab',
  'Mermaid',
  'ScaleChart',
  'LayerParamTable',
  'FiniteDifferences',
  'LrScheduleChart',
  'GradientClipping',
  'OverfittingCurves',
  'LoraParamCount',
  'ThresholdExplorer',
  'ReliabilityDiagram',
  'QuantizationDemo',
  'TemperatureSoftmax',
  'InferenceBudget',
  'ConvolutionExplorer',
  'ReceptiveField',
  'TokenizerDemo',
  'BigramLanguageModel',
  'AttentionWeights',
  'TransformerParams',
];

/**
 * Fails when a block component sits inside a paragraph (`text <Solution>…` on one line, or
 * with no blank line before it): React would nest a <details> in a <p>, which browsers
 * reject and which breaks hydration. The message says how to fix the source.
 */
export function remarkBlockComponents() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' || !isJsxElement(node)) return;
      if (node.name && BLOCK_COMPONENTS.includes(node.name)) {
        throw new Error(
          `${where(file, node)}: <${node.name}> is inside a paragraph; put it on its own lines with a blank line before and after its opening and closing tags`,
        );
      }
    });
  };
}
