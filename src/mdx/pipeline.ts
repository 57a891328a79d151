import type { CompileOptions } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { remarkBlockComponents } from './plugins/block-components';
import { remarkEquations } from './plugins/equations';
import { remarkHeadingIds } from './plugins/heading-ids';
import { rehypeKatexCheck } from './plugins/katex-check';
import { rehypeCheckLinks, type LinkCheckOptions } from './plugins/links';
import { remarkMermaid } from './plugins/mermaid';
import { remarkNumbering } from './plugins/numbering';
import { remarkSlides } from './plugins/slides';
import { rehypeToc } from './plugins/toc';

/** Code languages highlighted at build time (others fall back to plain text). */
export const CODE_LANGUAGES = ['ts', 'tsx', 'js', 'json', 'python', 'bash', 'text'] as const;

/**
 * The one MDX pipeline, used by Vite (the site) and by tests (compiling chapters and MDX
 * strings). Each plugin's job is documented in its own file under ./plugins.
 */
export function mdxOptions(links: LinkCheckOptions): CompileOptions {
  return {
    providerImportSource: '@mdx-js/react',
    remarkPlugins: [
      remarkFrontmatter,
      [remarkMdxFrontmatter, { name: 'frontmatter' }],
      remarkGfm,
      remarkMath,
      remarkHeadingIds,
      remarkMermaid,
      remarkBlockComponents,
      remarkEquations,
      remarkNumbering,
      remarkSlides, // last: cuts the finished tree into slides (src/mdx/plugins/slides.ts)
    ],
    rehypePlugins: [
      rehypeKatexCheck,
      [rehypeKatex, { output: 'htmlAndMathml' }],
      rehypeSlug,
      rehypeToc,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
          content: { type: 'text', value: '#' },
        },
      ],
      [
        rehypeShiki,
        {
          themes: { light: 'github-light', dark: 'github-dark' },
          langs: [...CODE_LANGUAGES],
          fallbackLanguage: 'text',
          tokenizeTimeLimit: 0, // no time limit: a busy build machine cut tokenizing short, so the client and SSR builds differed and hydration failed
        },
      ],
      [rehypeCheckLinks, links],
    ],
  };
}
