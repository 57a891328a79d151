import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readGlossary, type GlossaryEntry } from '../glossary';
import { isJsxElement, jsxAttribute, where } from './jsx';

/**
 * `<Term id="pre-training">pre-training</Term>`: checks that the glossary appendix defines
 * `id` (an unknown id fails the build, naming file and line) and puts the definition's first
 * paragraph inside the element as `<TermDefinition>`, which `<Term>` shows as a tooltip
 * (src/mdx/components/Term.tsx). Only the terms a chapter uses travel with it.
 * A translated edition uses its own glossary where it has the entry, the English one otherwise.
 */
export function remarkTerms(options: { lang?: string; contentDir?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const english = readGlossary('', options.contentDir);
    const translated =
      options.lang && options.lang !== 'en' ? readGlossary(options.lang, options.contentDir) : undefined;
    visit(tree, (node) => {
      if (!isJsxElement(node, 'Term')) return;
      const id = jsxAttribute(node, 'id');
      const entry: GlossaryEntry | undefined = id ? (translated?.get(id) ?? english?.get(id)) : undefined;
      if (!id || !english?.has(id) || !entry) {
        throw new Error(
          `${where(file, node)}: <Term id="${id ?? ''}"> names no entry of the glossary (content/14-glossary.mdx has "### Term \\{#id}" headings)`,
        );
      }
      if (node.children.length === 0)
        throw new Error(`${where(file, node)}: <Term id="${id}"> needs the word it marks`);
      if (node.children.some((child) => isJsxElement(child, 'TermDefinition'))) return;
      const definition: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'TermDefinition',
        attributes: [],
        children: structuredClone(entry.definition),
      };
      (node.children as unknown[]).push(definition);
    });
  };
}
