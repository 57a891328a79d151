import path from 'node:path';
import type { Plugin } from 'vite';
import { readChapters } from './chapter-files';

const ID = 'virtual:chapters';
const RESOLVED = '\0virtual:chapters';

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
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const chapter of readChapters(contentDir)) this.addWatchFile(path.join(root, chapter.file));
      this.addWatchFile(contentDir);
      return `export default ${JSON.stringify(readChapters(contentDir))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(contentDir)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
