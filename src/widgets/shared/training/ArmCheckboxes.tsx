/**
 * The arms of a comparison as a group of checkboxes (the transfer labs): which ones to train.
 * `chosen` keeps the order of `arms`.
 */
export function ArmCheckboxes<A extends string>({
  arms,
  chosen,
  label,
  labelOf,
  onChange,
}: {
  arms: readonly A[];
  chosen: readonly A[];
  /** The group's accessible name. */
  label: string;
  labelOf(arm: A): string;
  onChange(chosen: A[]): void;
}) {
  const toggle = (arm: A, on: boolean) => onChange(arms.filter((a) => (a === arm ? on : chosen.includes(a))));
  return (
    <div role="group" aria-label={label} className="transfer-arms">
      {arms.map((arm) => (
        <label key={arm} className="check">
          <input type="checkbox" checked={chosen.includes(arm)} onChange={(e) => toggle(arm, e.target.checked)} />
          {labelOf(arm)}
        </label>
      ))}
    </div>
  );
}
