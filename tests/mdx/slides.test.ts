import { describe, expect, it } from 'vitest';
import { compileMdx } from '../helpers/compile';
import type { SlideInfo } from '../../src/mdx/plugins/slides';

/** The `slides` export of a compiled chapter. */
function slidesOf(out: string): SlideInfo[] {
  const json = /export const slides = (\[[\s\S]*?\]);\nexport const slideCount/.exec(out)?.[1];
  return JSON.parse(json ?? 'null') as SlideInfo[];
}

const slideCount = (out: string) => Number(/export const slideCount = (\d+);/.exec(out)?.[1]);
const slideIndices = (out: string) => [...out.matchAll(/_jsxs?\(Slide, \{\s*index: (\d+)/g)].map((m) => Number(m[1]));

const FRONT = ['---', 'title: A test chapter', 'slug: test', '---', ''].join('\n');

describe('remarkSlides: explicit breaks', () => {
  it('cuts at thematic breaks, not at the front matter block, and drops the breaks from the book', async () => {
    const out = await compileMdx(
      `${FRONT}\n## One\n\nFirst.\n\n---\n\nSecond, no heading.\n\n---\n\n## Three\n\nThird.\n`,
    );
    expect(slideCount(out)).toBe(3);
    expect(slideIndices(out)).toEqual([0, 1, 2]);
    expect(out).toContain('export const frontmatter');
    expect(out).not.toMatch(/_components\.hr|"hr"/);
    expect(slidesOf(out).map((s) => s.title)).toEqual(['One', 'Second, no heading.', 'Three']);
  });

  it('a front matter block alone is not a break: a chapter with none is cut per h2', async () => {
    const out = await compileMdx(`${FRONT}\nIntro.\n\n## A\n\nText a.\n\n## B\n\nText b.\n`);
    expect(slidesOf(out).map((s) => s.title)).toEqual(['Intro.', 'A', 'B']);
  });

  it('never makes an empty slide (doubled and trailing breaks)', async () => {
    const out = await compileMdx('Zero.\n\n---\n\n---\n\n# One\n\n---\n\n---\n\nTwo\n\n---\n');
    expect(slideCount(out)).toBe(3);
  });
});

describe('remarkSlides: speaker notes', () => {
  it('moves <Notes> out of the slide into <SlideNotes index> right after it', async () => {
    const source = [
      '## Slide one',
      '',
      '<Notes>',
      'Say $x^2$ aloud.',
      '</Notes>',
      '',
      'Visible.',
      '',
      '---',
      '',
      'Two.',
      '',
      '<Notes>Short note.</Notes>',
    ].join('\n');
    const out = await compileMdx(source);
    expect(slidesOf(out).map((s) => s.notes)).toEqual([true, true]);
    expect([...out.matchAll(/_jsxs?\(SlideNotes, \{\s*index: (\d+)/g)].map((m) => Number(m[1]))).toEqual([0, 1]);
    // The notes still compile as MDX (math included).
    expect(out).toContain('katex');
    expect(out.indexOf('Visible.')).toBeLessThan(out.indexOf('Say '));
  });

  it('merges the notes of a slide with no content into the slide before', async () => {
    const out = await compileMdx('One.\n\n---\n\n<Notes>\nAbout one.\n</Notes>\n');
    expect(slidesOf(out)).toEqual([{ title: 'One.', steps: 0, continued: false, notes: true }]);
  });

  it('rejects <Notes> that is not at the top level of a slide', async () => {
    await expect(compileMdx('<Callout type="note">\n\n<Notes>\nx\n</Notes>\n\n</Callout>')).rejects.toThrow(
      /:3: <Notes> must be at the top level of a slide/,
    );
    await expect(compileMdx('Text <Notes>x</Notes> more.')).rejects.toThrow(/<Notes> must be at the top level/);
  });
});

describe('remarkSlides: step reveals', () => {
  it('makes top-level list items and display equations steps, in order', async () => {
    const source = [
      'Intro.',
      '',
      '$$',
      'a = b',
      '$$',
      '',
      '- one',
      '- two',
      '  - nested (revealed with two)',
      '',
      '$$',
      'c = d \\label{cd}',
      '$$',
    ].join('\n');
    const out = await compileMdx(source);
    expect(slidesOf(out)[0].steps).toBe(4);
    expect(out.match(/"data-step": "\d"/g)).toEqual([
      '"data-step": "1"',
      '"data-step": "2"',
      '"data-step": "3"',
      '"data-step": "4"',
    ]);
    // The labelled equation keeps its id and number.
    expect(out).toContain('id: "eq-cd"');
  });

  it('counts steps per slide', async () => {
    const out = await compileMdx('- a\n- b\n\n---\n\nNone here.\n\n---\n\n1. x\n2. y\n3. z\n');
    expect(slidesOf(out).map((s) => s.steps)).toEqual([2, 0, 3]);
  });
});

describe('remarkSlides: automatic split', () => {
  const paragraph = (n: number) => `Paragraph ${n}. ${'Words that fill a line of a slide. '.repeat(8)}`;

  it('cuts a long section into slides, before an h3 where it can, and marks continued slides', async () => {
    const body = [1, 2, 3, 4, 5, 6, 7].map(paragraph).join('\n\n');
    const out = await compileMdx(`## Long section\n\n${body}\n\n### Sub\n\n${paragraph(8)}\n\n## Short\n\nEnd.\n`);
    const slides = slidesOf(out);
    expect(slides.length).toBeGreaterThan(3);
    expect(slides[0]).toMatchObject({ title: 'Long section', continued: false });
    expect(slides[1]).toMatchObject({ title: 'Long section', continued: true });
    expect(slides.find((s) => s.title === 'Sub')).toMatchObject({ continued: false });
    expect(slides.at(-1)).toMatchObject({ title: 'Short', continued: false });
  });

  it('never ends a slide with a heading: it moves to the next slide with what it introduces', async () => {
    const code = Array.from({ length: 12 }, (_, i) => `const x${i} = ${i};`).join('\n');
    const out = await compileMdx(`## A\n\nShort.\n\n### B\n\n\`\`\`ts\n${code}\n\`\`\`\n`);
    expect(slidesOf(out).map((s) => [s.title, s.continued])).toEqual([
      ['A', false],
      ['B', false],
    ]);
  });
});
