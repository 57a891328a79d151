import { z } from 'zod';

/**
 * The front matter every chapter in `content/` carries. One line of doc per field:
 * authors read this file to learn what a chapter header may say.
 */
export const chapterFrontmatterSchema = z
  .object({
    /** Title shown in the sidebar, the contents page and the browser tab. */
    title: z.string().min(3).max(120),
    /** URL segment: /chapters/<slug>. Lower-case words joined by hyphens. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** One or two sentences for the contents page and the meta description. */
    summary: z.string().min(20).max(400),
    /** What a reader can do after the chapter: 2 to 8 short items. */
    goals: z.array(z.string().min(5)).min(2).max(8),
    /** Estimated reading time in minutes (labs not included). */
    minutes: z.number().int().min(1).max(120),
    /** True for back matter (notation, glossary, references): lettered A, B, … after the chapters. */
    appendix: z.boolean().optional(),
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;

/**
 * A translation's front matter (content/zh/): the same fields, with lengths counted for scripts
 * such as Chinese that say in 8 characters what English says in 30. `slug`, `minutes` and
 * `appendix` must equal the original's (src/mdx/chapter-files.ts checks).
 */
export const translationFrontmatterSchema = chapterFrontmatterSchema.extend({
  title: z.string().min(2).max(120),
  summary: z.string().min(6).max(400),
  goals: z.array(z.string().min(2)).min(2).max(8),
});

/** A chapter as the app sees it: front matter plus where it sits in the book. */
export interface ChapterMeta extends ChapterFrontmatter {
  /** 1-based position, from the file name's numeric prefix. */
  number: number;
  /** What the book calls it: "3" for a chapter, "A" for the first appendix. */
  label: string;
  /** "Chapter" or "Appendix", for headings like "Chapter 3". */
  kind: 'Chapter' | 'Appendix';
  /** Path of the MDX source relative to the project root, e.g. `/content/01-large-models.mdx`. */
  file: string;
  /** How many `<Exercise>` blocks the chapter has (counted by readChapters; for the progress shown in the sidebar). */
  exercises?: number;
  /** Set on a translated edition's entry whose translation does not exist yet: `file` is the English original. */
  untranslated?: true;
}

/**
 * A chapter as every page ships it (the sidebar, routes, prev/next): the front matter without the
 * summary and goals, which are most of its weight. A chapter page reads those from its own module's
 * `frontmatter` export; the contents page loads the summaries of its edition (src/app/chapters.ts).
 */
export type ChapterEntry = Omit<ChapterMeta, 'summary' | 'goals'>;

/** Drops the summary and goals (see {@link ChapterEntry}). */
export function chapterEntry({ summary: _summary, goals: _goals, ...entry }: ChapterMeta): ChapterEntry {
  return entry;
}

/** Throws an Error naming `file` and every invalid field. */
export function validateFrontmatter(
  data: unknown,
  file: string,
  schema: typeof chapterFrontmatterSchema = chapterFrontmatterSchema,
): ChapterFrontmatter {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  - ${issue.path.join('.') || '(front matter)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`${file}: invalid front matter\n${problems}`);
  }
  return result.data;
}
