import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useLang } from '../i18n/useLang';
import { PrintModeContext } from '../lib/print-mode';
import { loadChapter, loadedChapter, useChapters, type ChapterModule } from './chapters';
import { usePageTitle } from './usePageTitle';

/** Every chapter's module: all loaded already after prerender + preload (src/entry-client.tsx), else loaded here. */
function useAllChapters(): (ChapterModule | undefined)[] {
  const lang = useLang();
  const chapters = useChapters();
  const [modules, setModules] = useState(() => chapters.map((chapter) => loadedChapter(chapter.slug, lang)));
  useEffect(() => {
    if (modules.every(Boolean)) return;
    let cancelled = false;
    void Promise.all(chapters.map((chapter) => loadChapter(chapter.slug, lang))).then((loaded) => {
      if (!cancelled) setModules(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [modules, chapters, lang]);
  return modules;
}

/**
 * The whole book on one page, in order, for printing or saving as PDF (`/print`). Labs show a
 * static description (they do not start here) and every diagram renders at once.
 */
export function PrintPage() {
  usePageTitle();
  const t = useT();
  const chapters = useChapters();
  const modules = useAllChapters();
  return (
    <PrintModeContext.Provider value={true}>
      <div className="print-book" data-print-ready={modules.every(Boolean)}>
        <header className="prose print-book-cover">
          <h1>{t('book.title')}</h1>
          <p className="lead">{t('pages.print.lead')}</p>
          <p className="print-book-action">
            <button type="button" onClick={() => window.print()}>
              {t('pages.print.button')}
            </button>
          </p>
          <h2 id="print-contents">{t('pages.print.contents')}</h2>
          <ol className="print-book-contents">
            {chapters.map((chapter) => (
              <li key={chapter.slug}>
                <a href={`#chapter-${chapter.slug}`}>
                  {chapter.label}. {chapter.title}
                </a>
              </li>
            ))}
          </ol>
        </header>
        {chapters.map((chapter, index) => {
          const Content = modules[index]?.default;
          return (
            <article
              key={chapter.slug}
              id={`chapter-${chapter.slug}`}
              className="chapter prose print-book-chapter"
              data-chapter={chapter.slug}
            >
              <header className="chapter-header">
                <p className="chapter-kicker">
                  {t(chapter.kind === 'Appendix' ? 'chapter.kind_Appendix' : 'chapter.kind_Chapter', {
                    label: chapter.label,
                  })}
                </p>
                <h1>{chapter.title}</h1>
                <p className="chapter-summary">{modules[index]?.frontmatter.summary}</p>
              </header>
              {Content ? <Content /> : <p aria-busy="true">{t('chapter.loading')}</p>}
            </article>
          );
        })}
      </div>
    </PrintModeContext.Provider>
  );
}
