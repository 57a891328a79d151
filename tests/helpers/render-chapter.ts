import path from 'node:path';
import { compile, run } from '@mdx-js/mdx';
import { useMDXComponents } from '@mdx-js/react';
import type { MDXContent } from 'mdx/types';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import { expect } from 'vitest';
import { Router } from 'wouter';
import { mdxOptions } from '../../src/mdx/pipeline';
import { labNames } from '../../src/widgets/catalog';
import { chapters, chapterSource, root } from './compile';
import { bookComponents } from './book-components';

export interface RenderedChapter {
  source: string;
  /** The chapter rendered the way the prerender does: real pipeline, real components. */
  html: string;
  /** Visible text of the HTML (KaTeX annotations dropped), whitespace collapsed. */
  text: string;
}

/** Compiles, runs and server-renders a chapter (`file` relative to the project root). */
export async function renderChapter(file: string, slug: string): Promise<RenderedChapter> {
  const source = chapterSource(file);
  const code = String(
    await compile(
      { value: source, path: path.join(root, file) },
      { ...mdxOptions({ chapterSlugs: chapters.map((c) => c.slug), labNames }), outputFormat: 'function-body' },
    ),
  );
  const { default: Content } = (await run(code, { ...runtime, useMDXComponents, baseUrl: import.meta.url })) as {
    default: MDXContent;
  };
  const html = renderToString(
    createElement(Router, {
      ssrPath: `/chapters/${slug}`,
      children: createElement(Content, { components: bookComponents }),
    }),
  );
  const text = html
    .replace(/<annotation[\s\S]*?<\/annotation>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return { source, html, text };
}

/** Sentences of a text (good enough for "does any sentence say X and Y"). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(])/);
}

/** Prose of an MDX source: no front matter, code, math, JSX tags, URLs or arXiv ids. */
export function proseOf(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\(https?:[^)]*\)/g, ' ')
    .replace(/arXiv:\S+/g, ' ');
}

/** Words of prose before the references (a word has at least one letter). */
export function wordCount(source: string): number {
  const prose = proseOf(source);
  const end = prose.indexOf('## References');
  return (end >= 0 ? prose.slice(0, end) : prose).split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
}

/**
 * No block element (table, figure, details, aside, div, section, lists) inside a paragraph: the
 * browser would close the <p> early and hydration of the prerendered page would fail.
 */
export function expectNoBlockInParagraph(html: string): void {
  for (const [, inner] of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    expect(inner).not.toMatch(/<(table|figure|details|aside|div|section|ul|ol|dl)\b/);
  }
}
