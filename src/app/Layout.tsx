import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { BOOK_TITLE } from './routes';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';

/** Header, chapter sidebar (a drawer on small screens) and the main region. */
export function Layout({ children }: { children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    // A marker for the browser tests and for CSS that should wait for interactivity.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <div className="layout" data-menu-open={menuOpen}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> Chapters
        </button>
        <Link href="/" className="brand">
          {BOOK_TITLE}
        </Link>
        <ThemeToggle />
      </header>
      <div id="sidebar" className="sidebar-region">
        <Sidebar onNavigate={() => setMenuOpen(false)} />
      </div>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
