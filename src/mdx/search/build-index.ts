import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { indexOptions, type SearchSection } from '../../app/search/options';
import type { Lang } from '../../i18n/lang';
import { readChapters, readTranslations } from '../chapter-files';
import type { ChapterMeta } from '../frontmatter';
import { extractSections } from './sections';

/** The searchable sections of one chapter (`source`: its MDX). */
export function chapterSections(
  chapter: Pick<ChapterMeta, 'slug' | 'title' | 'label' | 'appendix'>,
  source: string,
): SearchSection[] {
  return extractSections(source).map((section) => ({
    id: `${chapter.slug}#${section.anchor}`,
    slug: chapter.slug,
    chapter: chapter.title,
    label: chapter.label,
    appendix: chapter.appendix === true,
    heading: section.heading || chapter.title,
    anchor: section.anchor,
    text: section.text,
  }));
}

/** A MiniSearch index over `sections`, tokenised for edition `lang`. */
export function buildIndex(sections: SearchSection[], lang: Lang): MiniSearch<SearchSection> {
  const index = new MiniSearch<SearchSection>(indexOptions(lang));
  index.addAll(sections);
  return index;
}

/**
 * Every edition's index as the JSON the browser loads (`search/<lang>.json`). The Chinese edition
 * indexes its translations, and the English text of chapters not translated yet (the site shows
 * them under /zh/ as well).
 */
export function buildSearchIndexes(root: string): Record<Lang, string> {
  const contentDir = path.join(root, 'content');
  const english = readChapters(contentDir);
  const editions: Record<Lang, ChapterMeta[]> = { en: english, zh: readTranslations(contentDir, 'zh', english) };
  const json = (lang: Lang) => {
    const sections = editions[lang].flatMap((chapter) =>
      chapterSections(chapter, readFileSync(path.join(root, chapter.file), 'utf8')),
    );
    return JSON.stringify(buildIndex(sections, lang));
  };
  return { en: json('en'), zh: json('zh') };
}
