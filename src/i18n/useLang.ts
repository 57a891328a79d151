import { createContext, useContext } from 'react';
import { useRouter } from 'wouter';
import { LANG_PREFIX, type Lang } from './lang';

export { langFromPath, localizedPath, splitLang, type Lang } from './lang';

const LangContext = createContext<Lang>('en');

/**
 * Provides the edition's language to everything below it. The app sets it from the route
 * (src/app/App.tsx: the `/zh` route nests the Chinese edition), never from the browser, so the
 * prerendered HTML and the hydrated page always agree.
 */
export const LangProvider = LangContext.Provider;

/** The language of the page being shown: 'zh' under /zh/, 'en' elsewhere (outside the app: 'en'). */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The site's base path ('' at the host's root, '/book' under a sub-path), without the edition's prefix. */
export function useSiteBase(): string {
  const { base } = useRouter();
  const prefix = LANG_PREFIX[useLang()];
  return prefix && base.endsWith(prefix) ? base.slice(0, -prefix.length) : base;
}
