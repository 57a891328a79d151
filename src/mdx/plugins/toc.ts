import type { Root, Element } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { valueToEstree } from 'estree-util-value-to-estree';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/**
 * Collects h2/h3 headings (after rehype-slug gave them ids) and adds
 * `export const toc = [{ depth, id, text }]` to the compiled chapter.
 */
export function rehypeToc() {
  return (tree: Root) => {
    const toc: TocEntry[] = [];
    visit(tree, 'element', (node: Element) => {
      const rank = headingRank(node);
      if ((rank === 2 || rank === 3) && typeof node.properties.id === 'string') {
        toc.push({ depth: rank, id: node.properties.id, text: toString(node).trim() });
      }
    });
    tree.children.unshift({
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExportNamedDeclaration',
              specifiers: [],
              attributes: [],
              source: null,
              declaration: {
                type: 'VariableDeclaration',
                kind: 'const',
                declarations: [
                  {
                    type: 'VariableDeclarator',
                    id: { type: 'Identifier', name: 'toc' },
                    init: valueToEstree(toc),
                  },
                ],
              },
            },
          ],
        },
      },
    });
  };
}
