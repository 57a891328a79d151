import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChapters } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';

const good = {
  title: 'Loss functions',
  slug: 'losses',
  summary: 'What a loss measures and why classification uses cross-entropy.',
  goals: ['Compute MSE by hand', 'Explain cross-entropy'],
  minutes: 25,
};

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const chapter = (fm: string) => `---\n${fm}\n---\n\nText.\n`;
const goodYaml = `title: Loss functions\nslug: losses\nsummary: What a loss measures and why classification uses it.\ngoals:\n  - Compute MSE by hand\n  - Explain cross-entropy\nminutes: 25`;

describe('front matter schema', () => {
  it('accepts a complete front matter', () => {
    expect(validateFrontmatter(good, 'content/03-losses.mdx')).toEqual(good);
  });

  it.each([
    [{ ...good, title: undefined }, /title/],
    [{ ...good, slug: 'Loss Functions' }, /slug: lower-case words joined by hyphens/],
    [{ ...good, goals: ['only one goal'] }, /goals/],
    [{ ...good, minutes: '25' }, /minutes/],
    [{ ...good, extra: true }, /extra|Unrecognized/i],
  ])('rejects %j naming the file and field', (data, field) => {
    expect(() => validateFrontmatter(data, 'content/03-losses.mdx')).toThrow(
      /content\/03-losses\.mdx: invalid front matter/,
    );
    expect(() => validateFrontmatter(data, 'content/03-losses.mdx')).toThrow(field);
  });
});

describe('reading content/', () => {
  it('orders chapters by their numeric prefix', () => {
    const dir = contentDir({
      '02-b.mdx': chapter(goodYaml.replace('slug: losses', 'slug: b')),
      '01-a.mdx': chapter(goodYaml.replace('slug: losses', 'slug: a')),
    });
    expect(readChapters(dir).map((c) => [c.number, c.slug, c.file])).toEqual([
      [1, 'a', '/content/01-a.mdx'],
      [2, 'b', '/content/02-b.mdx'],
    ]);
  });

  it('letters appendices A, B, … after the numbered chapters, and keeps them last', () => {
    const dir = contentDir({
      '01-a.mdx': chapter(goodYaml.replace('slug: losses', 'slug: a')),
      '02-b.mdx': chapter(goodYaml.replace('slug: losses', 'slug: b')),
      '13-notation.mdx': chapter(`${goodYaml.replace('slug: losses', 'slug: notation')}\nappendix: true`),
      '14-glossary.mdx': chapter(`${goodYaml.replace('slug: losses', 'slug: glossary')}\nappendix: true`),
    });
    expect(readChapters(dir).map((c) => `${c.kind} ${c.label}`)).toEqual([
      'Chapter 1',
      'Chapter 2',
      'Appendix A',
      'Appendix B',
    ]);
    const late = contentDir({
      '01-a.mdx': chapter(`${goodYaml.replace('slug: losses', 'slug: a')}\nappendix: true`),
      '02-b.mdx': chapter(goodYaml.replace('slug: losses', 'slug: b')),
    });
    expect(() => readChapters(late)).toThrow(/02-b\.mdx: a chapter cannot come after an appendix/);
  });

  it.each([
    [{ 'intro.mdx': chapter(goodYaml) }, /content\/intro\.mdx: chapter files are named NN-slug\.mdx/],
    [{ '01-a.mdx': 'No front matter' }, /content\/01-a\.mdx: missing front matter/],
    [{ '01-a.mdx': chapter('title: [unclosed') }, /content\/01-a\.mdx: front matter is not valid YAML/],
    [
      { '01-a.mdx': chapter(goodYaml), '02-b.mdx': chapter(goodYaml) },
      /content\/02-b\.mdx: slug "losses" is already used by \/content\/01-a\.mdx/,
    ],
    [
      { '01-a.mdx': chapter(goodYaml.replace('minutes: 25', 'minutes: 0')) },
      /content\/01-a\.mdx: invalid front matter\n {2}- minutes/,
    ],
  ])('fails with a message naming the file (%#)', (files, message) => {
    expect(() => readChapters(contentDir(files))).toThrow(message);
  });
});
