import { useSyncExternalStore } from 'react';

export type ThemePreference = 'auto' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

/** localStorage key; the inline script in index.html reads the same key before first paint. */
export const THEME_KEY = 'book-theme';
const ORDER: ThemePreference[] = ['auto', 'light', 'dark'];

const listeners = new Set<() => void>();
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

function resolve(preference: ThemePreference): Theme {
  if (preference !== 'auto') return preference;
  return darkQuery().matches ? 'dark' : 'light';
}

function apply(preference: ThemePreference): void {
  document.documentElement.dataset.theme = resolve(preference);
  document.documentElement.dataset.themePreference = preference;
}

export function setThemePreference(preference: ThemePreference): void {
  try {
    if (preference === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, preference);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
  apply(preference);
  listeners.forEach((listener) => listener());
}

export function nextPreference(preference: ThemePreference): ThemePreference {
  return ORDER[(ORDER.indexOf(preference) + 1) % ORDER.length];
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const query = darkQuery();
  const onSystemChange = () => {
    apply(readPreference());
    listener();
  };
  query.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(listener);
    query.removeEventListener('change', onSystemChange);
  };
}

/** The reader's preference (auto/light/dark); 'auto' while prerendering. */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, readPreference, () => 'auto');
}

/** The theme in effect (light/dark); 'light' while prerendering. */
export function useTheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'),
    () => 'light',
  );
}
