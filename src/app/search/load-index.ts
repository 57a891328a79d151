import type MiniSearch from 'minisearch';
import type { Lang } from '../../i18n/lang';
import { indexOptions, searchIndexPath, type SearchSection } from './options';

const indexes = new Map<Lang, Promise<MiniSearch<SearchSection>>>();

/**
 * The search index of an edition, fetched from this site (`search/<lang>.json`, made by the build)
 * the first time it is asked for; MiniSearch itself is loaded at the same moment, not with the page.
 */
export function loadSearchIndex(lang: Lang): Promise<MiniSearch<SearchSection>> {
  let index = indexes.get(lang);
  if (!index) {
    index = Promise.all([
      import('minisearch'),
      fetch(`${import.meta.env.BASE_URL}${searchIndexPath(lang)}`).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      }),
    ]).then(([{ default: MiniSearchClass }, json]) =>
      MiniSearchClass.loadJSON<SearchSection>(json, indexOptions(lang)),
    );
    index.catch(() => indexes.delete(lang)); // a failed load is tried again next time
    indexes.set(lang, index);
  }
  return index;
}
