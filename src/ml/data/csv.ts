/**
 * The reader's own labelled texts from a CSV file: preview, column guessing, label parsing and
 * validation with messages that name rows (the header is row 1, as in a spreadsheet). Parsing is
 * papaparse, row by row (its streaming `step` mode), so a large file never becomes one big
 * array of rows. Pure: text in, data or problems out; the lab runs it in a Web Worker and the
 * tests run it in Node over tests/fixtures/csv/.
 */
import Papa from 'papaparse';
import { decodeCsvBytes, CSV_MAX_BYTES, type CsvProblem } from './csv-bytes';

export * from './csv-bytes';

/** Delimiters papaparse may detect. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };
/** The delimiters' codes in a problem's `text` (translated by the page). */
const DELIMITER_CODES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
/** Fewest rows worth training on (some go to validation and test). */
export const CSV_MIN_ROWS = 10;
/** Rows named per problem in a message; the rest are counted. */
const NAMED_ROWS = 5;

/** The accepted label spellings (case-insensitive, surrounding spaces ignored). */
export const LABEL_SPELLINGS = { negative: ['0', 'neg', 'negative'], positive: ['1', 'pos', 'positive'] } as const;

/** 1 for positive, 0 for negative, null for anything else. */
export function parseLabel(value: string): 0 | 1 | null {
  const v = value.trim().toLowerCase();
  if ((LABEL_SPELLINGS.positive as readonly string[]).includes(v)) return 1;
  if ((LABEL_SPELLINGS.negative as readonly string[]).includes(v)) return 0;
  return null;
}

const TEXT_NAMES = ['text', 'review', 'reviews', 'sentence', 'content', 'comment', 'body', 'document', 'tweet'];
const LABEL_NAMES = ['label', 'labels', 'sentiment', 'class', 'target', 'polarity', 'y'];

/** Which columns are probably the text and the label, from the header's names (case-insensitive). */
export function guessColumns(fields: readonly string[]): { text?: number; label?: number } {
  const find = (names: string[]) => {
    const index = fields.findIndex((f) => names.includes(f.trim().toLowerCase()));
    return index >= 0 ? index : undefined;
  };
  return { text: find(TEXT_NAMES), label: find(LABEL_NAMES) };
}

/** The first rows of a file, for the preview table and the column picker. */
export interface CsvPreview {
  /** The header (row 1). */
  fields: string[];
  /** The next few rows. */
  rows: string[][];
  delimiter: string;
  /** Column indices guessed from the header. */
  guess: { text?: number; label?: number };
}

const isBlank = (row: readonly string[]) => row.length === 0 || (row.length === 1 && row[0].trim() === '');

/** Row-by-row parse with delimiter detection; `onRow` gets each record and its 1-based row number. */
function eachRow(
  text: string,
  onRow: (row: string[], rowNumber: number, delimiter: string) => boolean | void,
  preview = 0,
): void {
  let rowNumber = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [...CSV_DELIMITERS],
    skipEmptyLines: false,
    preview,
    step: (result, parser) => {
      rowNumber++;
      if (onRow(result.data, rowNumber, result.meta.delimiter) === false) parser.abort();
    },
  });
}

const quote = (s: string, max = 40) => `"${s.length > max ? `${s.slice(0, max)}…` : s}"`;

/**
 * The header and the first `count` data rows, or a 'wrong-delimiter' problem when the header
 * has a single column (no comma, semicolon, tab or vertical bar separates the values).
 */
export function previewCsv(text: string, count = 5): { preview: CsvPreview } | { problem: CsvProblem } {
  let fields: string[] | undefined;
  let delimiter = ',';
  const rows: string[][] = [];
  eachRow(text, (row, _n, d) => {
    if (isBlank(row)) return;
    if (!fields) {
      fields = row;
      delimiter = d;
    } else rows.push(row);
    return rows.length < count;
  });
  if (!fields) return { problem: { kind: 'empty-file', message: 'The file holds no rows.', text: { code: 'noRows' } } };
  if (fields.length < 2) {
    return {
      problem: {
        kind: 'wrong-delimiter',
        rows: [1],
        message:
          `Row 1 (${quote(fields[0] ?? '')}) is a single column: the values are not separated by commas, ` +
          'semicolons, tabs or vertical bars. Save the file as CSV with one column for the text and one for the label.',
        text: { code: 'singleColumn', values: { first: quote(fields[0] ?? '') } },
      },
    };
  }
  return { preview: { fields, rows, delimiter, guess: guessColumns(fields) } };
}

