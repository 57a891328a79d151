import type { Root, Parent, Code } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Turns ```mermaid fences into `<Mermaid chart="..." />`, which renders the diagram in the
 * browser when it scrolls into view (and shows the source as text before that).
 */
export function remarkMermaid() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'Mermaid',
        attributes: [{ type: 'mdxJsxAttribute', name: 'chart', value: node.value }],
        children: [],
      };
      return SKIP;
    });
  };
}

/** Every mermaid fence in an MDX source, with its line (for tests that parse diagrams). */
export function findMermaidBlocks(source: string): { line: number; chart: string }[] {
  const blocks: { line: number; chart: string }[] = [];
  const fence = /^```mermaid[^\n]*\n([\s\S]*?)^```/gm;
  for (const match of source.matchAll(fence)) {
    blocks.push({ line: source.slice(0, match.index).split('\n').length, chart: match[1] });
  }
  return blocks;
}
