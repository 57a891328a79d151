import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { translationFrontmatterSchema, validateFrontmatter, type ChapterMeta } from './frontmatter';

/** Chapter files are `NN-name.mdx`; the number gives the order. */
export const CHAPTER_FILE = /^(\d+)-[a-z0-9-]+\.mdx$/;

const FRONTMATTER_BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Reads the YAML front matter block at the top of an MDX source. */
export function extractFrontmatter(source: string, file: string): unknown {
  const match = FRONTMATTER_BLOCK.exec(source);
  if (!match) throw new Error(`${file}: missing front matter (a --- block at the top)`);
  try {
    return parseYaml(match[1]);
  } catch (error) {
    throw new Error(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
}

/**
 * Lists and validates every chapter in `contentDir` (Node only: used by the Vite plugin,
 * the MDX pipeline and tests). Throws with the file name on any problem.
 */
export function readChapters(contentDir: string): ChapterMeta[] {
  const files = readdirSync(contentDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const chapters: ChapterMeta[] = [];
  for (const name of files) {
    const match = CHAPTER_FILE.exec(name);
    if (!match) throw new Error(`content/${name}: chapter files are named NN-slug.mdx`);
    const source = readFileSync(path.join(contentDir, name), 'utf8');
    const fm = validateFrontmatter(extractFrontmatter(source, `content/${name}`), `content/${name}`);
    const exercises = source.match(/^[ \t]*<Exercise\b/gm)?.length ?? 0;
    chapters.push({ ...fm, number: Number(match[1]), file: `/content/${name}`, label: '', kind: 'Chapter', exercises });
  }
  let chapterCount = 0;
  let appendixCount = 0;
  for (const chapter of chapters) {
    if (chapter.appendix) {
      chapter.kind = 'Appendix';
      chapter.label = String.fromCharCode(65 + appendixCount++);
    } else {
      if (appendixCount > 0) throw new Error(`${chapter.file}: a chapter cannot come after an appendix`);
      chapter.label = String(++chapterCount);
    }
  }
  const seen = new Map<string, string>();
  for (const chapter of chapters) {
    const other = seen.get(chapter.slug);
    if (other) throw new Error(`${chapter.file}: slug "${chapter.slug}" is already used by ${other}`);
    seen.set(chapter.slug, chapter.file);
  }
  const numbers = chapters.map((c) => c.number);
  const duplicate = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (duplicate !== undefined) throw new Error(`content/: two chapters share the number ${duplicate}`);
  return chapters;
}

/**
 * The chapters of a translated edition (`content/<lang>/NN-name.mdx`), in book order, one per
 * English chapter. A translation has the same file name and the same `slug`, `minutes` and
 * `appendix` as its original (anything else throws, naming both files); its title, summary and
 * goals are its own. A chapter not translated yet gets the English entry marked `untranslated`
 * (the site then shows the English text with a notice).
 */
export function readTranslations(contentDir: string, lang: string, english = readChapters(contentDir)): ChapterMeta[] {
  const dir = path.join(contentDir, lang);
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mdx')) : [];
  const originals = new Map(english.map((chapter) => [path.basename(chapter.file), chapter]));
  const translated = new Map<string, ChapterMeta>();
  for (const name of names) {
    const file = `content/${lang}/${name}`;
    const original = originals.get(name);
    if (!original) {
      throw new Error(
        `${file}: there is no English chapter content/${name}. A translation has the same file name as its original ` +
          `(one of: ${[...originals.keys()].join(', ')}).`,
      );
    }
    const source = readFileSync(path.join(dir, name), 'utf8');
    const fm = validateFrontmatter(extractFrontmatter(source, file), file, translationFrontmatterSchema);
    for (const key of ['slug', 'minutes', 'appendix'] as const) {
      if (fm[key] !== original[key]) {
        throw new Error(
          `${file}: ${key} is ${JSON.stringify(fm[key])} but the English chapter content/${name} has ` +
            `${JSON.stringify(original[key])}. A translation keeps the original's ${key} (URLs and numbering are shared).`,
        );
      }
    }
    translated.set(name, { ...original, title: fm.title, summary: fm.summary, goals: fm.goals, file: `/${file}` });
  }
  return english.map(
    (chapter) => translated.get(path.basename(chapter.file)) ?? { ...chapter, untranslated: true as const },
  );
}
