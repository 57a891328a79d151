import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterEach, describe, expect, it } from 'vitest';
import { localizedPath, splitLang } from '../../src/i18n/lang';
import { browserLang } from '../../src/i18n/preference';
import { readChapters, readTranslations } from '../../src/mdx/chapter-files';
import { mdxOptions } from '../../src/mdx/pipeline';
import { labNames } from '../../src/widgets/catalog';
import { chapters, contentDir } from '../helpers/compile';

describe('edition paths', () => {
  it('split a path into its edition and the path inside it', () => {
    expect(splitLang('/zh/chapters/losses')).toEqual({ lang: 'zh', path: '/chapters/losses' });
    expect(splitLang('/zh/')).toEqual({ lang: 'zh', path: '/' });
    expect(splitLang('/zh')).toEqual({ lang: 'zh', path: '/' });
    expect(splitLang('/chapters/losses')).toEqual({ lang: 'en', path: '/chapters/losses' });
    expect(splitLang('/zhx/chapters')).toEqual({ lang: 'en', path: '/zhx/chapters' });
  });

  it('give the same page in the other edition', () => {
    expect(localizedPath('/chapters/losses', 'zh')).toBe('/zh/chapters/losses');
    expect(localizedPath('/zh/chapters/losses', 'en')).toBe('/chapters/losses');
    expect(localizedPath('/', 'zh')).toBe('/zh/');
    expect(localizedPath('/zh/', 'en')).toBe('/');
    expect(localizedPath('/lecture/losses/3/1', 'zh')).toBe('/zh/lecture/losses/3/1');
    expect(localizedPath('/zh/labs/mnist', 'zh')).toBe('/zh/labs/mnist');
  });

  it("read the browser's preference from navigator.languages, first match wins", () => {
    expect(browserLang(['zh-CN', 'en-US'])).toBe('zh');
    expect(browserLang(['zh-TW'])).toBe('zh');
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['fr-FR', 'zh-CN'])).toBe('zh');
    expect(browserLang(['fr-FR', 'de'])).toBeUndefined();
  });
});

describe('the Chinese chapter list', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  /** A copy of content/*.mdx (no translations) with `files` written under zh/. */
  const fixture = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'i18n-content-'));
    for (const chapter of chapters)
      cpSync(path.join(contentDir, path.basename(chapter.file)), path.join(dir, path.basename(chapter.file)));
    mkdirSync(path.join(dir, 'zh'));
    for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, 'zh', name), source);
    return dir;
  };
  const losses = readFileSync(path.join(contentDir, '03-losses.mdx'), 'utf8');
  const translated = (slug: string) =>
    losses.replace(/^title: .*$/m, 'title: 损失函数').replace(/^slug: .*$/m, `slug: ${slug}`);

  it('falls back to the English entry, marked untranslated, where a translation is missing', () => {
    const contents = fixture({});
    const zh = readTranslations(contents, 'zh', readChapters(contents));
    expect(zh.map((c) => c.slug)).toEqual(chapters.map((c) => c.slug));
    expect(zh.every((c) => c.untranslated === true && c.file.startsWith('/content/') && !c.file.includes('/zh/'))).toBe(
      true,
    );
  });

  it('uses a translation with the same slug: its own title, the original number and label', () => {
    const contents = fixture({ '03-losses.mdx': translated('losses') });
    const zh = readTranslations(contents, 'zh', readChapters(contents));
    const entry = zh.find((c) => c.slug === 'losses');
    expect(entry).toMatchObject({ title: '损失函数', label: '3', number: 3, file: '/content/zh/03-losses.mdx' });
    expect(entry?.untranslated).toBeUndefined();
  });

  it('fails with a clear message when a translation changes the slug', () => {
    const contents = fixture({ '03-losses.mdx': translated('loss-functions') });
    expect(() => readTranslations(contents, 'zh', readChapters(contents))).toThrow(
      'content/zh/03-losses.mdx: slug is "loss-functions" but the English chapter content/03-losses.mdx has "losses"',
    );
  });

  it('fails with a clear message for a translation without an English original', () => {
    const contents = fixture({ '03-loss.mdx': translated('losses') });
    expect(() => readTranslations(contents, 'zh', readChapters(contents))).toThrow(
      'content/zh/03-loss.mdx: there is no English chapter content/03-loss.mdx',
    );
  });
});

describe('the pipeline in the Chinese edition', () => {
  const source = [
    '## 均方误差 \\{#mse}',
    '',
    '见[损失](/chapters/losses#mse)、[实验](/labs/mnist)、[目录](/)、[本节](#mse)和 <FigRef id="curve" />。',
    '',
    '<Figure id="curve" caption="曲线">x</Figure>',
  ].join('\n');
  const options = (lang: 'en' | 'zh') => mdxOptions({ chapterSlugs: chapters.map((c) => c.slug), labNames, lang });

  it('moves internal links under /zh/ after checking them, and numbers figures as 图', async () => {
    const code = String(
      await compile({ value: source, path: path.join(contentDir, 'zh', '03-losses.mdx') }, options('zh')),
    );
    expect(code).toContain('href: "/zh/chapters/losses#mse"');
    expect(code).toContain('href: "/zh/labs/mnist"');
    expect(code).toContain('href: "/zh/"');
    expect(code).toContain('href: "#mse"');
    expect(code).toContain('"图 3.1"');
    expect(code).toContain('"链接到本节"');
  });

  it('leaves the English edition as it was', async () => {
    const code = String(await compile({ value: source, path: path.join(contentDir, '03-losses.mdx') }, options('en')));
    expect(code).toContain('href: "/chapters/losses#mse"');
    expect(code).not.toContain('/zh/');
    expect(code).toContain('"Figure 3.1"');
  });

  it('still fails on a broken link in a translation', async () => {
    const broken = '见[这里](/chapters/no-such-chapter)。';
    await expect(
      compile({ value: broken, path: path.join(contentDir, 'zh', '03-losses.mdx') }, options('zh')),
    ).rejects.toThrow('no chapter has this slug');
  });
});
