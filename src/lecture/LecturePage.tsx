import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useRouter } from 'wouter';
import { chapterBySlug } from '../app/chapters';
import { Layout } from '../app/Layout';
import { NotFound } from '../app/NotFound';
import { usePageTitle } from '../app/usePageTitle';
import { useT } from '../i18n';
import { useLang } from '../i18n/useLang';
import type { ChapterEntry } from '../mdx/frontmatter';
import type { DeckRendering } from './context';
import { Deck, deckSlides } from './Deck';
import { deckPath, deckShape, type DeckPosition } from './positions';
import { GotoDialog, HelpDialog } from './dialogs';
import type { LectureAction } from './keymap';
import { useLabBroadcast } from './lab-broadcast';
import { LectureToolbar } from './LectureToolbar';
import { NO_ZOOM, Stage, type Tool, type Zoom } from './Stage';
import { useLectureChannel, type LectureMessage } from './sync';
import { useHydratedMarker, useWakeLock } from './useBrowser';
import { useLectureKeys } from './useLectureKeys';
import { useLectureModule, type LectureModule } from './useLectureModule';
import { useNav } from './useNav';
import './lecture.css';
import './print.css';

/** One slide per printed page, at the slide's own size (only while a lecture is on screen). */
const PRINT_PAGE = '@page { size: 1280px 720px; margin: 0; }';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** `/lecture/<slug>[/<slide>[/<step>]]`: the audience window. */
export function LecturePage({ slug }: { slug: string }) {
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
  if (!module) return <p className="lecture-loading">{t('lecture.loading')}</p>;
  return <Lecture chapter={chapter} module={module} />;
}

function Lecture({ chapter, module }: { chapter: ChapterEntry; module: LectureModule }) {
  const slug = chapter.slug;
  const slides = useMemo(() => deckSlides(chapter, module), [chapter, module]);
  const shape = useMemo(() => deckShape(module.slides), [module]);
  const [blank, setBlank] = useState(false);
  const [overview, setOverview] = useState(false);
  const [dialog, setDialog] = useState<'help' | 'goto' | null>(null);
  const [tool, setTool] = useState<Tool>('none');
  const [zoom, setZoom] = useState<Zoom>(NO_ZOOM);
  const [clears, setClears] = useState(0);
  const [printNotes, setPrintNotes] = useState(false);
  const [idle, setIdle] = useState(false);
  const idleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pointer = useRef({ x: NO_ZOOM.x, y: NO_ZOOM.y });
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  const t = useT();
  const { base } = useRouter(); // the site's base, plus /zh in the Chinese edition

  const onMessage = (message: LectureMessage) => {
    if (message.kind === 'nav') nav.go(message, { broadcast: false });
    else if (message.kind === 'blank') setBlank(message.blank);
    else if (message.kind === 'hello') {
      post({ kind: 'welcome', ...nav.position, blank });
      sendLabs();
    }
  };
  const post = useLectureChannel(slug, 'audience', {
    onMessage,
    onOpen: (send) => send({ kind: 'nav', ...nav.position }),
  });
  const nav = useNav('lecture', slug, shape, (position: DeckPosition) => post({ kind: 'nav', ...position }));
  const sendLabs = useLabBroadcast(root, post);
  const { slide, step } = nav.position;
  useWakeLock(true);

  const wake = () => {
    setIdle(false);
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => setIdle(true), 2500);
  };
  useEffect(() => {
    idleTimer.current = setTimeout(() => setIdle(true), 3000);
    return () => clearTimeout(idleTimer.current);
  }, []);
  useEffect(() => {
    if (overview) document.querySelector('.deck [data-current]')?.scrollIntoView({ block: 'center' });
  }, [overview]);

  const setBlankEverywhere = (value: boolean) => {
    setBlank(value);
    post({ kind: 'blank', blank: value });
  };

  const act = (action: LectureAction) => {
    if (dialog && action !== 'escape' && action !== 'help') return;
    const toggleTool = (which: Tool) => setTool((current) => (current === which ? 'none' : which));
    switch (action) {
      case 'next':
        return nav.next();
      case 'previous':
        return nav.previous();
      case 'first':
        return nav.first();
      case 'last':
        return nav.last();
      case 'goto':
        return setDialog('goto');
      case 'overview':
        return setOverview((open) => !open);
      case 'fullscreen':
        return toggleFullscreen();
      case 'blank':
        return setBlankEverywhere(!blank);
      case 'presenter':
        window.open(`${base}${deckPath('presenter', slug, nav.position)}`, `presenter-${slug}`, 'popup');
        return;
      case 'laser':
        return toggleTool('laser');
      case 'draw':
        return toggleTool('draw');
      case 'clear':
        return setClears((n) => n + 1);
      case 'zoom-in': {
        const at = pointer.current;
        return setZoom((z) => ({ scale: Math.min(4, z.scale * 1.5), ...(z.scale === 1 ? at : { x: z.x, y: z.y }) }));
      }
      case 'zoom-out':
        return setZoom((z) => (z.scale / 1.5 <= 1.01 ? NO_ZOOM : { ...z, scale: z.scale / 1.5 }));
      case 'zoom-reset':
        return setZoom(NO_ZOOM);
      case 'help':
        return setDialog((open) => (open === 'help' ? null : 'help'));
      case 'escape':
        if (dialog) return setDialog(null);
        if (overview) return setOverview(false);
        if (tool !== 'none') return setTool('none');
        if (zoom.scale !== 1) return setZoom(NO_ZOOM);
        if (blank) return setBlankEverywhere(false);
    }
  };
  useLectureKeys('audience', act);

  const rendering = useMemo<DeckRendering>(
    () => ({
      id,
      mode: 'audience',
      slide,
      step,
      slides,
      overview,
      onPick: (index) => {
        nav.go({ slide: index, step: 0 });
        setOverview(false);
      },
    }),
    [id, slide, step, slides, overview, nav],
  );

  return (
    <div
      ref={root}
      className="lecture"
      data-overview={overview ? 'true' : undefined}
      data-print-notes={printNotes ? 'true' : undefined}
      data-idle={idle ? 'true' : undefined}
      onPointerMove={wake}
    >
      <style>{PRINT_PAGE}</style>
      <Stage
        slide={slide}
        step={step}
        overview={overview}
        tool={tool}
        zoom={zoom}
        drawing={`${slide}-${clears}`}
        onSwipe={(direction) => (direction === 'next' ? nav.next() : nav.previous())}
        onPointerAt={(point) => (pointer.current = point)}
      >
        <Deck chapter={chapter} module={module} rendering={rendering} />
      </Stage>
      {blank && <div className="lecture-blank" data-blank="true" onClick={() => setBlankEverywhere(false)} />}
      <LectureToolbar
        slug={slug}
        slide={slide}
        total={nav.total}
        step={step}
        steps={nav.steps}
        overview={overview}
        blank={blank}
        tool={tool}
        printNotes={printNotes}
        onAction={act}
        onPrintNotes={() => setPrintNotes((on) => !on)}
      />
      <p className="lecture-live" aria-live="polite">
        {t('lecture.live', { n: slide + 1, total: nav.total, title: slides[slide]?.title ?? '' })}
      </p>
      {dialog === 'help' && <HelpDialog view="audience" onClose={() => setDialog(null)} />}
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
