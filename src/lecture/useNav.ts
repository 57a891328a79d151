import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useRouter } from 'wouter';
import {
  START,
  clampPosition,
  deckPath,
  endPosition,
  nextPosition,
  parseDeckPath,
  previousPosition,
  samePosition,
  type DeckPosition,
  type DeckShape,
  type DeckView,
} from './positions';

/** Typed navigation through one deck; the URL is the single source of truth for the position. */
export interface Nav {
  position: DeckPosition;
  /** Number of slides, title slide included. */
  total: number;
  /** Steps of the current slide. */
  steps: number;
  /** Moves to `position` (clamped). `broadcast: false` for moves that came from the other window. */
  go(position: DeckPosition, options?: { broadcast?: boolean }): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
}

/**
 * The position in the address bar right now (read at call time, so fast key presses add up).
 * `base` is the router's base: the site's base, plus `/zh` in the Chinese edition.
 */
function livePosition(fallback: DeckPosition, base: string): DeckPosition {
  if (typeof window === 'undefined') return fallback;
  const path = window.location.pathname.slice(base.length) || '/';
  return parseDeckPath(decodeURI(path))?.position ?? fallback;
}

/**
 * Reads the position from the URL (`/lecture/<slug>/<slide>/<step>`, see ./deck.ts) and moves
 * by replacing the URL, so reload and "send me this slide" work and Back leaves the lecture.
 * `onMove` hears about every move made here (not those with `broadcast: false`).
 */
export function useNav(view: DeckView, slug: string, shape: DeckShape, onMove?: (position: DeckPosition) => void): Nav {
  const [location, navigate] = useLocation();
  const { base } = useRouter();
  const moved = useRef(onMove);
  useEffect(() => {
    moved.current = onMove;
  });
  const parsed = parseDeckPath(location)?.position ?? START;
  const position = clampPosition(parsed, shape);
  const { slide, step } = position;

  // Fix the address of a position out of range (or spelled differently, e.g. a trailing slash).
  useEffect(() => {
    const canonical = deckPath(view, slug, { slide, step });
    if (location !== canonical) navigate(canonical, { replace: true });
  }, [location, navigate, view, slug, slide, step]);

  const go = useCallback(
    (target: DeckPosition, options: { broadcast?: boolean } = {}) => {
      const clamped = clampPosition(target, shape);
      if (!samePosition(clamped, clampPosition(livePosition(clamped, base), shape))) {
        navigate(deckPath(view, slug, clamped), { replace: true });
      }
      if (options.broadcast !== false) moved.current?.(clamped);
    },
    [navigate, shape, slug, view, base],
  );

  return useMemo(() => {
    const current = () => clampPosition(livePosition({ slide, step }, base), shape);
    const move = (target: DeckPosition | undefined) => target && go(target);
    return {
      position: { slide, step },
      total: shape.length,
      steps: shape[slide] ?? 0,
      go,
      next: () => move(nextPosition(current(), shape)),
      previous: () => move(previousPosition(current(), shape)),
      first: () => go(START),
      last: () => go(endPosition(shape)),
    };
  }, [go, shape, slide, step, base]);
}
