import { useEffect, useSyncExternalStore } from 'react';

/**
 * Small browser hooks for the lecture views: the viewport size, the screen wake lock and the
 * "hydrated" marker the browser tests wait for.
 */

function subscribeResize(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

/** `width x height` of the window as one string (a stable snapshot); '' while prerendering. */
function viewportSnapshot(): string {
  return `${window.innerWidth}x${window.innerHeight}`;
}

/** The window's size in CSS pixels; undefined while prerendering and hydrating. */
export function useViewport(): { width: number; height: number } | undefined {
  const snapshot = useSyncExternalStore(subscribeResize, viewportSnapshot, () => '');
  if (!snapshot) return undefined;
  const [width, height] = snapshot.split('x').map(Number);
  return { width, height };
}

/**
 * Keeps the screen awake while `active` (Screen Wake Lock API where the browser has it; the
 * lock is dropped when the tab is hidden, so it is asked for again when it comes back).
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | undefined;
    let released = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (released) void lock.release();
          else sentinel = lock;
        },
        () => undefined, // Not allowed here (no user gesture, battery saver, headless): nothing to do.
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      released = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}

/** Marks the document as interactive, like the book's Layout does (the browser tests wait for it). */
export function useHydratedMarker(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
}
