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
import { remarkCitations } from './plugins/citations';
import { remarkCjkLineBreaks } from './plugins/cjk-line-breaks';
import { remarkEquations } from './plugins/equations';
import { remarkHeadingIds } from './plugins/heading-ids';
import { rehypeKatexCheck } from './plugins/katex-check';
import { rehypeCheckLinks, type LinkCheckOptions } from './plugins/links';
import { rehypeLocalizeLinks } from './plugins/localize-links';
import { remarkMermaid } from './plugins/mermaid';
import { remarkNumbering } from './plugins/numbering';
import { remarkSlides } from './plugins/slides';
import { remarkTerms } from './plugins/terms';
import { rehypeStaticMath } from './plugins/static-math';
import { rehypeToc } from './plugins/toc';

/** Code languages highlighted at build time (others fall back to plain text). */
export const CODE_LANGUAGES = ['ts', 'tsx', 'js', 'json', 'python', 'bash', 'text'] as const;

/** Words the compiler itself writes into a chapter, per edition (the interface strings live in src/i18n). */
const COMPILED_WORDS = {
  en: { prefix: '', figure: 'Figure', anchor: 'Link to this section' },
  zh: { prefix: '/zh', figure: '图', anchor: '链接到本节' },
} as const;

export interface PipelineOptions extends LinkCheckOptions {
  /** The edition being compiled (default 'en'): `zh` moves internal links under /zh/ and words into Chinese. */
  lang?: keyof typeof COMPILED_WORDS;
}

/**
 * The one MDX pipeline, used by Vite (the site) and by tests (compiling chapters and MDX
 * strings). Each plugin's job is documented in its own file under ./plugins.
 */
export function mdxOptions({ lang = 'en', ...links }: PipelineOptions): CompileOptions {
  const words = COMPILED_WORDS[lang];
  return {
    providerImportSource: '@mdx-js/react',
    remarkPlugins: [
      remarkFrontmatter,
      [remarkMdxFrontmatter, { name: 'frontmatter' }],
      remarkGfm,
      remarkMath,
      remarkCjkLineBreaks,
      remarkHeadingIds,
      remarkMermaid,
      remarkBlockComponents,
      remarkEquations,
      [remarkNumbering, { figureWord: words.figure }],
      remarkCitations, // "Kaplan et al. (2020)" links to the references appendix (src/mdx/plugins/citations.ts)
      [remarkTerms, { lang }], // <Term id> gets its glossary definition (src/mdx/plugins/terms.ts)
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
          properties: { className: ['heading-anchor'], ariaLabel: words.anchor },
          content: { type: 'text', value: '#' },
        },
      ],
      [
        rehypeShiki,
        {
          themes: { light: 'github-light-default', dark: 'github-dark-default' }, // every token colour ≥ 4.5:1 on its background (axe)
          langs: [...CODE_LANGUAGES],
          fallbackLanguage: 'text',
          tokenizeTimeLimit: 0, // no time limit: a busy build machine cut tokenizing short, so the client and SSR builds differed and hydration failed
        },
      ],
      [rehypeCheckLinks, links],
      [rehypeLocalizeLinks, { prefix: words.prefix }], // after the check, which knows the English paths
      rehypeStaticMath, // last: each formula becomes one HTML string, not hundreds of JSX calls (plugins/static-math.ts)
    ],
  };
}
