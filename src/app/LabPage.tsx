import { useT } from '../i18n';
import { Lab } from '../widgets/Lab';
import { isLabName } from '../widgets/catalog';
import { NotFound } from './NotFound';
import { usePageTitle } from './usePageTitle';

/** A lab on its own page, full width: for projecting in class. */
export function LabPage({ name }: { name: string }) {
  usePageTitle();
  const t = useT();
  if (!isLabName(name)) return <NotFound />;
  return (
    <div className="lab-page">
      <h1>{t(`labs.${name}.title`)}</h1>
      <p>{t(`labs.${name}.summary`)}</p>
      <Lab name={name} />
    </div>
  );
}
