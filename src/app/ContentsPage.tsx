import { Link } from 'wouter';
import { labCatalog, labNames } from '../widgets/catalog';
import { chapters } from './chapters';
import { BOOK_TITLE } from './routes';
import { usePageTitle } from './usePageTitle';

export function ContentsPage() {
  usePageTitle();
  return (
    <div className="prose contents">
      <h1>{BOOK_TITLE}</h1>
      <p className="lead">
        An interactive textbook on large models. Each chapter explains one idea with formulas and diagrams, then lets
        you train a real network in this page, on your own GPU through WebGL.
      </p>
      <h2 id="chapters">Chapters</h2>
      <ol className="chapter-cards">
        {chapters.map((chapter) => (
          <li key={chapter.slug} className="chapter-card">
            <Link href={`/chapters/${chapter.slug}`}>
              <span className="chapter-number">{chapter.label}</span>
              <span className="chapter-card-title">{chapter.title}</span>
            </Link>
            <p>{chapter.summary}</p>
            <p className="chapter-card-meta">About {chapter.minutes} minutes</p>
          </li>
        ))}
      </ol>
      <h2 id="labs">Labs</h2>
      <ul className="lab-list">
        {labNames.map((name) => (
          <li key={name}>
            <Link href={`/labs/${name}`}>{labCatalog[name].title}</Link> — {labCatalog[name].summary}
          </li>
        ))}
      </ul>
    </div>
  );
}
