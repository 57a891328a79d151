import { splitLang } from '../i18n/lang';
import { chaptersIn, loadChapter } from './chapters';
import { PRINT_PATH } from './routes';

/**
 * The whole-book print page (`/print`, `/zh/print`) renders every chapter of its edition: load
 * them all before prerendering or hydrating it, as a chapter page loads its one module.
 */
export async function preloadPrintPage(fullPath: string): Promise<void> {
  const { lang, path } = splitLang(fullPath);
  if (path.replace(/\/+$/, '') !== PRINT_PATH) return;
  await Promise.all(chaptersIn(lang).map((chapter) => loadChapter(chapter.slug, lang)));
}
