import type { ComponentProps } from 'react';
import { Link } from 'wouter';

/** Internal links go through the router (so they respect the base path); others open as usual. */
export function SmartLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  if (/^https?:\/\//.test(href)) return <a href={href} rel="noopener noreferrer" {...props} />;
  return <a href={href} {...props} />;
}
