import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n';
import type { ChapterEntry } from '../mdx/frontmatter';
import type { SlideInfo } from '../mdx/plugins/slides';
import type { DeckRendering } from './context';
import { Deck } from './Deck';
import type { DeckPosition } from './positions';
import { FRAME_WIDTH } from './Stage';
import type { LabSnapshot } from './sync';
import type { LectureModule } from './useLectureModule';

/** The width of an element, kept up to date (0 until measured). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * One slide at one step, scaled to the width of its box: the presenter window's "current" and
 * "next". Labs on it are mirrored from the audience window, never started here.
 */
export function Preview({
  chapter,
  module,
  slides,
  position,
  labs,
}: {
  chapter: ChapterEntry;
  module: LectureModule;
  slides: readonly SlideInfo[];
  position: DeckPosition;
  labs: readonly LabSnapshot[];
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const rendering = useMemo<DeckRendering>(
    () => ({ id, mode: 'preview', slide: position.slide, step: position.step, slides, overview: false, labs }),
    [id, position.slide, position.step, slides, labs],
  );
  return (
    <div className="slide-preview" ref={box}>
      <div className="preview-scaler" style={{ transform: `scale(${width / FRAME_WIDTH || 0.25})` }}>
        <Deck chapter={chapter} module={module} rendering={rendering} />
      </div>
    </div>
  );
}

/** The speaker notes of one slide (math and all), from the same compiled chapter. */
export function SpeakerNotes({
  chapter,
  module,
  slides,
  slide,
}: {
  chapter: ChapterEntry;
  module: LectureModule;
  slides: readonly SlideInfo[];
  slide: number;
}) {
  const id = useId();
  const t = useT();
  const rendering = useMemo<DeckRendering>(
    () => ({ id, mode: 'notes', slide, step: 0, slides, overview: false }),
    [id, slide, slides],
  );
  if (!slides[slide]?.notes) return <p className="no-notes">{t('lecture.noNotes')}</p>;
  return <Deck chapter={chapter} module={module} rendering={rendering} />;
}
