import { useSyncExternalStore } from 'react';

/**
 * The offline state of the site, from the service worker that scripts/pwa/service-worker.ts
 * generates at build time:
 * - `none`: no service worker (development, an old browser, or registration refused);
 * - `installing`: the first visit is caching the book;
 * - `ready`: everything precached and the worker active: the book works without a network;
 * - `update`: a new version is installed and waits for the reader to reload (see {@link applyUpdate}).
 */
export type OfflineState = 'none' | 'installing' | 'ready' | 'update';

let state: OfflineState = 'none';
let registration: ServiceWorkerRegistration | undefined;
let reloadOnChange = false;
const listeners = new Set<() => void>();

function set(next: OfflineState): void {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

function refresh(): void {
  if (!registration) return set('none');
  if (registration.waiting && navigator.serviceWorker.controller) return set('update');
  if (registration.active) return set('ready');
  set('installing');
}

function watch(worker: ServiceWorker | null): void {
  worker?.addEventListener('statechange', refresh);
}

async function register(url: string, scope: string): Promise<void> {
  try {
    // Resolves to undefined where a test harness stubs registration out.
    registration = (await navigator.serviceWorker.register(url, { scope })) ?? undefined;
  } catch {
    registration = undefined; // no offline copy; the site works as before
  }
  if (!registration) return refresh();
  const current = registration;
  watch(current.installing);
  watch(current.waiting);
  watch(current.active);
  current.addEventListener('updatefound', () => {
    watch(current.installing);
    refresh();
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadOnChange) window.location.reload();
    else refresh();
  });
  refresh();
}

/** Registers the service worker once the page has loaded, so it never competes with the first paint. */
export function registerServiceWorker(url: string, scope: string): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') void register(url, scope);
  else window.addEventListener('load', () => void register(url, scope), { once: true });
}

/** Activates the waiting version; the page reloads when it takes over. */
export function applyUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) return;
  reloadOnChange = true;
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOfflineState(): OfflineState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => 'none',
  );
}
