import path from 'node:path';
import type { Plugin } from 'vite';
import { readChapters, readTranslations } from './chapter-files';
import { chapterEntry, type ChapterMeta } from './frontmatter';

const ID = 'virtual:chapters';
const RESOLVED = '\0virtual:chapters';
/** The Chinese edition's chapter list (content/zh/, English entries where a translation is missing). */
const ZH_ID = 'virtual:chapters-zh';
const ZH_RESOLVED = '\0virtual:chapters-zh';
/** Summaries by slug, per edition: only the contents page needs them. */
const SUMMARIES = { 'virtual:chapter-summaries': 'en', 'virtual:chapter-summaries-zh': 'zh' } as const;

const listModule = (chapters: ChapterMeta[]) => `export default ${JSON.stringify(chapters.map(chapterEntry))};`;
const summariesModule = (chapters: ChapterMeta[]) =>
  `export default ${JSON.stringify(Object.fromEntries(chapters.map((c) => [c.slug, c.summary])))};`;

/**
 * Serves `virtual:chapters`: the validated front matter of every chapter in `content/`,
 * in book order. Adding a file to `content/` is all it takes to add a chapter; a bad
 * front matter fails the build with the file's name.
 */
export function chaptersPlugin(root: string): Plugin {
  const contentDir = path.join(root, 'content');
  return {
    name: 'book-chapters',
    resolveId(id) {
      if (id in SUMMARIES) return `\0${id}`;
      return id === ID ? RESOLVED : id === ZH_ID ? ZH_RESOLVED : undefined;
    },
    load(id) {
      const summaries = id.startsWith('\0') ? SUMMARIES[id.slice(1) as keyof typeof SUMMARIES] : undefined;
      if (summaries) {
        this.addWatchFile(contentDir);
        const english = readChapters(contentDir);
        return summariesModule(summaries === 'en' ? english : readTranslations(contentDir, 'zh', english));
      }
      if (id === ZH_RESOLVED) {
        const zhDir = path.join(contentDir, 'zh');
        this.addWatchFile(contentDir);
        this.addWatchFile(zhDir);
        return listModule(readTranslations(contentDir, 'zh'));
      }
      if (id !== RESOLVED) return undefined;
      for (const chapter of readChapters(contentDir)) this.addWatchFile(path.join(root, chapter.file));
      this.addWatchFile(contentDir);
      return listModule(readChapters(contentDir));
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(contentDir)) return;
      for (const resolved of [RESOLVED, ZH_RESOLVED, ...Object.keys(SUMMARIES).map((id) => `\0${id}`)]) {
        const module = server.moduleGraph.getModuleById(resolved);
        if (module) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
