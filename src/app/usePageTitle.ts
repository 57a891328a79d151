import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { pageMeta } from './routes';

/** Keeps document.title in step with client-side navigation (prerendered pages have it already). */
export function usePageTitle(): void {
  const [location] = useLocation();
  useEffect(() => {
    document.title = pageMeta(location).title;
  }, [location]);
}
