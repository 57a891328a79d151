/**
 * The book's two editions and their URLs (plain functions: Node, tests and the browser use them).
 * English lives at the root (`/chapters/losses`), Chinese under `/zh/` (`/zh/chapters/losses`);
 * every other part of a path, and every heading id, is the same in both.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The `<html lang>` value of each edition. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** The path prefix of each edition ('' for English). */
export const LANG_PREFIX: Record<Lang, string> = { en: '', zh: '/zh' };

const ZH = /^\/zh(?=\/|$)/i;

/** The edition a path (router base already stripped) belongs to, and the path inside it. */
export function splitLang(path: string): { lang: Lang; path: string } {
  return ZH.test(path) ? { lang: 'zh', path: path.slice(3) || '/' } : { lang: 'en', path: path || '/' };
}

/** The edition a path belongs to: 'zh' under /zh/, 'en' elsewhere. */
export const langFromPath = (path: string): Lang => splitLang(path).lang;

/** The same page in edition `lang`: `/chapters/x` ↔ `/zh/chapters/x`, `/` ↔ `/zh/`. */
export function localizedPath(path: string, lang: Lang): string {
  const inner = splitLang(path).path;
  if (lang === 'en') return inner;
  return inner === '/' ? `${LANG_PREFIX[lang]}/` : `${LANG_PREFIX[lang]}${inner}`;
}
