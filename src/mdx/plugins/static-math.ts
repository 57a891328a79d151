import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

const classes = (node: Element): string[] => {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

/**
 * KaTeX renders a formula into dozens of nested spans (and its MathML twin). Compiled to JSX, each
 * span becomes a `_jsx("span", {className: …})` call, so math-heavy chapters shipped most of their
 * JavaScript as formulas that never change after the build. This turns each rendered formula into
 * one element whose content is a single HTML string (`dangerouslySetInnerHTML`): the same markup
 * in the prerendered page and after hydration (React keeps server-rendered inner HTML as is), a
 * fraction of the JavaScript. Runs after rehype-katex.
 */
export function rehypeStaticMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const names = classes(node);
      if (!parent || index === undefined || !(names.includes('katex-display') || names.includes('katex'))) return;
      const html = toHtml(node.children as ElementContent[]);
      const attributes: MdxJsxAttribute[] = [
        { type: 'mdxJsxAttribute', name: 'className', value: names.join(' ') },
        {
          type: 'mdxJsxAttribute',
          name: 'dangerouslySetInnerHTML',
          value: {
            type: 'mdxJsxAttributeValueExpression',
            value: '',
            data: {
              estree: {
                type: 'Program',
                sourceType: 'module',
                body: [
                  {
                    type: 'ExpressionStatement',
                    expression: {
                      type: 'ObjectExpression',
                      properties: [
                        {
                          type: 'Property',
                          kind: 'init',
                          method: false,
                          shorthand: false,
                          computed: false,
                          key: { type: 'Identifier', name: '__html' },
                          value: { type: 'Literal', value: html },
                        },
                      ],
                    },
                  },
                ],
              },
            },
          },
        },
      ];
      const replacement: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'span', attributes, children: [] };
      parent.children[index] = replacement as unknown as ElementContent;
      return SKIP;
    });
  };
}
