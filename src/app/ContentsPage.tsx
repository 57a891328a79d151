import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../i18n';
import { shouldRedirectToZh } from '../i18n/preference';
import { useLang } from '../i18n/useLang';
import { labNames } from '../widgets/catalog';
import { loadedSummaries, loadSummaries, useChapters } from './chapters';
import { routerBase } from './routes';
import { ContinueReading } from './progress/lazy';
import { usePageTitle } from './usePageTitle';

/**
 * First visit: a reader who opens the English contents page (the site's root) and prefers
 * Chinese (stored choice, else navigator.languages) is sent to /zh/ once the page is hydrated.
 * Deep links are never redirected (src/i18n/preference.ts).
 */
function useFirstVisitRedirect(): void {
  const lang = useLang();
  const [, navigate] = useLocation();
  useEffect(() => {
    if (lang === 'en' && shouldRedirectToZh(`${routerBase}/`)) navigate(`~${routerBase}/zh/`, { replace: true });
  }, [lang, navigate]);
}

/** The edition's chapter summaries: loaded before hydration on this page, else fetched now. */
function useSummaries(): Record<string, string> | undefined {
  const lang = useLang();
  const [summaries, setSummaries] = useState(() => loadedSummaries(lang));
  useEffect(() => {
    if (summaries) return;
    let cancelled = false;
    void loadSummaries(lang).then((loaded) => {
      if (!cancelled) setSummaries(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [lang, summaries]);
  return summaries;
}

export function ContentsPage() {
  usePageTitle();
  useFirstVisitRedirect();
  const t = useT();
  const chapters = useChapters();
  const summaries = useSummaries();
  return (
    <div className="prose contents">
      <h1>{t('book.title')}</h1>
      <p className="lead">{t('contents.lead')}</p>
      <ContinueReading />
      <h2 id="chapters">{t('contents.chapters')}</h2>
      <ol className="chapter-cards">
        {chapters.map((chapter) => (
          <li key={chapter.slug} className="chapter-card">
            <Link href={`/chapters/${chapter.slug}`}>
              <span className="chapter-number">{chapter.label}</span>
              <span className="chapter-card-title">{chapter.title}</span>
            </Link>
            <p>{summaries?.[chapter.slug]}</p>
            <p className="chapter-card-meta">{t('contents.minutes', { minutes: chapter.minutes })}</p>
          </li>
        ))}
      </ol>
      <p className="print-book-link">
        <Link href="/print">{t('contents.printLink')}</Link>
        {t('contents.printAfter')}
      </p>
      <h2 id="labs">{t('contents.labs')}</h2>
      <ul className="lab-list">
        {labNames.map((name) => (
          <li key={name}>
            <Link href={`/labs/${name}`}>{t(`labs.${name}.title`)}</Link> — {t(`labs.${name}.summary`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
