import { Fragment, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Lab } from '../widgets/Lab';
import { isLabName } from '../widgets/catalog';
import { useDeckRendering, useSlidePlace } from './context';
import { SlideCell } from './SlideCell';
import type { LabSnapshot } from './sync';

/**
 * How the compiled chapter's slide markers render in lecture mode (the book renders `Slide` as
 * a fragment and `SlideNotes`/`Notes` as nothing: src/mdx/components.tsx). Content slide `i`
 * is deck slide `i + 1`; deck slide 0 is the title slide.
 */

function LectureSlide({ index, children }: { index: number; children?: ReactNode }) {
  const deck = useDeckRendering();
  const slide = index + 1;
  if (deck.mode === 'notes' || (deck.mode === 'preview' && deck.slide !== slide)) return null;
  return <SlideCell index={slide}>{children}</SlideCell>;
}

function LectureSlideNotes({ index, children }: { index: number; children?: ReactNode }) {
  const deck = useDeckRendering();
  const t = useT();
  const slide = index + 1;
  if (deck.mode === 'notes') return deck.slide === slide ? <div className="speaker-notes-body">{children}</div> : null;
  if (deck.mode === 'preview') return null;
  // In the audience window notes are only printed (when "Notes in print" is on).
  return (
    <aside className="print-notes prose" data-notes-for={slide} aria-label={t('lecture.notesFor', { n: slide + 1 })}>
      {children}
    </aside>
  );
}

function LectureNotes({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/** A lab's live state, copied from the audience window (the presenter window never runs labs). */
function LabMirror({ name, snapshot }: { name: string; snapshot?: LabSnapshot }) {
  const t = useT();
  const title = isLabName(name) ? t(`labs.${name}.title`) : name;
  return (
    <div className="lab-placeholder lab-mirror" data-lab-mirror={name} data-state={snapshot?.state ?? 'idle'}>
      <p>
        <strong>{title}</strong> {t('lecture.mirror')}
        {snapshot ? '' : t('lecture.mirrorWaiting')}
      </p>
      {snapshot && snapshot.metrics.length > 0 && (
        <dl className="metrics">
          {snapshot.metrics.map(([metric, value], i) => (
            <Fragment key={`${metric}-${i}`}>
              <dt>{metric}</dt>
              <dd data-metric={metric}>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </div>
  );
}

function LectureLab({ name }: { name: string }) {
  const deck = useDeckRendering();
  const place = useSlidePlace();
  const t = useT();
  if (!isLabName(name)) return <p role="alert">{t('lecture.unknownLab', { name })}</p>;
  if (deck.mode !== 'audience') {
    const snapshot = deck.labs?.find((lab) => lab.slide === place.index && lab.name === name);
    return <LabMirror name={name} snapshot={snapshot} />;
  }
  if (!place.visited) {
    return (
      <div className="lab-placeholder" data-lab-placeholder={name}>
        <p>
          <strong>{t(`labs.${name}.title`)}</strong> {t('lecture.labWaiting')}
        </p>
      </div>
    );
  }
  return <Lab name={name} />;
}

/** The MDX components lecture mode puts over the book's (see ./Deck.tsx). */
export const lectureComponents = {
  Slide: LectureSlide,
  SlideNotes: LectureSlideNotes,
  Notes: LectureNotes,
  Lab: LectureLab,
};
