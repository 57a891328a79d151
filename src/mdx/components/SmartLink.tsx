import type { ComponentProps } from 'react';
import { Link } from 'wouter';
import { splitLang } from '../../i18n/lang';
import { useLang, useSiteBase } from '../../i18n/useLang';

/**
 * Internal links go through the router (so they respect the base path); others open as usual.
 * A translated chapter's links were moved under its edition at compile time (`/zh/chapters/x`,
 * src/mdx/plugins/localize-links.ts): inside that edition's router they are relative to it,
 * links into the other edition are absolute.
 */
export function SmartLink({ href = '', ...props }: ComponentProps<'a'>) {
  const lang = useLang();
  const siteBase = useSiteBase();
  if (href.startsWith('/')) {
    const target = splitLang(href);
    if (target.lang === lang) return <Link href={lang === 'en' ? href : target.path} {...props} />;
    return <Link href={`~${siteBase}${href}`} {...props} />;
  }
  if (/^https?:\/\//.test(href)) return <a href={href} rel="noopener noreferrer" {...props} />;
  return <a href={href} {...props} />;
}
