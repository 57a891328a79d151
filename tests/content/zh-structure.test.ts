import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { readTranslations } from '../../src/mdx/chapter-files';
import { mdxOptions } from '../../src/mdx/pipeline';
import { labNames } from '../../src/widgets/catalog';
import { chapters, contentDir, root } from '../helpers/compile';
import { itemsOf, structure, structureDiff } from '../helpers/structure';

/**
 * The Chinese edition (content/zh/NN-name.mdx) mirrors the English one: every chapter is there,
 * with the same heading ids in the same order, equation labels, components (labs and figures by
 * name), anchors, links, mermaid diagrams and display formulas. Red while a translation is missing:
 * the message lists the missing files and, per file, the first differences.
 */
const zhDir = path.join(contentDir, 'zh');
const pairs = chapters.map((chapter) => {
  const name = path.basename(chapter.file);
  return { name, english: path.join(contentDir, name), chinese: path.join(zhDir, name) };
});
const present = pairs.filter((pair) => existsSync(pair.chinese));

describe('the Chinese edition', () => {
  it('has a translation of every English chapter', () => {
    const missing = pairs.filter((pair) => !existsSync(pair.chinese)).map((pair) => `content/zh/${pair.name}`);
    expect(missing, `missing translations:\n${missing.join('\n')}`).toEqual([]);
  });

  it('keeps the slug, minutes and appendix flag of every original (readTranslations checks)', () => {
    const zh = readTranslations(contentDir, 'zh', chapters);
    expect(zh.map((c) => c.slug)).toEqual(chapters.map((c) => c.slug));
    expect(zh.map((c) => c.label)).toEqual(chapters.map((c) => c.label));
  });

  it('has the structure of the English chapter, item by item, in every translated file', () => {
    const problems: string[] = [];
    for (const pair of present) {
      const diff = structureDiff(
        structure(readFileSync(pair.english, 'utf8')),
        structure(readFileSync(pair.chinese, 'utf8')),
      );
      if (diff.length > 0) problems.push(`content/zh/${pair.name}:\n  ${diff.join('\n  ')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(present.map((pair) => [pair.name, pair] as const))(
    '%s: same heading ids, equation labels, labs, figures and diagrams; compiles as the /zh/ edition',
    async (_name, pair) => {
      const en = structure(readFileSync(pair.english, 'utf8'));
      const source = readFileSync(pair.chinese, 'utf8');
      const zh = structure(source);
      expect(itemsOf(zh, 'h'), 'heading ids').toEqual(itemsOf(en, 'h'));
      expect(itemsOf(zh, 'label:'), 'equation labels').toEqual(itemsOf(en, 'label:'));
      expect(itemsOf(zh, '<'), 'components').toEqual(itemsOf(en, '<'));
      expect(itemsOf(zh, 'fence:mermaid').length, 'mermaid diagrams').toBe(itemsOf(en, 'fence:mermaid').length);
      expect(/[\u4e00-\u9fff]/.test(source), 'written in Chinese').toBe(true);
      // The site's pipeline in the Chinese edition: KaTeX, links, numbering all pass.
      const code = String(
        await compile(
          { value: source, path: path.join(root, 'content', 'zh', pair.name) },
          mdxOptions({ chapterSlugs: chapters.map((c) => c.slug), labNames, lang: 'zh' }),
        ),
      );
      expect(code).not.toMatch(/href: "\/chapters\//);
    },
  );
});
