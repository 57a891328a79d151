import { Lab } from '../widgets/Lab';
import { isLabName, labCatalog } from '../widgets/catalog';
import { NotFound } from './NotFound';
import { usePageTitle } from './usePageTitle';

/** A lab on its own page, full width: for projecting in class. */
export function LabPage({ name }: { name: string }) {
  usePageTitle();
  if (!isLabName(name)) return <NotFound />;
  return (
    <div className="lab-page">
      <h1>{labCatalog[name].title}</h1>
      <p>{labCatalog[name].summary}</p>
      <Lab name={name} />
    </div>
  );
}
