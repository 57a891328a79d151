import { memo, useId } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { CSV_MAX_BYTES, formatFileSize, type CsvPreview } from '../../ml/data/csv';
import { ProgressBar } from '../shared/training/ProgressBar';
import type { CsvColumns } from './csv-protocol';
import { csvProblemText } from './csv-text';
import type { DataSource } from './protocol';
import { useCsvUpload } from './useCsvUpload';

export interface CsvUploadProps {
  source?: DataSource;
  /** The reader chose to train on the file's valid data. */
  onUse(name: string, texts: string[], labels: Uint8Array): void;
  onBackToImdb(): void;
  disabled: boolean;
}

function PreviewTable({ preview }: { preview: CsvPreview }) {
  const t = useT();
  return (
    <table className="csv-preview">
      <caption>{t('labUi.sentiment.csvFirstRows')}</caption>
      <thead>
        <tr>
          {preview.fields.map((field, i) => (
            <th key={i} scope="col">
              {field}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row, r) => (
          <tr key={r}>
            {preview.fields.map((_, c) => (
              <td key={c}>{(row[c] ?? '').slice(0, 80)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ColumnPicker({
  preview,
  columns,
  onChoose,
}: {
  preview: CsvPreview;
  columns?: CsvColumns;
  onChoose(columns: CsvColumns): void;
}) {
  const t = useT();
  const current = { text: columns?.text ?? preview.guess.text ?? 0, label: columns?.label ?? preview.guess.label ?? 1 };
  const picker = (key: keyof CsvColumns, label: string) => (
    <label>
      {label}
      <select value={current[key]} onChange={(e) => onChoose({ ...current, [key]: Number(e.target.value) })}>
        {preview.fields.map((field, i) => (
          <option key={i} value={i}>
            {field || t('labUi.sentiment.column', { n: i + 1 })}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="column-picker">
      {picker('text', t('labUi.sentiment.textColumn'))}
      {picker('label', t('labUi.sentiment.labelColumn'))}
    </div>
  );
}

/**
 * "Upload CSV": the reader's own labelled texts. The file is read and checked in a worker; a bad
 * file shows what is wrong (role="alert") and changes nothing else in the lab.
 */
export const CsvUpload = memo(function CsvUpload({ source, onUse, onBackToImdb, disabled }: CsvUploadProps) {
  const t = useT();
  const inputId = useId();
  const { report, progress, read, choose, take } = useCsvUpload(onUse);
  return (
    <div className="csv-upload">
      <p>{t('labUi.sentiment.csvHelp', { size: formatFileSize(CSV_MAX_BYTES) })}</p>
      <div className="file-input">
        <label htmlFor={inputId}>{t('labUi.sentiment.uploadCsv')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) read(file);
            event.currentTarget.value = '';
          }}
        />
      </div>
      {progress && (
        <ProgressBar
          label={t('labUi.sentiment.readingFile')}
          value={progress.loaded}
          max={Math.max(1, progress.total)}
        />
      )}
      {report && report.problems.length > 0 && (
        <div role="alert" className="lab-error csv-problems">
          <p>{t('labUi.sentiment.csvUnusable', { name: report.name })}</p>
          <ul>
            {report.problems.map((problem) => (
              <li key={problem.kind} data-problem={problem.kind}>
                {csvProblemText(t, problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report?.preview && (
        <>
          <PreviewTable preview={report.preview} />
          <ColumnPicker preview={report.preview} columns={report.columns} onChoose={choose} />
        </>
      )}
      {report?.summary && (
        <p className="csv-summary" role="status">
          {t('labUi.sentiment.csvSummary', {
            name: report.name,
            rows: report.summary.rows.toLocaleString('en-US'),
            positives: report.summary.positives,
            negatives: report.summary.negatives,
          })}{' '}
          <button type="button" onClick={take} disabled={disabled}>
            {t('labUi.sentiment.useData')}
          </button>
        </p>
      )}
      {source?.kind === 'csv' && (
        <p>
          {t('labUi.sentiment.nowTrainsOn', { name: source.name })}{' '}
          <button type="button" onClick={onBackToImdb} disabled={disabled}>
            {t('labUi.sentiment.backToImdb')}
          </button>
        </p>
      )}
    </div>
  );
});
