import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * True inside the whole-book print page (/print): labs show their static description instead of
 * starting, and Mermaid diagrams render at once instead of when scrolled into view.
 */
export const PrintModeContext = createContext(false);

let printRequested = false;
const listeners = new Set<() => void>();

/** Asks every lazily rendered block (Mermaid) on the page to render now, because the page is about to print. */
export function requestPrintRendering(): void {
  if (printRequested) return;
  printRequested = true;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('beforeprint', requestPrintRendering);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('beforeprint', requestPrintRendering);
  };
}

/** True on the print page, and anywhere once the reader has started printing (`beforeprint`). */
export function usePrinting(): boolean {
  const requested = useSyncExternalStore(
    subscribe,
    () => printRequested,
    () => false,
  );
  return useContext(PrintModeContext) || requested;
}

/**
 * Renders every lazy block, waits (at most `timeoutMs`) until no Mermaid diagram is pending, then
 * opens the browser's print dialog: Ctrl+P alone cannot wait for diagrams that render on `beforeprint`.
 */
export async function printWhenReady(timeoutMs = 15_000): Promise<void> {
  requestPrintRendering();
  const pending = () => document.querySelector('[data-mermaid="pending"]') !== null;
  await new Promise<void>((resolve) => {
    if (!pending()) return resolve();
    const observer = new MutationObserver(() => !pending() && done());
    const timer = setTimeout(done, timeoutMs);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-mermaid'] });
  });
  window.print();
}
