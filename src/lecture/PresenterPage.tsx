import { useMemo, useState } from 'react';
import { useRouter } from 'wouter';
import { chapterBySlug } from '../app/chapters';
import { Layout } from '../app/Layout';
import { NotFound } from '../app/NotFound';
import { usePageTitle } from '../app/usePageTitle';
import { useT } from '../i18n';
import { useLang } from '../i18n/useLang';
import type { ChapterEntry } from '../mdx/frontmatter';
import { elapsedAt, formatDuration, resetStopwatch, stopwatchPaused, toggleStopwatch, useNow } from './clock';
import { deckPath, deckShape, nextPosition, type DeckPosition } from './positions';
import { deckSlides } from './Deck';
import { GotoDialog, HelpDialog } from './dialogs';
import type { LectureAction } from './keymap';
import { toggleFullscreen } from './LecturePage';
import { Preview, SpeakerNotes } from './Preview';
import { useLectureChannel, type LabSnapshot, type LectureMessage } from './sync';
import { useHydratedMarker } from './useBrowser';
import { useLectureKeys } from './useLectureKeys';
import { useLectureModule, type LectureModule } from './useLectureModule';
import { useNav } from './useNav';
import './lecture.css';
import './presenter.css';

/** `/presenter/<slug>[/<slide>[/<step>]]`: the presenter window. */
export function PresenterPage({ slug }: { slug: string }) {
  const chapter = chapterBySlug(slug, useLang());
  const module = useLectureModule(slug);
  const t = useT();
  usePageTitle();
  useHydratedMarker();
  if (!chapter) {
    return (
      <Layout>
        <NotFound />
      </Layout>
    );
  }
  if (!module) return <p className="lecture-loading">{t('lecture.loadingPresenter')}</p>;
  return <Presenter chapter={chapter} module={module} />;
}

/** Elapsed time (with pause and reset) and the time of day. */
function Clocks() {
  const now = useNow();
  const paused = stopwatchPaused();
  const t = useT();
  return (
    <div className="presenter-clocks">
      <span className="presenter-elapsed">
        {t('lecture.elapsed')} <strong data-elapsed>{formatDuration(elapsedAt(now))}</strong>
      </span>
      <button
        type="button"
        onClick={toggleStopwatch}
        aria-label={paused ? t('lecture.resumeTimer') : t('lecture.pauseTimer')}
      >
        <span aria-hidden="true">{paused ? '▶' : '❚❚'}</span>
      </button>
      <button type="button" onClick={resetStopwatch} aria-label={t('lecture.resetTimer')}>
        <span aria-hidden="true">↺</span>
      </button>
      <span className="presenter-clock">
        {t('lecture.clock')}{' '}
        <strong data-clock>
          {now ? new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '--:--'}
        </strong>
      </span>
    </div>
  );
}

function Presenter({ chapter, module }: { chapter: ChapterEntry; module: LectureModule }) {
  const slug = chapter.slug;
  const slides = useMemo(() => deckSlides(chapter, module), [chapter, module]);
  const shape = useMemo(() => deckShape(module.slides), [module]);
  const [blank, setBlank] = useState(false);
  const [labs, setLabs] = useState<LabSnapshot[]>([]);
  const [dialog, setDialog] = useState<'help' | 'goto' | null>(null);
  const t = useT();
  const { base } = useRouter(); // the site's base, plus /zh in the Chinese edition

  const onMessage = (message: LectureMessage) => {
    if (message.kind === 'nav') nav.go(message, { broadcast: false });
    else if (message.kind === 'welcome') {
      nav.go(message, { broadcast: false });
      setBlank(message.blank);
    } else if (message.kind === 'blank') setBlank(message.blank);
    else if (message.kind === 'labs') setLabs(message.labs);
  };
  const post = useLectureChannel(slug, 'presenter', { onMessage, onOpen: (send) => send({ kind: 'hello' }) });
  const nav = useNav('presenter', slug, shape, (position: DeckPosition) => post({ kind: 'nav', ...position }));
  const { slide, step } = nav.position;
  const next = nextPosition(nav.position, shape);

  const toggleBlank = () => {
    setBlank(!blank);
    post({ kind: 'blank', blank: !blank });
  };
  const act = (action: LectureAction) => {
    if (dialog && action !== 'escape' && action !== 'help') return;
    if (action === 'next') nav.next();
    else if (action === 'previous') nav.previous();
    else if (action === 'first') nav.first();
    else if (action === 'last') nav.last();
    else if (action === 'goto') setDialog('goto');
    else if (action === 'blank') toggleBlank();
    else if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'help') setDialog((open) => (open === 'help' ? null : 'help'));
    else if (action === 'escape') setDialog(null);
  };
  useLectureKeys('presenter', act);

  const nextLabel = !next
    ? t('lecture.end')
    : next.slide === slide
      ? t('lecture.nextStep', { step: next.step, steps: shape[slide] })
      : `${t('lecture.nextSlide', { n: next.slide + 1 })}${slides[next.slide]?.title ? ` · ${slides[next.slide].title}` : ''}`;

  return (
    <div className="presenter" data-slide-index={slide} data-step-index={step} data-blank={blank ? 'true' : undefined}>
      <header className="presenter-header">
        <h1>{chapter.title}</h1>
        <p className="presenter-counter" data-counter>
          {t('lecture.counter', { n: slide + 1, total: nav.total })}
          {nav.steps > 0 && t('lecture.counterStep', { step, steps: nav.steps })}
        </p>
        <Clocks />
      </header>
      <section className="presenter-current" aria-label={t('lecture.current')}>
        <Preview chapter={chapter} module={module} slides={slides} position={nav.position} labs={labs} />
        {blank && <p className="presenter-blank-note">{t('lecture.blankNote')}</p>}
      </section>
      <section className="presenter-next" aria-label={t('lecture.nextRegion')}>
        <p className="presenter-next-label">{nextLabel}</p>
        {next && <Preview chapter={chapter} module={module} slides={slides} position={next} labs={labs} />}
      </section>
      <section className="presenter-notes prose" aria-label={t('lecture.notes')}>
        <SpeakerNotes chapter={chapter} module={module} slides={slides} slide={slide} />
      </section>
      <nav className="presenter-controls" aria-label={t('lecture.presenterControls')}>
        <button type="button" onClick={() => nav.previous()}>
          {t('lecture.previous')}
        </button>
        <button type="button" onClick={() => nav.next()}>
          {t('lecture.next')}
        </button>
        <button type="button" aria-pressed={blank} onClick={toggleBlank}>
          {t('lecture.blank')}
        </button>
        <button
          type="button"
          onClick={() => window.open(`${base}${deckPath('lecture', slug, nav.position)}`, `lecture-${slug}`)}
        >
          {t('lecture.audience')}
        </button>
        <button type="button" onClick={() => setDialog('help')}>
          {t('lecture.help')}
        </button>
      </nav>
      {dialog === 'help' && <HelpDialog view="presenter" onClose={() => setDialog(null)} />}
      {dialog === 'goto' && (
        <GotoDialog
          current={slide}
          total={nav.total}
          onGo={(index) => {
            nav.go({ slide: index, step: 0 });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
