import { useEffect } from 'react';

/**
 * Makes the page's scrolling regions reachable by keyboard (src/lib/keyboard-scroll.ts), loaded
 * as its own small chunk once the page is interactive.
 */
export function useKeyboardScrollables(): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./keyboard-scroll').then(({ watchKeyboardScrollables }) => {
      if (!cancelled) stop = watchKeyboardScrollables();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}
