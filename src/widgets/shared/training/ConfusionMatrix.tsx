export interface ConfusionMatrixProps {
  /** matrix[actual][predicted] = count */
  matrix: number[][];
  labels: string[];
  /** Called with (actual, predicted) when a cell is chosen. */
  onSelect?(actual: number, predicted: number): void;
  selected?: [number, number];
  caption?: string;
  /** What is counted, for the cells' accessible names ("12 digits of class 3 predicted as 5"). */
  unit?: string;
}

/** A confusion matrix as a real table: rows are true classes, columns predictions; cells are buttons when selectable. */
export function ConfusionMatrix({
  matrix,
  labels,
  onSelect,
  selected,
  caption = 'Confusion matrix',
  unit = 'digits',
}: ConfusionMatrixProps) {
  const max = Math.max(1, ...matrix.flat());
  return (
    <table className="confusion-matrix">
      <caption>{caption} (rows: true class, columns: predicted)</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">true \ predicted</span>
          </th>
          {labels.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row, actual) => (
          <tr key={labels[actual]}>
            <th scope="row">{labels[actual]}</th>
            {row.map((count, predicted) => {
              const diagonal = actual === predicted;
              const strength = count / max;
              const isSelected = selected?.[0] === actual && selected[1] === predicted;
              const style = {
                background: `color-mix(in srgb, ${diagonal ? 'var(--tip)' : 'var(--warning)'} ${Math.round(strength * 70)}%, transparent)`,
              };
              const label = `${count} ${unit} of class ${labels[actual]} predicted as ${labels[predicted]}`;
              return (
                <td key={predicted} style={style} aria-selected={isSelected || undefined}>
                  {onSelect && count > 0 ? (
                    <button type="button" aria-label={label} onClick={() => onSelect(actual, predicted)}>
                      {count}
                    </button>
                  ) : (
                    <span aria-label={label}>{count}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
