import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n';
import { useLang, type Lang } from '../i18n/useLang';
import { chapterBySlug, loadChapter, loadedChapter, type ChapterModule } from './chapters';
import { NotFound } from './NotFound';
import { PrevNext } from './PrevNext';
import { PrintButton } from './PrintButton';
import { Toc } from './Toc';
import { usePageTitle } from './usePageTitle';
import { useRecordProgress } from './progress/useRecordProgress';

/**
 * The chapter's compiled module: present at once after prerender + preload, loaded otherwise.
 * (The route remounts this page per slug, so `slug` never changes for one instance.)
 */
function useChapterModule(slug: string, lang: Lang): ChapterModule | undefined {
  const [module, setModule] = useState(() => loadedChapter(slug, lang));
  useEffect(() => {
    if (module) return;
    let cancelled = false;
    void loadChapter(slug, lang).then((loaded) => {
      if (!cancelled) setModule(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [slug, lang, module]);
  useEffect(() => {
    if (!module) return;
    const target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [module]);
  return module;
}

export function ChapterPage({ slug }: { slug: string }) {
  const lang = useLang();
  const t = useT();
  const chapter = chapterBySlug(slug, lang);
  const module = useChapterModule(slug, lang);
  usePageTitle();
  useRecordProgress(slug, chapter ? module?.toc : undefined);
  if (!chapter) return <NotFound />;
  const Content = module?.default;
  return (
    <div className="chapter-layout">
      <article className="chapter prose" data-chapter={slug}>
        <header className="chapter-header">
          <p className="chapter-kicker">
            {t(chapter.kind === 'Appendix' ? 'chapter.kind_Appendix' : 'chapter.kind_Chapter', {
              label: chapter.label,
            })}{' '}
            · {t('chapter.minutes', { minutes: chapter.minutes })} ·{' '}
            <Link href={`/lecture/${slug}`} className="present-link">
              {t('chapter.present')}
            </Link>{' '}
            · <PrintButton />
          </p>
          <h1>{chapter.title}</h1>
          {module && (
            <>
              <p className="chapter-summary">{module.frontmatter.summary}</p>
              <section className="goals" aria-labelledby="goals-title">
                <h2 id="goals-title" className="goals-title">
                  {t('chapter.goals')}
                </h2>
                <ul>
                  {module.frontmatter.goals.map((goal) => (
                    <li key={goal}>{goal}</li>
                  ))}
                </ul>
              </section>
            </>
          )}
        </header>
        {chapter.untranslated && lang !== 'en' && (
          <p className="notice translation-missing" role="note" data-untranslated="true">
            {t('language.fallback')}
          </p>
        )}
        {Content && chapter.untranslated && lang !== 'en' ? (
          <div lang="en">
            <Content />
          </div>
        ) : Content ? (
          <Content />
        ) : (
          <p aria-busy="true">{t('chapter.loading')}</p>
        )}
        <PrevNext slug={slug} />
      </article>
      <aside className="toc-region">{module && <Toc entries={module.toc} />}</aside>
    </div>
  );
}
