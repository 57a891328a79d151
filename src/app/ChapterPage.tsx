import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { chapterBySlug, loadChapter, loadedChapter, type ChapterModule } from './chapters';
import { NotFound } from './NotFound';
import { PrevNext } from './PrevNext';
import { Toc } from './Toc';
import { usePageTitle } from './usePageTitle';

/**
 * The chapter's compiled module: present at once after prerender + preload, loaded otherwise.
 * (The route remounts this page per slug, so `slug` never changes for one instance.)
 */
function useChapterModule(slug: string): ChapterModule | undefined {
  const [module, setModule] = useState(() => loadedChapter(slug));
  useEffect(() => {
    if (module) return;
    let cancelled = false;
    void loadChapter(slug).then((loaded) => {
      if (!cancelled) setModule(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [slug, module]);
  useEffect(() => {
    if (!module) return;
    const target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [module]);
  return module;
}

export function ChapterPage({ slug }: { slug: string }) {
  const chapter = chapterBySlug(slug);
  const module = useChapterModule(slug);
  usePageTitle();
  if (!chapter) return <NotFound />;
  const Content = module?.default;
  return (
    <div className="chapter-layout">
      <article className="chapter prose" data-chapter={slug}>
        <header className="chapter-header">
          <p className="chapter-kicker">
            {chapter.kind} {chapter.label} · about {chapter.minutes} minutes ·{' '}
            <Link href={`/lecture/${slug}`} className="present-link">
              Present this chapter
            </Link>
          </p>
          <h1>{chapter.title}</h1>
          <p className="chapter-summary">{chapter.summary}</p>
          <section className="goals" aria-labelledby="goals-title">
            <h2 id="goals-title" className="goals-title">
              After this chapter you can
            </h2>
            <ul>
              {chapter.goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
          </section>
        </header>
        {Content ? <Content /> : <p aria-busy="true">Loading the chapter…</p>}
        <PrevNext slug={slug} />
      </article>
      <aside className="toc-region">{module && <Toc entries={module.toc} />}</aside>
    </div>
  );
}
