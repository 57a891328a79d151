import type { Root, Heading } from 'mdast';
import { visit } from 'unist-util-visit';

const EXPLICIT_ID = /\s*\{#([A-Za-z0-9_-]+)\}\s*$/;

/**
 * `## Heading \\{#my-id}` sets the heading's id explicitly (kept stable across languages and
 * rewordings); other headings get a slug from rehype-slug. The backslash is needed because a
 * bare `{` starts a JavaScript expression in MDX.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = EXPLICIT_ID.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}
