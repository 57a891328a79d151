/**
 * The reader's own 2-feature dataset for the MLP playground, from CSV text: three columns
 * `x1, x2, label` (an optional header row), label 0 or 1. Parsing uses papaparse; validation
 * names the offending rows so the reader can fix the file. Pure: text in, points or errors out.
 */
import Papa from 'papaparse';
import type { PointSet } from './toy2d';

/** Limits on an uploaded file. */
export const POINTS_CSV_LIMITS = { minRows: 4, maxRows: 5000, maxErrors: 5 } as const;

/** A parsed upload: the points rescaled to the playground's square, and what was read. */
export interface PointsCsv {
  ok: true;
  points: PointSet;
  /** Data rows read (the header excluded). */
  rows: number;
  /** Column names: the header's, or x1, x2, label. */
  columns: [string, string, string];
  /** The original range of each feature, before rescaling to [−0.9, 0.9]. */
  ranges: [[number, number], [number, number]];
}

/** A rejected upload: one message per problem, each naming its row. */
export interface PointsCsvErrors {
  ok: false;
  errors: string[];
  /** The same problems as codes and values, for the page to translate (labUi.mlp.csv). */
  texts?: { code: string; values?: Record<string, string | number> }[];
}

/** A finite number written in plain decimal or scientific notation, or undefined. */
function numberOf(cell: string): number | undefined {
  const text = cell.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Maps [low, high] onto [−0.9, 0.9] (a constant column maps to 0). */
function rescaler([low, high]: [number, number]): (value: number) => number {
  const span = high - low;
  return span > 0 ? (value) => -0.9 + (1.8 * (value - low)) / span : () => 0;
}

/**
 * Reads a CSV of points. Accepts commas, semicolons or tabs (papaparse detects which), blank
 * lines, and a header row (recognised because none of its cells is a number). Every data row must
 * have exactly three cells: two numbers and a label 0 or 1; both labels must occur. Features are
 * rescaled linearly to [−0.9, 0.9] (the range the network's inputs and the heat map use), and the
 * original ranges are returned for display. Errors name rows by their line in the file (1-based).
 */
export function parsePointsCsv(text: string): PointsCsv | PointsCsvErrors {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (rows.length === 0) {
    return { ok: false, errors: ['The file is empty: expected rows of x1, x2, label.'], texts: [{ code: 'empty' }] };
  }
  const first = rows[0];
  const hasHeader = first.every((cell) => numberOf(cell) === undefined);
  const columns: [string, string, string] =
    hasHeader && first.length === 3
      ? [first[0].trim() || 'x1', first[1].trim() || 'x2', first[2].trim() || 'label']
      : ['x1', 'x2', 'label'];
  const body = hasHeader ? rows.slice(1) : rows;
  const offset = hasHeader ? 2 : 1;
  const errors: string[] = [];
  const texts: NonNullable<PointsCsvErrors['texts']> = [];
  let extraErrors = 0;
  const report = (message: string, code: string, values: Record<string, string | number>) => {
    if (errors.length < POINTS_CSV_LIMITS.maxErrors) {
      errors.push(message);
      texts.push({ code, values });
    } else extraErrors++;
  };
  if (body.length < POINTS_CSV_LIMITS.minRows) {
    return {
      ok: false,
      errors: [`The file has ${body.length} data row(s); at least ${POINTS_CSV_LIMITS.minRows} are needed.`],
      texts: [{ code: 'tooFew', values: { rows: body.length, min: POINTS_CSV_LIMITS.minRows } }],
    };
  }
  if (body.length > POINTS_CSV_LIMITS.maxRows) {
    return {
      ok: false,
      errors: [`The file has ${body.length} data rows; at most ${POINTS_CSV_LIMITS.maxRows} are allowed.`],
      texts: [{ code: 'tooMany', values: { rows: body.length, max: POINTS_CSV_LIMITS.maxRows } }],
    };
  }
  const raw = new Float64Array(body.length * 2);
  const ys = new Float32Array(body.length);
  body.forEach((row, i) => {
    const line = i + offset;
    if (row.length !== 3) {
      report(`Row ${line} has ${row.length} column(s); expected 3: ${columns.join(', ')}.`, 'columns', {
        line,
        n: row.length,
        columns: columns.join(', '),
      });
      return;
    }
    for (let d = 0; d < 2; d++) {
      const value = numberOf(row[d]);
      if (value === undefined) {
        report(`Row ${line}: ${columns[d]} “${row[d].trim()}” is not a number.`, 'notNumber', {
          line,
          column: columns[d],
          value: row[d].trim(),
        });
      } else raw[2 * i + d] = value;
    }
    const label = numberOf(row[2]);
    if (label !== 0 && label !== 1) {
      report(`Row ${line}: ${columns[2]} “${row[2].trim()}” is not 0 or 1.`, 'notLabel', {
        line,
        column: columns[2],
        value: row[2].trim(),
      });
    } else ys[i] = label;
  });
  if (errors.length === 0) {
    const ones = ys.reduce((sum, y) => sum + y, 0);
    if (ones === 0 || ones === body.length) {
      report(`Every row has ${columns[2]} ${ones === 0 ? 0 : 1}: both labels, 0 and 1, must occur.`, 'oneLabel', {
        column: columns[2],
        label: ones === 0 ? 0 : 1,
      });
    }
  }
  if (errors.length > 0) {
    if (extraErrors > 0) {
      errors.push(`… and ${extraErrors} more problem(s).`);
      texts.push({ code: 'more', values: { more: extraErrors } });
    }
    return { ok: false, errors, texts };
  }
  const ranges: [[number, number], [number, number]] = [
    [Infinity, -Infinity],
    [Infinity, -Infinity],
  ];
  for (let i = 0; i < body.length; i++) {
    for (let d = 0; d < 2; d++) {
      ranges[d][0] = Math.min(ranges[d][0], raw[2 * i + d]);
      ranges[d][1] = Math.max(ranges[d][1], raw[2 * i + d]);
    }
  }
  const scale = [rescaler(ranges[0]), rescaler(ranges[1])];
  const xs = Float32Array.from(raw, (value, k) => scale[k % 2](value));
  return {
    ok: true,
    points: { dims: 2, task: 'classification', xs, ys, count: body.length, domain: { x: [-1, 1], y: [-1, 1] } },
    rows: body.length,
    columns,
    ranges,
  };
}
