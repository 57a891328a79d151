import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { SlideContext, useDeckRendering } from './context';

/** Slide content is the book's column magnified this much (see lecture.css). */
export const BASE_ZOOM = 1.6;

/** The smallest fit: a slide whose content does not fit is shrunk at most to this fraction. */
export const MIN_FIT = 0.4;

/**
 * Content that cannot fit even at {@link MIN_FIT} (one widget taller than the screen) is shown
 * at this size instead, and the slide scrolls (`data-scroll` on the slide body).
 */
export const SCROLL_FIT = 0.7;

/**
 * Shrinks `content` (CSS zoom) until it fits in `body`, down to {@link MIN_FIT}. Zoom reflows
 * the text at the smaller size, so the slide keeps its layout. Measured with bounding boxes
 * (the stage's transform scales both alike); the fit is left in `data-fit` for the tests.
 */
function fitContent(body: HTMLElement, content: HTMLElement): void {
  const zoom = (fit: number) => (content.style.zoom = String(BASE_ZOOM * fit));
  delete body.dataset.scroll;
  zoom(1);
  const room = body.getBoundingClientRect().height;
  if (room <= 0) return;
  const height = () => content.getBoundingClientRect().height;
  let fit = 1;
  if (height() > room + 0.5) {
    fit = Math.max(MIN_FIT, room / height());
    zoom(fit);
    for (let i = 0; i < 20 && fit > MIN_FIT && height() > room + 0.5; i++) zoom((fit = Math.max(MIN_FIT, fit * 0.96)));
    if (height() > room + 0.5) {
      body.dataset.scroll = 'true';
      zoom((fit = SCROLL_FIT));
    }
  }
  content.dataset.fit = fit.toFixed(2);
}

/** Fits the slide now and again whenever its content changes size (fonts, diagrams, labs). */
function useFit() {
  const body = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const bodyElement = body.current;
    const contentElement = content.current;
    if (!bodyElement || !contentElement) return;
    let frame = 0;
    fitContent(bodyElement, contentElement);
    // Refit on the next frame, outside the observer's callback (no "ResizeObserver loop" errors).
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fitContent(bodyElement, contentElement));
    });
    observer.observe(contentElement);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return { body, content };
}

/**
 * CSS that hides the reveals of slide `slide` after step `step`: the (k = step + 1)-th step
 * element and everything after it on the slide. Step elements are top-level blocks or list
 * items with `data-step` (src/mdx/plugins/slides.ts). Screen only: print shows every step.
 */
export function stepRevealCss(deckId: string, slide: number, step: number): string {
  const k = `[data-step="${step + 1}"]`;
  const base = `[data-deck="${deckId}"] [data-slide="${slide}"] .slide-content`;
  const hidden = [`${base} > ${k}`, `${base} > ${k} ~ *`, `${base} > * > ${k}`, `${base} > * > ${k} ~ *`];
  hidden.push(`${base} > :has(> ${k}) ~ *`);
  return `@media screen{${hidden.join(',')}{visibility:hidden;opacity:0}}`;
}

/**
 * One slide in its fixed 1280×720 frame. It stays mounted while the lecture moves on (hidden),
 * so labs on it keep their state; a lab starts the first time its slide is shown (`visited`).
 */
export function SlideCell({ index, children }: { index: number; children: ReactNode }) {
  const deck = useDeckRendering();
  const info = deck.slides[index];
  const current = deck.slide === index;
  const [visited, setVisited] = useState(current);
  if (current && !visited) setVisited(true);
  const place = useMemo(() => ({ index, visited }), [index, visited]);
  const { body, content } = useFit();
  const steps = info?.steps ?? 0;
  const step = current ? deck.step : steps;
  const interactive = deck.mode === 'audience' && current && !deck.overview;
  const t = useT();
  const label = `${t('lecture.slideLabel', { n: index + 1, total: deck.slides.length })}${info?.title ? `: ${info.title}` : ''}`;
  return (
    <div className="slide-cell" data-slide={index} data-current={current ? 'true' : undefined}>
      <section className="slide-frame" aria-roledescription="slide" aria-label={label} inert={!interactive}>
        <div className="slide-body" ref={body}>
          <div className="slide-content prose" ref={content}>
            {info?.continued && (
              <p className="slide-running-title">
                {info.title} <span>{t('lecture.continued')}</span>
              </p>
            )}
            <SlideContext.Provider value={place}>{children}</SlideContext.Provider>
          </div>
        </div>
      </section>
      {step < steps && <style>{stepRevealCss(deck.id, index, step)}</style>}
      {deck.overview && deck.onPick && (
        <button
          type="button"
          className="slide-pick"
          aria-label={t('lecture.show', { label })}
          onClick={() => deck.onPick?.(index)}
        />
      )}
    </div>
  );
}
