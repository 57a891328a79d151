import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { WordNeighbours } from '../../ml/text-transfer/neighbours';

/** The probe words' nearest words with random vectors and with the pre-trained ones, side by side. */
export function NeighboursTable({ before, after }: { before: WordNeighbours[]; after: WordNeighbours[] }) {
  const t = useT();
  const list = (entry: WordNeighbours | undefined) =>
    entry && entry.neighbours.length > 0
      ? entry.neighbours.map((n) => n.word).join(', ')
      : t('labUi.textTransfer.unknownWord');
  return (
    <table className="transfer-results text-neighbours" data-testid="neighbours">
      <caption>{t('labUi.textTransfer.neighboursCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labUi.textTransfer.word')}</th>
          <th scope="col">{t('labUi.textTransfer.before')}</th>
          <th scope="col">{t('labUi.textTransfer.after')}</th>
        </tr>
      </thead>
      <tbody>
        {after.map((entry, i) => (
          <tr key={entry.word} data-word={entry.word}>
            <th scope="row">{entry.word}</th>
            <td>{list(before[i])}</td>
            <td data-neighbours="after">{list(entry)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
