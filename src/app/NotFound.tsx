import { Link } from 'wouter';
import { usePageTitle } from './usePageTitle';

export function NotFound() {
  usePageTitle();
  return (
    <div className="prose not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. The <Link href="/">contents</Link> lists every chapter.
      </p>
    </div>
  );
}
