import { useSyncExternalStore } from 'react';

/**
 * A one-second clock and the presenter's elapsed-time counter, as an external store: the
 * interval runs only while something is subscribed. While prerendering and hydrating the
 * clock reads 0, so the server and first client render agree.
 */

let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

/** The presenter's stopwatch: started when first shown, paused/resumed and reset by the presenter. */
const stopwatch = { startedAt: 0, pausedAt: 0 };

function tick(): void {
  now = Date.now();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    if (!stopwatch.startedAt) stopwatch.startedAt = now;
    timer = setInterval(tick, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch, updated every second; 0 before the clock runs. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => 0,
  );
}

/** Elapsed presenting time in milliseconds at `time` (from {@link useNow}). */
export function elapsedAt(time: number): number {
  if (!time || !stopwatch.startedAt) return 0;
  return Math.max(0, (stopwatch.pausedAt || time) - stopwatch.startedAt);
}

export const stopwatchPaused = () => stopwatch.pausedAt !== 0;

/** Pauses or resumes the stopwatch. */
export function toggleStopwatch(): void {
  const time = Date.now();
  if (stopwatch.pausedAt) {
    stopwatch.startedAt += time - stopwatch.pausedAt;
    stopwatch.pausedAt = 0;
  } else {
    stopwatch.pausedAt = time;
  }
  tick();
}

/** Starts the stopwatch again from zero (keeps it paused if it was). */
export function resetStopwatch(): void {
  const time = Date.now();
  stopwatch.startedAt = time;
  if (stopwatch.pausedAt) stopwatch.pausedAt = time;
  tick();
}

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(milliseconds: number): string {
  const total = Math.floor(milliseconds / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
