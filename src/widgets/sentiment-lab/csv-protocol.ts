import type { CsvPreview, CsvProblem } from '../../ml/data/csv';

/** Columns chosen for the text and the label (indices into the header). */
export interface CsvColumns {
  text: number;
  label: number;
}

/** Messages from the page to the CSV worker. */
export type CsvRequest =
  | { type: 'read'; id: number; file: File }
  | { type: 'columns'; id: number; columns: CsvColumns }
  | { type: 'take'; id: number };

/** What the reader sees about a file: its preview, and either a summary or the problems. */
export interface CsvFileReport {
  id: number;
  name: string;
  size: number;
  preview?: CsvPreview;
  columns?: CsvColumns;
  problems: CsvProblem[];
  summary?: { rows: number; positives: number; negatives: number };
}

/** Messages from the CSV worker to the page. */
export type CsvResponse =
  | { type: 'progress'; id: number; loaded: number; total: number }
  | { type: 'report'; report: CsvFileReport }
  | { type: 'data'; id: number; name: string; texts: string[]; labels: Uint8Array };
