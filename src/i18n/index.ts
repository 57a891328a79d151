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

/**
 * Adds one figure's strings, both languages, to the instance under `figures.<name>`. Each
 * src/i18n/figures/<figure>.ts calls it when it loads, and each figure component imports the
 * strings module it uses: the strings travel in the chunk of the chapters that show the figure,
 * not in every page's JavaScript (all of them are ~21 KB of gzip; the budget is scripts/js-budget.ts).
 * It lives here, in the main chunk, with `fill`, so that those chapters load no extra chunk for them.
 */
export function registerFigureStrings(name: string, en: object, zh: object): void {
  i18n.addResourceBundle('en', 'translation', { figures: { [name]: en } }, true, true);
  i18n.addResourceBundle('zh', 'translation', { figures: { [name]: zh } }, true, true);
}

export { fill } from './fill';
