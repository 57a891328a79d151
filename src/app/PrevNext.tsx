import { Link } from 'wouter';
import { neighbours } from './chapters';

export function PrevNext({ slug }: { slug: string }) {
  const { prev, next } = neighbours(slug);
  return (
    <nav className="prev-next" aria-label="Previous and next chapter">
      {prev ? (
        <Link href={`/chapters/${prev.slug}`} rel="prev" className="prev">
          <span className="prev-next-label">← Previous</span>
          <span>
            {prev.label}. {prev.title}
          </span>
        </Link>
      ) : (
        <Link href="/" rel="prev" className="prev">
          <span className="prev-next-label">← Contents</span>
          <span>All chapters</span>
        </Link>
      )}
      {next && (
        <Link href={`/chapters/${next.slug}`} rel="next" className="next">
          <span className="prev-next-label">Next →</span>
          <span>
            {next.label}. {next.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
