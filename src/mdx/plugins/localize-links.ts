import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The book's own routes: links to these are moved into the edition being compiled. */
const ROUTE = /^\/(?:$|[#?]|(?:chapters|labs|lecture|presenter)\/)/;

/**
 * Rewrites a translated chapter's internal links into its own edition: `/chapters/x#id` ->
 * `/zh/chapters/x#id`, `/labs/x` -> `/zh/labs/x`, `/` -> `/zh/`. Authors (and translators) write
 * the English paths; the link check (./links.ts) runs on them before this plugin.
 */
export function rehypeLocalizeLinks(options: { prefix: string }) {
  return (tree: Root) => {
    if (!options.prefix) return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !ROUTE.test(href)) return;
      node.properties.href = href === '/' ? `${options.prefix}/` : `${options.prefix}${href}`;
    });
  };
}
