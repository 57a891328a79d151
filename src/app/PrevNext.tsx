import { Link } from 'wouter';
import { useT } from '../i18n';
import { useLang } from '../i18n/useLang';
import { neighbours } from './chapters';

export function PrevNext({ slug }: { slug: string }) {
  const { prev, next } = neighbours(slug, useLang());
  const t = useT();
  return (
    <nav className="prev-next" aria-label={t('chapter.navLabel')}>
      {prev ? (
        <Link href={`/chapters/${prev.slug}`} rel="prev" className="prev">
          <span className="prev-next-label">{t('chapter.previous')}</span>
          <span>
            {prev.label}. {prev.title}
          </span>
        </Link>
      ) : (
        <Link href="/" rel="prev" className="prev">
          <span className="prev-next-label">{t('chapter.contents')}</span>
          <span>{t('chapter.allChapters')}</span>
        </Link>
      )}
      {next && (
        <Link href={`/chapters/${next.slug}`} rel="next" className="next">
          <span className="prev-next-label">{t('chapter.next')}</span>
          <span>
            {next.label}. {next.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
