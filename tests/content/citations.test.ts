import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { referencesFile } from '../../src/mdx/bibliography';
import { remarkCitations } from '../../src/mdx/plugins/citations';
import { remarkCjkLineBreaks } from '../../src/mdx/plugins/cjk-line-breaks';
import { chapters, contentDir } from '../helpers/compile';

/**
 * Citations in the chapters link to the references appendix (src/mdx/plugins/citations.ts),
 * in both editions. Runs the parser and the two remark plugins that matter, not the whole pipeline.
 */

const parser = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath] });

interface Linked {
  targets: string[];
  messages: string[];
}

const cache = new Map<string, Linked>();

function linkedCitations(file: string): Linked {
  const cached = cache.get(file);
  if (cached) return cached;
  const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') });
  const tree = parser.parse(vfile) as Root;
  remarkCjkLineBreaks()(tree);
  remarkCitations()(tree, vfile);
  const targets: string[] = [];
  visit(tree, 'link', (link) => {
    const match = /^\/chapters\/references#(.+)$/.exec(link.url);
    if (match) targets.push(match[1]);
  });
  const result = { targets, messages: vfile.messages.map((m) => m.reason) };
  cache.set(file, result);
  return result;
}

function anchors(lang: string): Set<string> {
  const file = referencesFile(lang);
  if (!file) throw new Error(`no references appendix in content/${lang}`);
  return new Set([...readFileSync(file, 'utf8').matchAll(/<span id="([^"]+)"/g)].map((m) => m[1]));
}

const editions = [
  { lang: '', name: 'English' },
  { lang: 'zh', name: 'Chinese' },
];

const chapterFiles = (lang: string) =>
  chapters
    .map((c) => ({ ...c, path: path.join(contentDir, lang, path.basename(c.file)) }))
    .filter((c) => existsSync(c.path));

describe.each(editions)('citations in the $name edition', ({ lang }) => {
  const results = chapterFiles(lang).map((c) => ({ chapter: c, ...linkedCitations(c.path) }));
  const known = anchors(lang);

  it('every chapter (not the appendices) links at least one citation', () => {
    const numbered = results.filter((r) => !r.chapter.appendix);
    expect(numbered.length).toBe(12);
    const counts = Object.fromEntries(numbered.map((r) => [r.chapter.slug, r.targets.length]));
    expect(Object.values(counts).filter((n) => n === 0)).toEqual([]);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(90);
  });

  it('every link points to an anchor of the references appendix', () => {
    const missing = results.flatMap((r) =>
      r.targets.filter((t) => !known.has(t)).map((t) => `${r.chapter.slug}: ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('no citation written with "et al." or "and" is left unlinked (misspelt, wrong year, or two works alike)', () => {
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });
});

describe('the two editions', () => {
  it('have the same references anchors', () => {
    expect([...anchors('zh')].sort()).toEqual([...anchors('')].sort());
  });

  it('link the same works in each translated chapter', () => {
    const differences = chapterFiles('zh').flatMap((c) => {
      const english = new Set(linkedCitations(path.join(contentDir, path.basename(c.file))).targets);
      const chinese = new Set(linkedCitations(c.path).targets);
      const only = (a: Set<string>, b: Set<string>) => [...a].filter((id) => !b.has(id));
      return [
        ...only(english, chinese).map((id) => `${c.slug}: ${id} only in English`),
        ...only(chinese, english).map((id) => `${c.slug}: ${id} only in Chinese`),
      ];
    });
    expect(differences).toEqual([]);
  });
});
