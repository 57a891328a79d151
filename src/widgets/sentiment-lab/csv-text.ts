import type { TFunction } from 'i18next';
import type { CsvProblem, CsvText } from '../../ml/data/csv';

/** The message codes src/ml/data/csv*.ts send (keys of labUi.csv, plural forms without their suffix). */
const CODES = new Set([
  'emptyBytes',
  'tooLarge',
  'utf16',
  'knownBinary',
  'nulBinary',
  'controlBinary',
  'noText',
  'notUtf8',
  'nulLine',
  'unreadable',
  'noRows',
  'singleColumn',
  'ragged',
  'emptyText',
  'unknownLabel',
  'tooFewRows',
  'allNegative',
  'allPositive',
  'missingColumn',
]);
const FILES = new Set(['zip', 'xls', 'pdf', 'png', 'jpeg', 'gif', 'gzip']);
const DELIMITERS = new Set(['comma', 'semicolon', 'tab', 'bar']);
const LACKING = new Set(['text', 'label', 'both', 'distinct']);

/** "Rows 2, 3, 4, 5, 6 and 15 more" in the page's language. */
function rowNames(t: TFunction, { rows, more }: NonNullable<CsvText['names']>): string {
  const list =
    rows.length === 1
      ? t('labUi.csv.row', { row: rows[0] })
      : t('labUi.csv.rows', { list: rows.join(t('labUi.csv.listSeparator')) });
  return more > 0 ? t('labUi.csv.rowsMore', { names: list, more }) : list;
}

/**
 * A CSV problem in the page's language (`t` from useT): its `text` code and values filled into
 * labUi.csv (src/i18n/labs/csv.ts). The English reads exactly as the problem's message; a problem
 * without a known code shows its message.
 */
export function csvProblemText(t: TFunction, problem: CsvProblem): string {
  const text = problem.text;
  if (!text || !CODES.has(text.code)) return problem.message;
  const values: Record<string, string | number> = { ...text.values };
  if (text.names) values.names = rowNames(t, text.names);
  const what = String(values.what);
  if (FILES.has(what)) values.what = t(`labUi.csv.files.${what as 'zip'}`);
  const delimiter = String(values.delimiter);
  if (text.code === 'ragged') {
    values.delimiters = DELIMITERS.has(delimiter)
      ? t(`labUi.csv.delimiters.${delimiter as 'comma'}`)
      : t('labUi.csv.quotedDelimiters', { delimiter });
    if (DELIMITERS.has(delimiter)) values.delimiter = t(`labUi.csv.delimiter.${delimiter as 'comma'}`);
  }
  const lacking = String(values.lacking);
  if (LACKING.has(lacking)) values.lacking = t(`labUi.csv.lacking.${lacking as 'text'}`);
  return t(`labUi.csv.${text.code as 'noRows'}`, values);
}
