import { memo, useState } from 'react';
import { localizedPath, useLang, useT } from '../../i18n';
import '../../i18n/lab-strings';

/** A link to this experiment on the lab's own page (in the reader's edition), with a button that copies it. */
export const ShareLink = memo(function ShareLink({ query }: { query: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const lang = useLang();
  const href = `${import.meta.env.BASE_URL}${localizedPath('/labs/mlp', lang).slice(1)}?${query}`;
  const absolute = typeof window === 'undefined' ? href : new URL(href, window.location.origin).href;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <p className="mlp-share">
      <a href={href}>{t('labUi.mlp.shareLink')}</a>
      {t('labUi.mlp.shareNote')}{' '}
      <button type="button" onClick={() => void copy()}>
        {copied ? t('labUi.mlp.copied') : t('labUi.mlp.copyLink')}
      </button>
    </p>
  );
});
