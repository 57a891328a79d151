import { memo, useId } from 'react';
import { CSV_MAX_BYTES, formatFileSize, type CsvPreview } from '../../ml/data/csv';
import { ProgressBar } from '../shared/training/ProgressBar';
import type { CsvColumns } from './csv-protocol';
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
  return (
    <table className="csv-preview">
      <caption>First rows of the file</caption>
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
  const current = { text: columns?.text ?? preview.guess.text ?? 0, label: columns?.label ?? preview.guess.label ?? 1 };
  const picker = (key: keyof CsvColumns, label: string) => (
    <label>
      {label}
      <select value={current[key]} onChange={(e) => onChoose({ ...current, [key]: Number(e.target.value) })}>
        {preview.fields.map((field, i) => (
          <option key={i} value={i}>
            {field || `column ${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="column-picker">
      {picker('text', 'Text column')}
      {picker('label', 'Label column')}
    </div>
  );
}

/**
 * "Upload CSV": the reader's own labelled texts. The file is read and checked in a worker; a bad
 * file shows what is wrong (role="alert") and changes nothing else in the lab.
 */
export const CsvUpload = memo(function CsvUpload({ source, onUse, onBackToImdb, disabled }: CsvUploadProps) {
  const inputId = useId();
  const { report, progress, read, choose, take } = useCsvUpload(onUse);
  return (
    <div className="csv-upload">
      <p>
        A CSV file (UTF-8, up to {formatFileSize(CSV_MAX_BYTES)}) whose first row names the columns, with one column of
        texts and one of labels written 0/1, neg/pos or negative/positive. Commas, semicolons, tabs or vertical bars may
        separate the values. The lab then builds a vocabulary from your texts and trains the same model on them.
      </p>
      <div className="file-input">
        <label htmlFor={inputId}>Upload CSV</label>
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
      {progress && <ProgressBar label="Reading the file" value={progress.loaded} max={Math.max(1, progress.total)} />}
      {report && report.problems.length > 0 && (
        <div role="alert" className="lab-error csv-problems">
          <p>“{report.name}” cannot be used (the lab keeps its current data and model):</p>
          <ul>
            {report.problems.map((problem) => (
              <li key={problem.kind} data-problem={problem.kind}>
                {problem.message}
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
          “{report.name}”: {report.summary.rows.toLocaleString('en-US')} labelled texts, {report.summary.positives}{' '}
          positive and {report.summary.negatives} negative.{' '}
          <button type="button" onClick={take} disabled={disabled}>
            Use this data
          </button>
        </p>
      )}
      {source?.kind === 'csv' && (
        <p>
          The lab now trains on “{source.name}”.{' '}
          <button type="button" onClick={onBackToImdb} disabled={disabled}>
            Back to the IMDB reviews
          </button>
        </p>
      )}
    </div>
  );
});
