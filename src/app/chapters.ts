import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import chapters from 'virtual:chapters';
import zhChapters from 'virtual:chapters-zh';
import type { Lang } from '../i18n/lang';
import { useLang } from '../i18n/useLang';
import type { ChapterEntry, ChapterFrontmatter } from '../mdx/frontmatter';
import type { TocEntry } from '../mdx/plugins/toc';

/** The English chapters (`chaptersIn(lang)` for an edition). */
export { chapters };

const editions: Record<Lang, ChapterEntry[]> = { en: chapters, zh: zhChapters };

/**
 * The chapters of an edition, in book order: the same slugs, numbers and labels in every
 * edition; titles, summaries and goals translated (an untranslated chapter is the English entry
 * with `untranslated: true`).
 */
export function chaptersIn(lang: Lang = 'en'): ChapterEntry[] {
  return editions[lang];
}

/** The chapters of the page's edition. */
export function useChapters(): ChapterEntry[] {
  return chaptersIn(useLang());
}

/** What a compiled chapter module exports (see src/mdx/pipeline.ts). */
export interface ChapterModule {
  default: ComponentType<{ components?: MDXComponents }>;
  toc: TocEntry[];
  /** The chapter's front matter (its summary and goals travel here, not in the chapter list). */
  frontmatter: ChapterFrontmatter;
}

const loaders = {
  ...import.meta.glob<ChapterModule>('/content/*.mdx'),
  ...import.meta.glob<ChapterModule>('/content/zh/*.mdx'),
};
/** Loaded modules by source file (an untranslated chapter shares the English module). */
const loaded = new Map<string, ChapterModule>();

export function chapterBySlug(slug: string, lang: Lang = 'en'): ChapterEntry | undefined {
  return chaptersIn(lang).find((chapter) => chapter.slug === slug);
}

/** The chapters before and after `slug` in book order. */
export function neighbours(slug: string, lang: Lang = 'en'): { prev?: ChapterEntry; next?: ChapterEntry } {
  const list = chaptersIn(lang);
  const index = list.findIndex((chapter) => chapter.slug === slug);
  return { prev: list[index - 1], next: index >= 0 ? list[index + 1] : undefined };
}

/** A chapter's module if it has been loaded already (synchronous, for hydration). */
export function loadedChapter(slug: string, lang: Lang = 'en'): ChapterModule | undefined {
  const meta = chapterBySlug(slug, lang);
  return meta && loaded.get(meta.file);
}

/** Loads (once) the compiled MDX of a chapter in an edition; each chapter is its own chunk. */
export async function loadChapter(slug: string, lang: Lang = 'en'): Promise<ChapterModule | undefined> {
  const meta = chapterBySlug(slug, lang);
  if (!meta) return undefined;
  const cached = loaded.get(meta.file);
  if (cached) return cached;
  const load = loaders[meta.file];
  if (!load) throw new Error(`No compiled module for ${meta.file}`);
  const module = await load();
  loaded.set(meta.file, module);
  return module;
}

const summaryLoaders: Record<Lang, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('virtual:chapter-summaries'),
  zh: () => import('virtual:chapter-summaries-zh'),
};
const summaries: Partial<Record<Lang, Record<string, string>>> = {};

/** Loads (once) the chapter summaries of an edition: the contents page lists them. */
export async function loadSummaries(lang: Lang = 'en'): Promise<Record<string, string>> {
  return (summaries[lang] ??= (await summaryLoaders[lang]()).default);
}

/** The summaries of an edition if loaded already (synchronous, for hydration). */
export function loadedSummaries(lang: Lang = 'en'): Record<string, string> | undefined {
  return summaries[lang];
}
