import type { Root, Parent, Link } from 'mdast';
import type { Math as MathNode } from 'mdast-util-math';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, jsxAttribute, numberLabel, where } from './jsx';

const LABEL = /\\label\{([^}]+)\}/;

/** The id an equation labelled `name` gets in the page. */
export const equationId = (name: string) => `eq-${name}`;

/**
 * Numbers display equations that carry `\label{name}` and resolves `<Eq ref="name" />`.
 *
 * KaTeX renders one formula at a time, so it cannot number equations across a page.
 * This plugin strips the label, appends `\tag{3.2}` (chapter 3, second labelled
 * equation), wraps the formula in `<div id="eq-name" class="equation">`, and replaces
 * each `<Eq ref>` by a link reading "(3.2)". A reference to a missing label, or a label
 * used twice, throws with the file and line.
 */
export function remarkEquations() {
  return (tree: Root, file: VFile) => {
    const labels = new Map<string, string>();

    visit(tree, 'math', (node: MathNode, index, parent: Parent | undefined) => {
      const match = LABEL.exec(node.value);
      if (!match || !parent || index === undefined) return;
      const name = match[1].trim();
      if (labels.has(name)) throw new Error(`${where(file, node)}: equation label "${name}" is used twice`);
      const number = numberLabel(file, labels.size + 1);
      labels.set(name, number);
      setMathValue(node, `${node.value.replace(LABEL, '').trim()} \\tag{${number}}`);
      const wrapper: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'div',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'id', value: equationId(name) },
          { type: 'mdxJsxAttribute', name: 'className', value: 'equation' },
        ],
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!isJsxElement(node, 'Eq') || !parent || index === undefined) return;
      const name = jsxAttribute(node, 'ref');
      if (!name) throw new Error(`${where(file, node)}: <Eq> needs ref="label"`);
      const number = labels.get(name);
      if (!number) throw new Error(`${where(file, node)}: <Eq ref="${name}"> points to no \\label{${name}}`);
      const link: Link = {
        type: 'link',
        url: `#${equationId(name)}`,
        children: [{ type: 'text', value: `(${number})` }],
      };
      parent.children[index] = node.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [link] } : link;
      return SKIP;
    });
  };
}

/** remark-math stores the hast to emit in `data.hChildren` at parse time: update both. */
function setMathValue(node: MathNode, value: string): void {
  node.value = value;
  const code = node.data?.hChildren?.[0];
  if (code?.type === 'element') code.children = [{ type: 'text', value }];
}
