import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { readChapters } from '../../src/mdx/chapter-files';
import { mdxOptions } from '../../src/mdx/pipeline';
import { labNames } from '../../src/widgets/catalog';

export const root = path.resolve(import.meta.dirname, '../..');
export const contentDir = path.join(root, 'content');
export const chapters = readChapters(contentDir);

const options = mdxOptions({ chapterSlugs: chapters.map((c) => c.slug), labNames });

/** Compiles MDX with the site's pipeline; `file` decides the chapter number (e.g. content/03-x.mdx). */
export async function compileMdx(source: string, file = path.join(contentDir, '03-test.mdx')): Promise<string> {
  return String(await compile({ value: source, path: file }, options));
}

export function chapterSource(file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}
