/**
 * Debug switches for the training labs, read from the page's query string. They exist for the
 * fault suite (tests/e2e/faults.test.ts) and for instructors checking a machine; readers never
 * see them unless they type them:
 *
 *   ?debug=faults            show a "Simulate WebGL context loss" button in the MNIST, sentiment
 *                            and transfer labs
 *   ?debug=faults&subset=256 train (and validate, and test) the MNIST lab on the first 256 /
 *                            64 / 64 digits only, for quick soak runs
 */
export interface LabDebug {
  /** Fault-injection controls are offered. */
  faults: boolean;
  /** Training examples to keep (validation and test keep a quarter as many); null = all. */
  subset: number | null;
}

export const NO_DEBUG: LabDebug = { faults: false, subset: null };

/** Pure: the debug switches in `search` (a query string, with or without "?"). */
export function readLabDebug(search: string): LabDebug {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if (!params.getAll('debug').includes('faults')) return NO_DEBUG;
  const subset = Number(params.get('subset'));
  return { faults: true, subset: Number.isInteger(subset) && subset >= 4 ? subset : null };
}

/** The page's debug switches (none during prerendering, where there is no `location`). */
export function pageLabDebug(): LabDebug {
  return typeof location === 'undefined' ? NO_DEBUG : readLabDebug(location.search);
}