/** Valid data: the texts with their labels (1 positive, 0 negative). */
export interface CsvData {
  texts: string[];
  labels: Uint8Array;
  positives: number;
  negatives: number;
  delimiter: string;
}

export type CsvResult = { ok: true; data: CsvData } | { ok: false; problems: CsvProblem[] };

/** Collects the row numbers of one kind of problem, naming a few. */
class RowList {
  readonly rows: number[] = [];
  count = 0;
  first?: string;
  add(row: number, detail?: string) {
    if (this.count++ < NAMED_ROWS) this.rows.push(row);
    this.first ??= detail;
  }
  names(): string {
    const more = this.count - this.rows.length;
    const list = this.rows.length === 1 ? `Row ${this.rows[0]}` : `Rows ${this.rows.join(', ')}`;
    return more > 0 ? `${list} and ${more} more` : list;
  }
  /** The rows named, for a problem's `text`. */
  named(): { rows: number[]; more: number } {
    return { rows: this.rows, more: this.count - this.rows.length };
  }
}

/**
 * Checks every row and collects the texts and labels of the columns `columns.text` and
 * `columns.label` (indices into the header). Problems name their rows: a row with another number
 * of values than the header, an empty text, a label other than 0/1, neg/pos, negative/positive;
 * then the whole file: fewer than {@link CSV_MIN_ROWS} rows, or one class only. Blank lines are
 * skipped. Returns every kind of problem found, or the data.
 */
