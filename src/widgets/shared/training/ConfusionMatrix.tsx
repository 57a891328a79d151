import { useT } from '../../../i18n';
import { NEGATIVE_COLOUR, POSITIVE_COLOUR } from '../palette';

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
  caption,
  unit = 'digits',
}: ConfusionMatrixProps) {
  const t = useT();
  const max = Math.max(1, ...matrix.flat());
  return (
    <table className="confusion-matrix">
      <caption>
        {caption ?? t('lab.confusionCaption')} {t('lab.confusionAxes')}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('lab.confusionCorner')}</span>
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
                background: `color-mix(in srgb, ${diagonal ? POSITIVE_COLOUR : NEGATIVE_COLOUR} ${Math.round(strength * 45)}%, transparent)`, // ≤ 45%: text keeps 4.5:1 contrast in the dark theme too
              };
              const label = t('lab.confusionCell', {
                count,
                unit,
                actual: labels[actual],
                predicted: labels[predicted],
              });
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
