import type { Lang } from './lang';

/** localStorage key of the reader's explicit choice (set only by the language switch). */
export const LANG_KEY = 'book-lang';

export function storedLang(): Lang | undefined {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    return stored === 'en' || stored === 'zh' ? stored : undefined;
  } catch {
    return undefined; // storage unavailable (private mode)
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // The choice then lasts for this page only.
  }
}

/** The browser's preference among the editions: the first of navigator.languages that is zh* or en*. */
export function browserLang(languages: readonly string[]): Lang | undefined {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return undefined;
}

/** The path the page was first loaded at (captured when this module loads in the browser). */
const initialPath = typeof window === 'undefined' ? undefined : window.location.pathname;

/**
 * Whether the English contents page should send the reader to /zh/: only on the page the reader
 * opened first (never after navigating inside the book), only when that page is the contents
 * (`contentsPath`, the site's root; deep links are never redirected), and only when the reader
 * chose Chinese before or has made no choice and the browser prefers Chinese.
 */
export function shouldRedirectToZh(contentsPath: string): boolean {
  if (typeof window === 'undefined' || initialPath === undefined) return false;
  const trim = (p: string) => p.replace(/\/+$/, '');
  if (trim(initialPath) !== trim(contentsPath) || trim(window.location.pathname) !== trim(contentsPath)) return false;
  const choice = storedLang() ?? browserLang(navigator.languages ?? [navigator.language]);
  return choice === 'zh';
}
