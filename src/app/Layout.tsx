import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { OfflineStatus } from './offline/OfflineStatus';
import { useT } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useKeyboardScrollables } from '../lib/useKeyboardScrollables';
import { SearchButton } from './search/SearchButton';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';

/** Header, chapter sidebar (a drawer on small screens) and the main region. */
export function Layout({ children }: { children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const t = useT();
  useKeyboardScrollables();
  useEffect(() => {
    // A marker for the browser tests and for CSS that should wait for interactivity.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <div className="layout" data-menu-open={menuOpen}>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> {t('layout.menu')}
        </button>
        <Link href="/" className="brand">
          {t('book.title')}
        </Link>
        <SearchButton />
        <OfflineStatus />
        <LanguageSwitch />
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
