import type { Root, Element, Parent } from 'hast';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { where } from './jsx';

function mathMode(node: Element): 'inline' | 'display' | undefined {
  const classes = node.properties.className;
  if (!Array.isArray(classes)) return undefined;
  if (classes.includes('math-display')) return 'display';
  if (classes.includes('math-inline')) return 'inline';
  return undefined;
}

/**
 * Runs before rehype-katex and fails the build on any formula KaTeX cannot parse, naming
 * the file, line and formula. (rehype-katex alone would render a red error in the page.)
 */
export function rehypeKatexCheck() {
  return (tree: Root, file: VFile) => {
    const errors: string[] = [];
    visit(tree, 'element', (node: Element, _index, parent: Parent | undefined) => {
      const mode = mathMode(node);
      if (!mode) return;
      const formula = toString(node);
      try {
        katex.renderToString(formula, { displayMode: mode === 'display', throwOnError: true, strict: 'error' });
      } catch (error) {
        errors.push(
          `${where(file, node.position ? node : parent)}: KaTeX cannot render "${formula.trim()}": ${(error as Error).message}`,
        );
      }
    });
    if (errors.length > 0) throw new Error(errors.join('\n'));
  };
}
