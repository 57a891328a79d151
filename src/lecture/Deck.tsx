import { MDXProvider } from '@mdx-js/react';
import type { ChapterEntry } from '../mdx/frontmatter';
import type { SlideInfo } from '../mdx/plugins/slides';
import { DeckContext, type DeckRendering } from './context';
import { lectureComponents } from './mdx-components';
import type { LectureModule } from './useLectureModule';
import { TitleSlide } from './TitleSlide';

/** Per deck slide: the title slide, then the compiled chapter's slides. */
export function deckSlides(chapter: ChapterEntry, module: LectureModule): SlideInfo[] {
  return [{ title: chapter.title, steps: 0, continued: false, notes: false }, ...module.slides];
}

/**
 * The compiled chapter rendered as slides: the same MDX module as the book, with lecture
 * components for `Slide`, `SlideNotes`, `Notes` and `Lab` (./mdx-components.tsx).
 */
export function Deck({
  chapter,
  module,
  rendering,
}: {
  chapter: ChapterEntry;
  module: LectureModule;
  rendering: DeckRendering;
}) {
  const Content = module.default;
  const withTitle = rendering.mode === 'audience' || (rendering.mode === 'preview' && rendering.slide === 0);
  return (
    <DeckContext.Provider value={rendering}>
      <MDXProvider components={lectureComponents}>
        <div
          className="deck"
          data-deck={rendering.id}
          data-mode={rendering.mode}
          data-layout={rendering.overview ? 'overview' : 'present'}
        >
          {withTitle && <TitleSlide chapter={chapter} frontmatter={module.frontmatter} />}
          <Content />
        </div>
      </MDXProvider>
    </DeckContext.Provider>
  );
}
