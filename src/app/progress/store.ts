import { useSyncExternalStore } from 'react';
import { EMPTY_PROGRESS, parseProgress, PROGRESS_KEY, serializeProgress, type Progress } from '../../lib/progress';

/**
 * The reader's progress (src/lib/progress.ts) in localStorage, as a React store: every
 * component showing it re-renders when it changes, in this tab or another. Empty while
 * prerendering; components show progress only after hydration (useHydrated).
 */

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Progress = EMPTY_PROGRESS;

function readRaw(): string | null {
  try {
    return localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null; // storage blocked (private mode, policy): no progress is kept
  }
}

function snapshot(): Progress {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseProgress(raw);
  }
  return cached;
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

/** Applies `change` to the stored progress (nothing is written when it returns the same object). */
export function updateProgress(change: (progress: Progress) => Progress): void {
  const before = snapshot();
  const after = change(before);
  if (after === before) return;
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(after));
  } catch {
    return;
  }
  notify();
}

/** Forgets all progress. */
export function resetProgress(): void {
  try {
    localStorage.removeItem(PROGRESS_KEY);
  } catch {
    return;
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY_PROGRESS);
}
