import { evaluate } from '@mdx-js/mdx';
import { MDXProvider, useMDXComponents } from '@mdx-js/react';
import * as runtime from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeckRendering } from '../../src/lecture/context';
import { Deck, deckSlides } from '../../src/lecture/Deck';
import type { LectureModule } from '../../src/lecture/useLectureModule';
import { mdxComponents } from '../../src/mdx/components';
import type { ChapterMeta } from '../../src/mdx/frontmatter';
import { mdxOptions } from '../../src/mdx/pipeline';
import { chapters } from '../helpers/compile';
import { labNames } from '../../src/widgets/catalog';

const SOURCE = [
  '## The loss',
  '',
  'Squared error:',
  '',
  '$$',
  'L = (y - \\hat{y})^2',
  '$$',
  '',
  '<Notes>',
  'Stress that $L \\ge 0$: **never negative**.',
  '</Notes>',
  '',
  '---',
  '',
  '## A lab',
  '',
  '<Lab name="diagnostics" />',
].join('\n');

const chapter: ChapterMeta = {
  title: 'A test deck',
  slug: 'test-deck',
  summary: 'A chapter written as slides, for the lecture tests.',
  goals: ['Check notes', 'Check labs'],
  minutes: 5,
  label: '1',
  kind: 'Chapter',
  number: 3,
  file: '/content/03-test-deck.mdx',
};

async function compileModule(): Promise<LectureModule> {
  const options = mdxOptions({ chapterSlugs: chapters.map((c) => c.slug), labNames });
  const evaluated = await evaluate(
    { value: SOURCE, path: 'content/03-test-deck.mdx' },
    { ...options, ...runtime, useMDXComponents },
  );
  // The source has no front matter block: the module's front matter is the test chapter's.
  return { ...evaluated, frontmatter: chapter } as unknown as LectureModule;
}

/** The deck indices of the slide cells in rendered HTML. */
const cells = (html: string) => [...html.matchAll(/class="slide-cell" data-slide="(\d+)"/g)].map((m) => m[1]);

function render(module: LectureModule, rendering: Partial<DeckRendering>): string {
  const full: DeckRendering = {
    id: 'd',
    mode: 'audience',
    slide: 0,
    step: 0,
    slides: deckSlides(chapter, module),
    overview: false,
    ...rendering,
  };
  return renderToString(
    <MDXProvider components={mdxComponents}>
      <Deck chapter={chapter} module={module} rendering={full} />
    </MDXProvider>,
  );
}

describe('the compiled chapter as a deck', () => {
  it('exports its slides and renders them after a title slide, notes kept for print only', async () => {
    const module = await compileModule();
    expect(module.slideCount).toBe(2);
    const html = render(module, { slide: 1, step: 0 });
    expect(cells(html)).toEqual(['0', '1', '2']);
    expect(html).toContain('<h1>A test deck</h1>');
    // Slide 1 is current with its equation not yet revealed: a style hides step 1 on screen.
    expect(html).toMatch(/<style>@media screen\{\[data-deck="d"\] \[data-slide="1"\]/);
    expect(html).toMatch(/<aside class="print-notes prose" data-notes-for="1"[^>]*>[\s\S]*never negative/);
    // The lab's slide has not been shown yet: a placeholder, no lab.
    expect(html).toContain('data-lab-placeholder="diagnostics"');
  });

  it('shows only the speaker notes of one slide in the notes view, with math rendered', async () => {
    const module = await compileModule();
    const html = render(module, { mode: 'notes', slide: 1 });
    expect(html).toContain('never negative');
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('Squared error');
    expect(render(module, { mode: 'notes', slide: 2 })).not.toContain('never negative');
  });

  it('previews one slide and mirrors labs there instead of running them', async () => {
    const module = await compileModule();
    const html = render(module, {
      mode: 'preview',
      slide: 2,
      labs: [{ slide: 2, name: 'diagnostics', state: 'ready', metrics: [['backend', 'webgl']] }],
    });
    expect(cells(html)).toEqual(['2']);
    expect(html).toContain('data-lab-mirror="diagnostics" data-state="ready"');
    expect(html).toMatch(/<dd data-metric="backend">webgl<\/dd>/);
    expect(html).not.toContain('data-lab=');
  });

  it('leaves the book as it was: no notes, no slide breaks, no extra wrappers', async () => {
    const module = await compileModule();
    const Content = module.default;
    const html = renderToString(
      <MDXProvider components={mdxComponents}>
        <Content />
      </MDXProvider>,
    );
    expect(html).not.toContain('never negative');
    expect(html).not.toContain('<hr');
    expect(html).not.toContain('slide');
    expect(html).toMatch(/^<h2 id="the-loss">/);
  });
});
