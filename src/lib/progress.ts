/**
 * The reader's progress, kept in localStorage on this device only: chapters visited, exercises
 * marked done, and where they last were (chapter and section). Pure functions: parsing
 * validates everything, so corrupt or foreign storage gives empty progress, never a crash.
 */

export const PROGRESS_KEY = 'book-progress';
const VERSION = 1;

/** Where the reader last was. */
export interface LastPlace {
  slug: string;
  /** Id of the section heading last in view, if any. */
  section?: string;
  /** That heading's text, as shown then. */
  sectionTitle?: string;
}

export interface Progress {
  /** Slugs of chapters opened, in the order first opened. */
  visited: readonly string[];
  /** Exercises marked done, as `exerciseKey(slug, number)`. */
  done: readonly string[];
  last?: LastPlace;
}

export const EMPTY_PROGRESS: Progress = Object.freeze({ visited: [], done: [] });

/** Slugs and section ids: short, URL-safe. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const SECTION = /^[A-Za-z0-9_][\w:.-]{0,120}$/;
/** `<slug>/<number>`, the number as the book prints it (`3.2`). */
const EXERCISE = /^[a-z0-9][a-z0-9-]{0,80}\/[0-9A-Z.]{1,12}$/;
const MAX_ITEMS = 2000;

/** The storage key of an exercise: the chapter's slug and the exercise's printed number. */
export function exerciseKey(slug: string, number: string): string {
  return `${slug}/${number}`;
}

function strings(value: unknown, pattern: RegExp): string[] {
  if (!Array.isArray(value)) return [];
  const valid = value.filter((item): item is string => typeof item === 'string' && pattern.test(item));
  return [...new Set(valid)].slice(0, MAX_ITEMS);
}

function lastPlace(value: unknown): LastPlace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { slug, section, sectionTitle } = value as Record<string, unknown>;
  if (typeof slug !== 'string' || !SLUG.test(slug)) return undefined;
  const place: LastPlace = { slug };
  if (typeof section === 'string' && SECTION.test(section)) {
    place.section = section;
    if (typeof sectionTitle === 'string' && sectionTitle.length > 0) place.sectionTitle = sectionTitle.slice(0, 200);
  }
  return place;
}

/** Reads stored progress; anything missing, malformed or from another version reads as empty. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return EMPTY_PROGRESS;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== VERSION) return EMPTY_PROGRESS;
  const record = data as Record<string, unknown>;
  const progress: Progress = { visited: strings(record.visited, SLUG), done: strings(record.done, EXERCISE) };
  const last = lastPlace(record.last);
  return last ? { ...progress, last } : progress;
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ v: VERSION, visited: progress.visited, done: progress.done, last: progress.last });
}

/** Records a visit to a chapter (and the section in view); unchanged progress is returned as is. */
export function recordVisit(progress: Progress, slug: string, section?: string, sectionTitle?: string): Progress {
  if (!SLUG.test(slug)) return progress;
  const visited = progress.visited.includes(slug) ? progress.visited : [...progress.visited, slug];
  const last: LastPlace = section && SECTION.test(section) ? { slug, section, sectionTitle } : { slug };
  const same =
    visited === progress.visited &&
    progress.last?.slug === last.slug &&
    progress.last.section === last.section &&
    progress.last.sectionTitle === last.sectionTitle;
  return same ? progress : { ...progress, visited, last };
}

/** Marks an exercise done or not done. */
export function setExerciseDone(progress: Progress, key: string, done: boolean): Progress {
  if (!EXERCISE.test(key) || progress.done.includes(key) === done) return progress;
  return { ...progress, done: done ? [...progress.done, key] : progress.done.filter((k) => k !== key) };
}

/** How many of a chapter's exercises are marked done. */
export function doneInChapter(progress: Progress, slug: string): number {
  const prefix = `${slug}/`;
  return progress.done.filter((key) => key.startsWith(prefix)).length;
}
