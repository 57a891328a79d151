import type { MouseEvent } from 'react';
import { useLocation } from 'wouter';
import { useT } from './index';
import { HTML_LANG, localizedPath, type Lang } from './lang';
import { storeLang } from './preference';
import { useLang, useSiteBase } from './useLang';

/**
 * How far below the top of the window a heading may be and still count as "the section being
 * read": a third of the window (at least 120 px), so a heading the reader jumped to still counts
 * when figures above it finish rendering and move it a little.
 */
const readingLine = () => Math.max(120, window.innerHeight * 0.35);

/**
 * The id of the section being read: the last chapter heading (h2/h3 with an id) at or above the
 * reading line. Headings are shared by both editions, so the other edition opens at the same place.
 */
export function currentSectionId(root: ParentNode = document): string | undefined {
  let current: string | undefined;
  const line = readingLine();
  for (const heading of root.querySelectorAll<HTMLElement>('.chapter :is(h2, h3)[id]:not(.goals-title)')) {
    if (heading.getBoundingClientRect().top > line) break;
    current = heading.id;
  }
  return current;
}

/**
 * A link to the same page in the other edition (a plain link without JavaScript). With
 * JavaScript, a click also carries the section being read (`#id`), keeps the lecture's slide
 * (it is in the path) and remembers the choice for the next visit to the contents page.
 */
export function LanguageSwitch({ className = 'language-switch' }: { className?: string }) {
  const lang = useLang();
  const t = useT();
  const [location, navigate] = useLocation();
  const routerBase = useSiteBase();
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const href = `${routerBase}${localizedPath(location, other)}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    storeLang(other);
    const section = currentSectionId();
    navigate(`~${href}${section ? `#${section}` : ''}`);
  };
  return (
    <a
      href={href}
      className={className}
      hrefLang={HTML_LANG[other]}
      lang={HTML_LANG[other]}
      title={t('language.switchLabel')}
      data-lang-switch={other}
      onClick={onClick}
    >
      {t('language.switchTo')}
    </a>
  );
}
