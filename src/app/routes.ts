import { labCatalog, isLabName, labNames } from '../widgets/catalog';
import { chapterBySlug, chapters } from './chapters';

export const BOOK_TITLE = 'Large Models, Hands On';

/** The router's base: Vite's BASE_URL without the trailing slash ('' at the host root). */
export const routerBase = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Every route the static build prerenders. */
export function allRoutes(): string[] {
  return ['/', ...chapters.map((c) => `/chapters/${c.slug}`), ...labNames.map((name) => `/labs/${name}`)];
}

export function chapterSlugFromPath(path: string): string | undefined {
  return /^\/chapters\/([^/?#]+)/.exec(path)?.[1];
}

/** Title and description of the page at `path` (base already stripped). */
export function pageMeta(path: string): { title: string; description: string; found: boolean } {
  if (path === '/' || path === '') {
    return {
      title: BOOK_TITLE,
      description: 'An interactive textbook on large models: read the ideas, then train real networks in your browser.',
      found: true,
    };
  }
  const slug = chapterSlugFromPath(path);
  const chapter = slug ? chapterBySlug(slug) : undefined;
  if (chapter) {
    return { title: `${chapter.number}. ${chapter.title} · ${BOOK_TITLE}`, description: chapter.summary, found: true };
  }
  const lab = /^\/labs\/([^/?#]+)/.exec(path)?.[1];
  if (lab && isLabName(lab)) {
    return { title: `${labCatalog[lab].title} · ${BOOK_TITLE}`, description: labCatalog[lab].summary, found: true };
  }
  return { title: `Page not found · ${BOOK_TITLE}`, description: 'This page does not exist.', found: false };
}
