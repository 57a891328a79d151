import { Link, useLocation } from 'wouter';
import { chapters } from './chapters';

/** The book's chapter list; the current chapter is marked with aria-current. */
export function Sidebar({ onNavigate }: { onNavigate?: () => void }) {
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label="Chapters">
      <ol>
        {chapters.map((chapter) => {
          const href = `/chapters/${chapter.slug}`;
          const current = location === href;
          return (
            <li key={chapter.slug}>
              <Link href={href} aria-current={current ? 'page' : undefined} onClick={onNavigate}>
                <span className="chapter-number">{chapter.label}</span> {chapter.title}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
