import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** False while prerendering and during hydration, true afterwards: for browser-only UI. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
