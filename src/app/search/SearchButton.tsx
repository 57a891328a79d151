import { lazy, Suspense, useEffect, useState } from 'react';
import { useLang } from '../../i18n/useLang';
import { searchStrings } from './strings';
import './search.css';

const SearchDialog = lazy(() => import('./SearchDialog'));

/** Whether a key press is typing into a field (where `/` is a character, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The header's search button. It, Ctrl+K / ⌘K anywhere, and `/` outside text fields open the search
 * dialog; the dialog's code and the index load on first use, never with the page.
 */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const words = searchStrings[useLang()];
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      if (event.defaultPrevented) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="search-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">⌕</span> {words.button} <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
