import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useLang } from '../i18n/useLang';
import { pageMeta } from './routes';

/** Keeps document.title in step with client-side navigation (prerendered pages have it already). */
export function usePageTitle(): void {
  const [location] = useLocation();
  const lang = useLang();
  useEffect(() => {
    document.title = pageMeta(location, lang).title;
  }, [location, lang]);
}
