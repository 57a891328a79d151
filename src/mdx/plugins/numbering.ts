import type { Root, Parent, Link } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, jsxAttribute, numberLabel, setJsxAttribute, where } from './jsx';

/** The id a figure with `id="name"` gets in the page. */
export const figureId = (name: string) => `fig-${name}`;

/**
 * Numbers `<Figure>` and `<Exercise>` elements in document order (adds `number="3.1"`)
 * and resolves `<FigRef id="name" />` to a link "Figure 3.1" (`figureWord` in other editions). Unknown or duplicate figure
 * ids throw with the file and line.
 */
export function remarkNumbering(options: { figureWord?: string } = {}) {
  const figureWord = options.figureWord ?? 'Figure';
  return (tree: Root, file: VFile) => {
    const figures = new Map<string, string>();
    let exercises = 0;

    visit(tree, (node) => {
      if (isJsxElement(node, 'Figure')) {
        const number = numberLabel(file, figures.size + 1);
        const id = jsxAttribute(node, 'id') ?? `${figures.size + 1}`;
        if (figures.has(id)) throw new Error(`${where(file, node)}: figure id "${id}" is used twice`);
        figures.set(id, number);
        setJsxAttribute(node, 'number', number);
        setJsxAttribute(node, 'id', figureId(id));
      } else if (isJsxElement(node, 'Exercise')) {
        exercises += 1;
        setJsxAttribute(node, 'number', numberLabel(file, exercises));
      }
    });

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!isJsxElement(node, 'FigRef') || !parent || index === undefined) return;
      const id = jsxAttribute(node, 'id');
      const number = id === undefined ? undefined : figures.get(id);
      if (!id || !number) throw new Error(`${where(file, node)}: <FigRef id="${id ?? ''}"> points to no <Figure id>`);
      const link: Link = {
        type: 'link',
        url: `#${figureId(id)}`,
        children: [{ type: 'text', value: `${figureWord} ${number}` }],
      };
      parent.children[index] = node.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [link] } : link;
      return SKIP;
    });
  };
}
