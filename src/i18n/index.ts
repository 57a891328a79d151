import { createInstance, type TFunction } from 'i18next';
import { useMemo } from 'react';
import { en } from './en';
import type { Lang } from './lang';
import { useLang } from './useLang';
import { zh } from './zh';

export { en, zh };
export type { Messages } from './en';
export { HTML_LANG, LANGS, localizedPath, splitLang, langFromPath, type Lang } from './lang';
export { LangProvider, useLang, useSiteBase } from './useLang';

/** Every language's interface strings, by language. */
export const resources = { en, zh } as const;

/**
 * One i18next instance holding both languages, initialised synchronously (the strings are
 * bundled, nothing is fetched) so the first render, on the server too, has them. Its own
 * `language` is never changed: each render asks for its edition's language explicitly.
 */
export const i18n = createInstance();
void i18n.init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh'],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
});

/**
 * `t` for the page's edition (see useLang). The strings are static and each edition's language is
 * fixed, so a `t` bound to the language is all a component needs: react-i18next's
 * `useTranslation` (language changes, lazy namespaces, Suspense) would add ~2 KB of gzip to every
 * page for nothing (the JS budget, scripts/js-budget.ts, is tight on text-only chapters).
 */
export function useT(): TFunction {
  const lang = useLang();
  return useMemo(() => i18n.getFixedT(lang), [lang]);
}

/** `t` for a language outside React (page titles in the prerender, tests). */
export function tFor(lang: Lang): TFunction {
  return i18n.getFixedT(lang);
}
