import { localizedPath, useLang } from '../../../i18n';

/** A link to a lab page in the reader's edition (the transfer labs point at each other's track). */
export function LabLink({ lab, children }: { lab: string; children: string }) {
  const lang = useLang();
  return <a href={`${import.meta.env.BASE_URL}${localizedPath(`/labs/${lab}`, lang).slice(1)}`}>{children}</a>;
}
