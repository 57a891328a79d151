import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { remarkHeadingIds } from '../plugins/heading-ids';

/** A chapter cut at its h2/h3 headings: what the search index holds (Node only). */
export interface Section {
  /** The heading's id as the page renders it ('' for the text before the first heading). */
  anchor: string;
  heading: string;
  text: string;
}

/** Nodes whose content is not prose: formulas, code, diagrams, front matter, JavaScript. */
const SKIPPED = new Set([
  'math',
  'inlineMath',
  'code',
  'yaml',
  'toml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);
/** Components whose content readers never see in the book (speaker notes). */
const HIDDEN_COMPONENTS = new Set(['Notes', 'SlideNotes']);
/** Attributes of components that are text a reader sees (a figure's caption, a callout's title). */
const TEXT_ATTRIBUTES = new Set(['caption', 'title']);

type Node = Root | RootContent;

/** The reader-visible text of a node: prose and inline code, without math, code blocks or JSX expressions. */
function plainText(node: Node): string {
  if (SKIPPED.has(node.type)) return '';
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (node.name && HIDDEN_COMPONENTS.has(node.name)) return '';
    const attributes = node.attributes
      .filter((a) => a.type === 'mdxJsxAttribute' && TEXT_ATTRIBUTES.has(a.name) && typeof a.value === 'string')
      .map((a) => String(a.value));
    return [...attributes, ...node.children.map(plainText)].join(' ');
  }
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) {
    const block =
      node.type !== 'paragraph' && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'link';
    return (node.children as Node[]).map(plainText).join(block ? ' ' : '');
  }
  return '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Cuts an MDX chapter into sections at its `##` and `###` headings, with the ids the rendered page
 * gives them (`\{#id}` or the slug of the text, as rehype-slug makes it). Text before the first
 * heading is the section with anchor ''. Deeper headings stay inside their section.
 */
export function extractSections(source: string): Section[] {
  const processor = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath] });
  const tree = processor.parse(source) as Root;
  remarkHeadingIds()(tree);
  const slugger = new GithubSlugger();
  const sections: Section[] = [{ anchor: '', heading: '', text: '' }];
  const parts: string[][] = [[]];
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const heading = collapse(plainText(node));
      const explicit = (node as Heading).data?.hProperties?.id;
      const anchor = typeof explicit === 'string' ? explicit : slugger.slug(toString(node));
      sections.push({ anchor, heading, text: '' });
      parts.push([]);
      continue;
    }
    parts.at(-1)?.push(plainText(node));
  }
  return sections
    .map((section, i) => ({ ...section, text: collapse((parts[i] ?? []).join(' ')) }))
    .filter((section) => section.anchor !== '' || section.text !== '');
}
