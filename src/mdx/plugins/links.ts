import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { where } from './jsx';

export interface LinkCheckOptions {
  /** Slugs of all chapters: `/chapters/<slug>` must name one. */
  chapterSlugs: readonly string[];
  /** Names of all labs: `/labs/<name>` must name one. */
  labNames: readonly string[];
}

/**
 * Fails the build on a broken internal link: `#id` that no element in the chapter has,
 * `/chapters/<slug>` or `/labs/<name>` that does not exist. Anchors into other chapters
 * are checked by tests/content/links.test.ts, which sees every chapter at once.
 */
export function rehypeCheckLinks(options: LinkCheckOptions) {
  return (tree: Root, file: VFile) => {
    const ids = new Set<string>();
    const links: { href: string; node: Element }[] = [];
    visit(tree, (node) => {
      if (node.type === 'element') {
        if (typeof node.properties.id === 'string') ids.add(node.properties.id);
        if (node.tagName === 'a' && typeof node.properties.href === 'string') {
          links.push({ href: node.properties.href, node });
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') {
            ids.add(attribute.value);
          }
        }
      }
    });
    const errors: string[] = [];
    for (const { href, node } of links) {
      const problem = checkHref(href, ids, options);
      if (problem) errors.push(`${where(file, node)}: broken link "${href}": ${problem}`);
    }
    if (errors.length > 0) throw new Error(errors.join('\n'));
  };
}

function checkHref(href: string, ids: Set<string>, options: LinkCheckOptions): string | undefined {
  if (href.startsWith('#')) {
    return ids.has(decodeURIComponent(href.slice(1))) ? undefined : 'no element has this id';
  }
  const chapter = /^\/chapters\/([^/#?]+)/.exec(href);
  if (chapter) return options.chapterSlugs.includes(chapter[1]) ? undefined : 'no chapter has this slug';
  const lab = /^\/labs\/([^/#?]+)/.exec(href);
  if (lab) return options.labNames.includes(lab[1]) ? undefined : 'no lab has this name';
  if (href.startsWith('/') && href !== '/') return 'unknown internal route';
  return undefined;
}
