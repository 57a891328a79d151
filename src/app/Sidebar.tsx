import { Link, useLocation } from 'wouter';
import { useT } from '../i18n';
import { useChapters } from './chapters';
import { ChapterProgress } from './progress/lazy';

/** The book's chapter list; the current chapter is marked with aria-current. */
export function Sidebar({ onNavigate }: { onNavigate?: () => void }) {
  const [location] = useLocation();
  const chapters = useChapters();
  const t = useT();
  return (
    <nav className="sidebar" aria-label={t('layout.menu')}>
      <ol>
        {chapters.map((chapter) => {
          const href = `/chapters/${chapter.slug}`;
          const current = location === href;
          return (
            <li key={chapter.slug}>
              <Link href={href} aria-current={current ? 'page' : undefined} onClick={onNavigate}>
                <span className="chapter-number">{chapter.label}</span> {chapter.title}
                <ChapterProgress slug={chapter.slug} exercises={chapter.exercises} />
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
