import { tFor } from '../i18n';
import { HTML_LANG, LANGS, localizedPath, splitLang, type Lang } from '../i18n/lang';
import { isLabName, labNames } from '../widgets/catalog';
import { chapterBySlug, chapters, loadedChapter } from './chapters';

export const BOOK_TITLE = 'Large Models, Hands On';

/** The whole book on one page, for printing (src/app/PrintPage.tsx). */
export const PRINT_PATH = '/print';

/** The router's base: Vite's BASE_URL without the trailing slash ('' at the host root). */
export const routerBase = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * Every route the static build prerenders. Lecture and presenter pages are prerendered at their
 * first slide; deeper slides (`/lecture/<slug>/3`) are served 404.html, which boots the app
 * client-side at that slide (src/entry-client.tsx).
 */
export function allRoutes(): string[] {
  const english = [
    '/',
    ...chapters.map((c) => `/chapters/${c.slug}`),
    ...labNames.map((name) => `/labs/${name}`),
    ...chapters.flatMap((c) => [`/lecture/${c.slug}`, `/presenter/${c.slug}`]),
    PRINT_PATH,
  ];
  // Every edition has every route (same slugs): /zh/, /zh/chapters/<slug>, /zh/labs/<lab>, …
  return LANGS.flatMap((lang) => english.map((route) => localizedPath(route, lang)));
}

export function chapterSlugFromPath(path: string): string | undefined {
  return /^\/chapters\/([^/?#]+)/.exec(path)?.[1];
}

/** The chapter a lecture or presenter path shows: `/lecture/<slug>/…` or `/presenter/<slug>/…`. */
export function lectureSlugFromPath(path: string): string | undefined {
  return /^\/(?:lecture|presenter)\/([^/?#]+)/.exec(path)?.[1];
}

/**
 * Title and description of the page at `path` (base already stripped). The edition is `lang`,
 * or read from the path (`/zh/...`) when `lang` is not given.
 */
export function pageMeta(
  fullPath: string,
  lang?: Lang,
): { title: string; description: string; found: boolean; lang: string } {
  const split = splitLang(fullPath);
  const edition = lang ?? split.lang;
  const path = lang ? fullPath : split.path;
  return { ...editionPageMeta(path, edition), lang: HTML_LANG[edition] };
}

/** A chapter's summary once its module is loaded (always so when prerendering), else ''. */
function summaryOf(slug: string, edition: Lang): string {
  return loadedChapter(slug, edition)?.frontmatter.summary ?? '';
}

function editionPageMeta(path: string, edition: Lang): { title: string; description: string; found: boolean } {
  const t = tFor(edition);
  const book = t('book.title');
  if (path === '/' || path === '') return { title: book, description: t('book.description'), found: true };
  if (path === PRINT_PATH)
    return { title: t('meta.print', { title: book }), description: t('book.description'), found: true };
  const slug = chapterSlugFromPath(path);
  const chapter = slug ? chapterBySlug(slug, edition) : undefined;
  if (chapter) {
    return {
      title: `${chapter.label}. ${chapter.title} · ${book}`,
      description: summaryOf(chapter.slug, edition),
      found: true,
    };
  }
  const lecture = /^\/(lecture|presenter)\/([^/?#]+)/.exec(path);
  const lectured = lecture ? chapterBySlug(lecture[2], edition) : undefined;
  if (lecture && lectured) {
    const view = t(lecture[1] === 'lecture' ? 'meta.lecture' : 'meta.presenter', { title: lectured.title });
    return { title: `${view} · ${book}`, description: summaryOf(lecture[2], edition), found: true };
  }
  const lab = /^\/labs\/([^/?#]+)/.exec(path)?.[1];
  if (lab && isLabName(lab)) {
    return { title: `${t(`labs.${lab}.title`)} · ${book}`, description: t(`labs.${lab}.summary`), found: true };
  }
  return { title: `${t('notFound.title')} · ${book}`, description: t('notFound.description'), found: false };
}
