import { labCatalog, isLabName, labNames } from '../widgets/catalog';
import { chapterBySlug, chapters } from './chapters';

export const BOOK_TITLE = 'Large Models, Hands On';

/** The router's base: Vite's BASE_URL without the trailing slash ('' at the host root). */
export const routerBase = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * Every route the static build prerenders. Lecture and presenter pages are prerendered at their
 * first slide; deeper slides (`/lecture/<slug>/3`) are served 404.html, which boots the app
 * client-side at that slide (src/entry-client.tsx).
 */
export function allRoutes(): string[] {
  return [
    '/',
    ...chapters.map((c) => `/chapters/${c.slug}`),
    ...labNames.map((name) => `/labs/${name}`),
    ...chapters.flatMap((c) => [`/lecture/${c.slug}`, `/presenter/${c.slug}`]),
  ];
}

export function chapterSlugFromPath(path: string): string | undefined {
  return /^\/chapters\/([^/?#]+)/.exec(path)?.[1];
}

/** The chapter a lecture or presenter path shows: `/lecture/<slug>/…` or `/presenter/<slug>/…`. */
export function lectureSlugFromPath(path: string): string | undefined {
  return /^\/(?:lecture|presenter)\/([^/?#]+)/.exec(path)?.[1];
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
    return { title: `${chapter.label}. ${chapter.title} · ${BOOK_TITLE}`, description: chapter.summary, found: true };
  }
  const lecture = /^\/(lecture|presenter)\/([^/?#]+)/.exec(path);
  const lectured = lecture ? chapterBySlug(lecture[2]) : undefined;
  if (lecture && lectured) {
    const view = lecture[1] === 'lecture' ? 'Lecture' : 'Presenter';
    return { title: `${view}: ${lectured.title} · ${BOOK_TITLE}`, description: lectured.summary, found: true };
  }
  const lab = /^\/labs\/([^/?#]+)/.exec(path)?.[1];
  if (lab && isLabName(lab)) {
    return { title: `${labCatalog[lab].title} · ${BOOK_TITLE}`, description: labCatalog[lab].summary, found: true };
  }
  return { title: `Page not found · ${BOOK_TITLE}`, description: 'This page does not exist.', found: false };
}
