import { Link } from 'wouter';
import { HTML_LANG, localizedPath, tFor, useLang, useSiteBase, useT, type Lang } from '../i18n';
import { usePageTitle } from './usePageTitle';

/**
 * The page for an unknown address, in the edition's language and, below, in the other one (a static
 * host serves one 404 page for every edition): each with a link to its edition's contents.
 */
export function NotFound() {
  usePageTitle();
  const t = useT();
  const other: Lang = useLang() === 'en' ? 'zh' : 'en';
  const tOther = tFor(other);
  const siteBase = useSiteBase();
  return (
    <div className="prose not-found">
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.before')}
        <Link href="/">{t('notFound.link')}</Link>
        {t('notFound.after')}
      </p>
      <p lang={HTML_LANG[other]} className="not-found-other">
        <strong>{tOther('notFound.title')}</strong>
        <br />
        {tOther('notFound.before')}
        <a href={`${siteBase}${localizedPath('/', other)}`} hrefLang={HTML_LANG[other]}>
          {tOther('notFound.link')}
        </a>
        {tOther('notFound.after')}
      </p>
    </div>
  );
}
