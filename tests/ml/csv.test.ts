/** The CSV checks over a corpus of good and broken files (tests/fixtures/csv/), read in slices as the worker does. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCsvBytes,
  checkCsvText,
  CSV_MAX_BYTES,
  CsvBytesReader,
  guessColumns,
  parseLabel,
  type CsvProblemKind,
  type CsvReport,
} from '../../src/ml/data/csv';

const dir = path.resolve(import.meta.dirname, '../fixtures/csv');
const read = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));
/** Every fixture is checked in 7-byte slices too (multi-byte characters then straddle slices). */
function check(name: string, options: Parameters<typeof checkCsvBytes>[1] = {}): CsvReport {
  const whole = checkCsvBytes(read(name), options);
  expect(checkCsvBytes(read(name), { ...options, sliceBytes: 7 })).toEqual(whole);
  return whole;
}
function problem(name: string, kind: CsvProblemKind, options: Parameters<typeof checkCsvBytes>[1] = {}): string {
  const { result } = check(name, options);
  if (result.ok) throw new Error(`${name} passed`);
  expect(result.problems.map((p) => p.kind)).toEqual([kind]);
  return result.problems[0].message;
}

describe('good files', () => {
  it('reads a comma-separated file with quotes, a multi-line field, accents and an emoji', () => {
    const { result, preview } = check('good.csv');
    if (!result.ok) throw new Error(result.problems[0].message);
    expect(result.data.texts).toHaveLength(13);
    expect(result.data.positives).toBe(7);
    expect(result.data.negatives).toBe(6);
    expect(result.data.texts[0]).toBe('A wonderful film, I loved every minute.');
    expect(result.data.texts[12]).toBe('Café scenes, "charming" and 🎬 fun\nover two lines');
    expect(preview?.fields).toEqual(['text', 'label']);
    expect(preview?.rows).toHaveLength(5);
  });

  it('detects semicolons, skips a byte-order mark, accepts CRLF and word labels in any case', () => {
    const { result, preview } = check('good-semicolon-words.csv');
    if (!result.ok) throw new Error(result.problems[0].message);
    expect(result.data.delimiter).toBe(';');
    expect(preview?.fields).toEqual(['review', 'sentiment']);
    expect(Array.from(result.data.labels)).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
    expect(result.data.texts.every((t) => !t.includes('\r'))).toBe(true);
  });

  it('detects tabs and guesses the text and label columns among others', () => {
    const { result, preview } = check('good-tabs.csv');
    expect(preview?.guess).toEqual({ text: 1, label: 2 });
    expect(result.ok && result.data.delimiter).toBe('\t');
  });

  it('lets the reader pick the columns when the header names are unusual', () => {
    const text = new TextDecoder().decode(read('missing-column.csv')).replace('stars', 'verdict');
    const relabelled = text.replace(/,9\n/g, ',pos\n').replace(/,2\n/g, ',neg\n');
    expect(checkCsvText(relabelled).result.ok).toBe(false);
    const chosen = checkCsvText(relabelled, { text: 0, label: 1 });
    expect(chosen.result.ok && chosen.result.data.texts).toHaveLength(12);
  });
});

describe('broken files: every problem named, with its rows', () => {
  it('an empty file, or one of blank lines', () => {
    expect(problem('empty.csv', 'empty-file')).toMatch(/empty/);
    expect(problem('blank.csv', 'empty-file')).toMatch(/no text/);
  });

  it('over the size limit, which the message states', () => {
    expect(problem('good.csv', 'too-large', { limit: 100 })).toBe(
      'The file is 0.5 kB; the limit is 0.1 kB. Use fewer rows.',
    );
    expect(new CsvBytesReader(CSV_MAX_BYTES + 1).push(new Uint8Array(1))?.message).toBe(
      'The file is 50.0 MB; the limit is 50.0 MB. Use fewer rows.',
    );
  });

  it('binary files: an image, a spreadsheet, NUL bytes', () => {
    expect(problem('binary.csv', 'binary')).toMatch(/PNG image/);
    expect(problem('spreadsheet.csv', 'binary')).toMatch(/spreadsheet/);
    expect(problem('nul-bytes.csv', 'binary')).toMatch(/NUL/);
  });

  it('not UTF-8: Latin-1 (naming the line and byte) and UTF-16', () => {
    expect(problem('latin1.csv', 'not-utf8')).toMatch(/byte 0xE8 on line 5 .*Latin-1/);
    expect(problem('utf16.csv', 'not-utf8')).toMatch(/UTF-16/);
  });

  it('a file whose values are not separated by a known delimiter', () => {
    expect(problem('wrong-delimiter.csv', 'wrong-delimiter')).toMatch(/Row 1 \("text:label"\) is a single column/);
  });

  it('a missing label column, naming the header it found', () => {
    expect(problem('missing-column.csv', 'missing-column')).toMatch(/no label column .*"review", "stars"/);
  });

  it('empty texts, unknown labels, ragged rows: the rows are named (header = row 1)', () => {
    expect(problem('empty-text.csv', 'empty-text')).toBe('Rows 4, 7: the text in column "text" is empty.');
    expect(problem('unknown-label.csv', 'unknown-label')).toMatch(
      /^Rows 3, 8, 11: unknown label \(row 3 has "maybe"\)/,
    );
    expect(problem('ragged.csv', 'ragged-row')).toMatch(/^Row 7 has a different number of values .* row 7 has 3/);
  });

  it('one class only, or too few rows', () => {
    expect(problem('one-class.csv', 'one-class')).toMatch(/All 12 rows are labelled positive/);
    expect(problem('too-few-rows.csv', 'too-few-rows')).toMatch(/3 labelled rows; at least 10/);
    expect(problem('header-only.csv', 'too-few-rows')).toMatch(/0 labelled rows/);
  });

  it('names at most five rows and counts the rest', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `text ${i},maybe`).join('\n');
    const { result } = checkCsvText(`text,label\n${rows}\n`);
    expect(!result.ok && result.problems[0].message).toMatch(/^Rows 2, 3, 4, 5, 6 and 15 more: unknown label/);
  });

  it('covers every fixture', () => {
    const tested = new Set([
      'good.csv',
      'good-semicolon-words.csv',
      'good-tabs.csv',
      'missing-column.csv',
      'empty.csv',
      'blank.csv',
      'binary.csv',
      'spreadsheet.csv',
      'nul-bytes.csv',
      'latin1.csv',
      'utf16.csv',
      'wrong-delimiter.csv',
      'empty-text.csv',
      'unknown-label.csv',
      'ragged.csv',
      'one-class.csv',
      'too-few-rows.csv',
      'header-only.csv',
    ]);
    expect(readdirSync(dir).filter((f) => !tested.has(f))).toEqual([]);
  });
});

describe('labels and columns', () => {
  it('accepts 0/1, neg/pos, negative/positive in any case, with spaces', () => {
    for (const v of ['1', 'pos', 'POSITIVE', ' Positive ']) expect(parseLabel(v)).toBe(1);
    for (const v of ['0', 'Neg', 'negative']) expect(parseLabel(v)).toBe(0);
    for (const v of ['', '2', 'yes', '1.0', 'positive!']) expect(parseLabel(v)).toBeNull();
  });

  it('guesses columns from common header names', () => {
    expect(guessColumns(['id', 'Review', 'Sentiment'])).toEqual({ text: 1, label: 2 });
    expect(guessColumns(['a', 'b'])).toEqual({ text: undefined, label: undefined });
  });
});
