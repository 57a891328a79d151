import { Link } from 'wouter';
import { useT } from '../i18n';
import { usePageTitle } from './usePageTitle';

export function NotFound() {
  usePageTitle();
  const t = useT();
  return (
    <div className="prose not-found">
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.before')}
        <Link href="/">{t('notFound.link')}</Link>
        {t('notFound.after')}
      </p>
    </div>
  );
}
