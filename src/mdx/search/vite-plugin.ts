import path from 'node:path';
import type { Plugin } from 'vite';
import { searchIndexPath } from '../../app/search/options';
import { LANGS, type Lang } from '../../i18n/lang';
import { buildSearchIndexes } from './build-index';

/**
 * The search indexes as static files: `search/en.json` and `search/zh.json` in the client build,
 * and the same URLs from the dev server (rebuilt after a chapter changes). The browser fetches one
 * the first time the search dialog opens (src/app/search), never on page load.
 */
export function searchIndexPlugin(root: string): Plugin {
  let cached: Record<Lang, string> | undefined;
  const indexes = () => (cached ??= buildSearchIndexes(root));
  let base = '/';
  return {
    name: 'book-search-index',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      if (this.environment.config.build.ssr) return;
      const built = buildSearchIndexes(root);
      for (const lang of LANGS) this.emitFile({ type: 'asset', fileName: searchIndexPath(lang), source: built[lang] });
    },
    configureServer(server) {
      const contentDir = path.join(root, 'content');
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(contentDir)) cached = undefined;
      });
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? '';
        const lang = LANGS.find((l) => url === `${base}${searchIndexPath(l)}`);
        if (!lang) return next();
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(indexes()[lang]);
      });
    },
  };
}