export function validateCsv(text: string, columns: { text: number; label: number }): CsvResult {
  const texts: string[] = [];
  const labels: number[] = [];
  const ragged = new RowList();
  const emptyText = new RowList();
  const unknown = new RowList();
  let fields: string[] | undefined;
  let delimiter = ',';
  eachRow(text, (row, n, d) => {
    if (isBlank(row)) return;
    if (!fields) {
      fields = row;
      delimiter = d;
      return;
    }
    if (row.length !== fields.length) return ragged.add(n, `${row.length}`);
    const value = row[columns.text] ?? '';
    const label = parseLabel(row[columns.label] ?? '');
    if (value.trim() === '') emptyText.add(n);
    if (label === null) unknown.add(n, row[columns.label]);
    if (value.trim() !== '' && label !== null) {
      texts.push(value);
      labels.push(label);
    }
  });
  if (!fields) {
    return {
      ok: false,
      problems: [{ kind: 'empty-file', message: 'The file holds no rows.', text: { code: 'noRows' } }],
    };
  }
  const header = fields;
  const missing = [columns.text, columns.label].filter((c) => !(c >= 0 && c < header.length));
  if (missing.length > 0 || columns.text === columns.label) {
    return { ok: false, problems: [missingColumn(header)] };
  }
  const problems: CsvProblem[] = [];
  const name = DELIMITER_NAMES[delimiter] ?? quote(delimiter);
  if (ragged.count > 0) {
    problems.push({
      kind: 'ragged-row',
      rows: ragged.rows,
      message:
        `${ragged.names()} ${ragged.count === 1 ? 'has' : 'have'} a different number of values than the header ` +
        `(${header.length}, separated by ${name}s; row ${ragged.rows[0]} has ${ragged.first}). ` +
        `Put texts that contain a ${name} in double quotes, or check the delimiter.`,
      text: {
        code: 'ragged',
        names: ragged.named(),
        values: {
          count: ragged.count,
          columns: header.length,
          delimiter: DELIMITER_CODES[delimiter] ?? quote(delimiter),
          row: ragged.rows[0],
          values: ragged.first ?? '',
        },
      },
    });
  }
  if (emptyText.count > 0) {
    problems.push({
      kind: 'empty-text',
      rows: emptyText.rows,
      message: `${emptyText.names()}: the text in column ${quote(header[columns.text])} is empty.`,
      text: { code: 'emptyText', names: emptyText.named(), values: { column: quote(header[columns.text]) } },
    });
  }
  if (unknown.count > 0) {
    problems.push({
      kind: 'unknown-label',
      rows: unknown.rows,
      message:
        `${unknown.names()}: unknown label (row ${unknown.rows[0]} has ${quote(unknown.first ?? '')}). ` +
        'Labels must be 0/1, neg/pos or negative/positive (any case).',
      text: {
        code: 'unknownLabel',
        names: unknown.named(),
        values: { row: unknown.rows[0], value: quote(unknown.first ?? '') },
      },
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const positives = labels.reduce((a, b) => a + b, 0);
  const negatives = labels.length - positives;
  if (labels.length < CSV_MIN_ROWS) {
    problems.push({
      kind: 'too-few-rows',
      message: `The file has ${labels.length} labelled row${labels.length === 1 ? '' : 's'}; at least ${CSV_MIN_ROWS} are needed.`,
      text: { code: 'tooFewRows', values: { count: labels.length, min: CSV_MIN_ROWS } },
    });
  } else if (positives === 0 || negatives === 0) {
    problems.push({
      kind: 'one-class',
      message:
        `All ${labels.length} rows are labelled ${positives === 0 ? 'negative' : 'positive'}: ` +
        'training a classifier needs both positive and negative examples.',
      text: { code: positives === 0 ? 'allNegative' : 'allPositive', values: { count: labels.length } },
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: { texts, labels: Uint8Array.from(labels), positives, negatives, delimiter } };
}

function missingColumn(header: readonly string[]): CsvProblem {
  const guess = guessColumns(header);
  const lacking = [guess.text === undefined ? 'text' : '', guess.label === undefined ? 'label' : ''].filter(Boolean);
  return {
    kind: 'missing-column',
    rows: [1],
    message:
      `Missing column: no ${lacking.join(' or ') || 'distinct text and label'} column in the header (row 1: ` +
      `${header.map((f) => quote(f, 20)).join(', ')}). Name the columns "text" and "label", or pick them below.`,
    text: {
      code: 'missingColumn',
      values: {
        lacking: lacking.length === 2 ? 'both' : (lacking[0] ?? 'distinct'),
        header: header.map((f) => quote(f, 20)).join(', '),
      },
    },
  };
}

/** Everything a file can produce: its preview, and the data or the problems with the chosen (or guessed) columns. */
export interface CsvReport {
  preview?: CsvPreview;
  result: CsvResult;
}

/**
 * Validates a text already decoded by the byte checks: preview, then the columns given or
 * guessed from the header. A header without a recognisable text or label column is a
 * 'missing-column' problem (the preview is still returned, for the column picker).
 */
export function checkCsvText(text: string, columns?: { text: number; label: number }): CsvReport {
  const previewed = previewCsv(text);
  if ('problem' in previewed) return { result: { ok: false, problems: [previewed.problem] } };
  const { preview } = previewed;
  const chosen = columns ?? preview.guess;
  if (chosen.text === undefined || chosen.label === undefined) {
    return { preview, result: { ok: false, problems: [missingColumn(preview.fields)] } };
  }
  return { preview, result: validateCsv(text, { text: chosen.text, label: chosen.label }) };
}

/** The whole pipeline on a file's bytes (in Node tests; the worker streams the same steps). */
export function checkCsvBytes(
  bytes: Uint8Array,
  options: { limit?: number; columns?: { text: number; label: number }; sliceBytes?: number } = {},
): CsvReport {
  const decoded = decodeCsvBytes(bytes, options.limit ?? CSV_MAX_BYTES, options.sliceBytes);
  if ('problem' in decoded) return { result: { ok: false, problems: [decoded.problem] } };
  return checkCsvText(decoded.text, options.columns);
}
