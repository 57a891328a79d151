import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import chapters from 'virtual:chapters';
import type { ChapterMeta } from '../mdx/frontmatter';
import type { TocEntry } from '../mdx/plugins/toc';

export { chapters };

/** What a compiled chapter module exports (see src/mdx/pipeline.ts). */
export interface ChapterModule {
  default: ComponentType<{ components?: MDXComponents }>;
  toc: TocEntry[];
}

const loaders = import.meta.glob<ChapterModule>('/content/*.mdx');
const loaded = new Map<string, ChapterModule>();

export function chapterBySlug(slug: string): ChapterMeta | undefined {
  return chapters.find((chapter) => chapter.slug === slug);
}

/** The chapters before and after `slug` in book order. */
export function neighbours(slug: string): { prev?: ChapterMeta; next?: ChapterMeta } {
  const index = chapters.findIndex((chapter) => chapter.slug === slug);
  return { prev: chapters[index - 1], next: index >= 0 ? chapters[index + 1] : undefined };
}

/** A chapter's module if it has been loaded already (synchronous, for hydration). */
export function loadedChapter(slug: string): ChapterModule | undefined {
  return loaded.get(slug);
}

/** Loads (once) the compiled MDX of a chapter; each chapter is its own chunk. */
export async function loadChapter(slug: string): Promise<ChapterModule | undefined> {
  const meta = chapterBySlug(slug);
  if (!meta) return undefined;
  const cached = loaded.get(slug);
  if (cached) return cached;
  const load = loaders[meta.file];
  if (!load) throw new Error(`No compiled module for ${meta.file}`);
  const module = await load();
  loaded.set(slug, module);
  return module;
}
