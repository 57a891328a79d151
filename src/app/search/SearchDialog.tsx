import type MiniSearch from 'minisearch';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { useLang } from '../../i18n/useLang';
import { highlight, snippet, type Part } from './highlight';
import { loadSearchIndex } from './load-index';
import { queryOptions, type SearchSection, type StoredSection } from './options';
import { searchStrings } from './strings';

const MAX_RESULTS = 20;

interface Hit extends StoredSection {
  id: string;
  terms: string[];
}

function Marked({ parts }: { parts: Part[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

/** Scrolls to the heading `anchor` once it is on the page (a chapter loads its module first) and focuses it. */
function revealHeading(anchor: string): void {
  let frames = 0;
  const attempt = () => {
    const heading = anchor ? document.getElementById(anchor) : null;
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.scrollIntoView();
      heading.focus({ preventScroll: true });
    } else if (!anchor) {
      window.scrollTo(0, 0);
    } else if (++frames < 120) {
      requestAnimationFrame(attempt);
    }
  };
  requestAnimationFrame(attempt);
}

/**
 * The search dialog (opened by ./SearchButton.tsx): a combobox over a listbox of sections. Typing
 * searches the edition's index (loaded on first open); ↑/↓ choose, Enter or a click opens the
 * section, Esc closes and focus returns to where it was.
 */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const lang = useLang();
  const words = searchStrings[lang];
  const [, navigate] = useLocation();
  const [index, setIndex] = useState<MiniSearch<SearchSection>>();
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    let cancelled = false;
    loadSearchIndex(lang).then(
      (loaded) => !cancelled && setIndex(loaded),
      (failure: unknown) => !cancelled && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      cancelled = true;
    };
  }, [lang]);

  const hits = useMemo<Hit[]>(() => {
    if (!index || !query.trim()) return [];
    return index
      .search(query, queryOptions(lang))
      .slice(0, MAX_RESULTS)
      .map((result) => ({ ...(result as unknown as StoredSection), id: String(result.id), terms: result.terms }));
  }, [index, query, lang]);

  const open = (hit: Hit) => {
    onClose();
    navigate(`/chapters/${hit.slug}${hit.anchor ? `#${hit.anchor}` : ''}`);
    revealHeading(hit.anchor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length > 0) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) open(hit);
    } else if (event.key === 'Tab') {
      // Focus stays inside the dialog: the search box and the close button.
      event.preventDefault();
      (document.activeElement === input.current ? closeButton : input).current?.focus();
    }
  };

  const status = error
    ? `${words.failed}: ${error}`
    : !index
      ? words.loading
      : query.trim()
        ? hits.length > 0
          ? words.count(hits.length)
          : words.none
        : words.hint;
  const optionId = (i: number) => `${id}-option-${i}`;
  const current = Math.min(active, hits.length - 1);

  return (
    <div className="search-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={words.label}
        className="search-dialog"
        data-search-dialog
        onKeyDown={onKeyDown}
      >
        <div className="search-bar">
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-label={words.label}
            aria-expanded={hits.length > 0}
            aria-controls={`${id}-results`}
            aria-autocomplete="list"
            aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
            placeholder={words.placeholder}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
          />
          <button ref={closeButton} type="button" className="search-close" onClick={onClose}>
            {words.close}
          </button>
        </div>
        <p className="search-status" role={error ? 'alert' : 'status'}>
          {status}
        </p>
        <ul role="listbox" id={`${id}-results`} aria-label={words.results} className="search-results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className="search-result"
              data-slug={hit.slug}
              data-anchor={hit.anchor}
              onMouseMove={() => setActive(i)}
              onClick={() => open(hit)}
            >
              <span className="search-result-chapter">
                {hit.label}. {hit.chapter}
              </span>
              <span className="search-result-heading">
                <Marked parts={highlight(hit.heading, hit.terms)} />
              </span>
              <span className="search-result-text">
                <Marked parts={highlight(snippet(hit.text, hit.terms), hit.terms)} />
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
