/**
 * The CSV problems of the sentiment lab (src/widgets/sentiment-lab/csv-text.ts) and of the MLP playground
 * (src/widgets/mlp-playground/csv-text.ts) in both languages: the
 * English reads exactly as the message src/ml writes, the Chinese is Chinese, for every problem the
 * fixtures (tests/fixtures/csv/) and a few made-up files produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tFor } from '../../src/i18n';
import '../../src/i18n/lab-strings';
import { checkCsvBytes, checkCsvText, type CsvProblem } from '../../src/ml/data/csv';
import { parsePointsCsv, POINTS_CSV_LIMITS } from '../../src/ml/data/points-csv';
import { pointsCsvMessages } from '../../src/widgets/mlp-playground/csv-text';
import { csvProblemText } from '../../src/widgets/sentiment-lab/csv-text';

const dir = path.resolve(import.meta.dirname, '../fixtures/csv');
const problemsOf = (report: ReturnType<typeof checkCsvText>): CsvProblem[] =>
  report.result.ok ? [] : report.result.problems;

const rows = (count: number, row: (i: number) => string) => Array.from({ length: count }, (_, i) => row(i)).join('\n');
const made: [string, CsvProblem[]][] = [
  ['too large', problemsOf(checkCsvBytes(readFileSync(path.join(dir, 'good.csv')), { limit: 100 }))],
  ['one ragged row', problemsOf(checkCsvText(`text,label\n${rows(12, (i) => `t${i},${i % 2}`)}\na,b,c`))],
  ['ragged rows, semicolons', problemsOf(checkCsvText(`text;label\n${rows(9, (i) => `t;${i};1`)}`))],
  ['ragged rows, vertical bars', problemsOf(checkCsvText(`text|label\n${rows(3, () => 'a|b|c')}`))],
  ['many unknown labels', problemsOf(checkCsvText(`text,label\n${rows(20, (i) => `t${i},maybe`)}`))],
  ['one labelled row', problemsOf(checkCsvText('text,label\nfine,1'))],
  ['all negative', problemsOf(checkCsvText(`text,label\n${rows(12, (i) => `t${i},neg`)}`))],
  ['no text or label column', problemsOf(checkCsvText('a,b\nx,1'))],
  ['no text column', problemsOf(checkCsvText('a,label\nx,1'))],
  ['control characters', problemsOf(checkCsvBytes(new Uint8Array(200).fill(1)))],
  [
    'a NUL byte late in the file',
    problemsOf(checkCsvBytes(new TextEncoder().encode(`${'text,label\n'.repeat(1000)}\0`))),
  ],
  [
    'unreadable (the worker)',
    [
      {
        kind: 'binary',
        message: 'The file could not be read: NotReadableError',
        text: { code: 'unreadable', values: { error: 'NotReadableError' } },
      },
    ],
  ],
];
const fixtures: [string, CsvProblem[]][] = readdirSync(dir).map((name) => [
  name,
  problemsOf(checkCsvBytes(new Uint8Array(readFileSync(path.join(dir, name))))),
]);

describe('CSV problems', () => {
  const all = [...fixtures, ...made].flatMap(([name, problems]) => problems.map((p) => [name, p] as const));

  it('cover every kind and code the checks produce', () => {
    expect(new Set(all.map(([, p]) => p.kind)).size).toBe(11);
    expect(all.every(([, p]) => p.text !== undefined)).toBe(true);
    expect([...new Set(all.map(([, p]) => p.text?.code))].sort()).toEqual(
      'allNegative allPositive controlBinary emptyBytes emptyText knownBinary missingColumn noText notUtf8 nulBinary nulLine ragged singleColumn tooFewRows tooLarge unknownLabel unreadable utf16'.split(
        ' ',
      ),
    );
  });

  it.each(all)('%s: the English is the message, the Chinese is Chinese', (_name, problem) => {
    expect(csvProblemText(tFor('en'), problem)).toBe(problem.message);
    const chinese = csvProblemText(tFor('zh'), problem);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese).not.toMatch(/labUi|\{\{/);
  });

  it('names rows, delimiters and file types in Chinese', () => {
    const text = (name: string) =>
      [...fixtures, ...made].find(([n]) => n === name)![1].map((p) => csvProblemText(tFor('zh'), p));
    expect(text('many unknown labels')[0]).toMatch(/^第 2、3、4、5、6 行以及另外 15 行：标签无法识别/);
    expect(text('ragged rows, semicolons')[0]).toContain('用分号分隔');
    expect(text('binary.csv')[0]).toBe('这是一张 PNG 图片，不是 CSV 文本文件。请把它保存或导出为“CSV UTF-8”后再上传。');
    expect(text('no text or label column')[0]).toContain('表头中没有文本或标签列');
  });

  it('falls back to the message for a problem without a code', () => {
    expect(csvProblemText(tFor('zh'), { kind: 'binary', message: 'As sent' })).toBe('As sent');
  });
});

describe('the MLP playground’s CSV problems', () => {
  const { minRows, maxRows, maxErrors } = POINTS_CSV_LIMITS;
  const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i));
  const inputs = [
    '',
    'x1,x2,label\n0.1,0.2,1',
    lines(maxRows + 1, (i) => `${i},${i},${i % 2}`).join('\n'),
    ['a,b,c', ...lines(minRows, (i) => (i === 3 ? '1,2' : `${i},${i},${i % 2}`))].join('\n'),
    lines(minRows, (i) => (i === 2 ? 'x,1,0' : `${i},${i},${i === 4 ? 2 : i % 2}`)).join('\n'),
    lines(minRows, (i) => `${i},${i},1`).join('\n'),
    lines(minRows + maxErrors, () => 'x,y,z').join('\n'),
  ];
  const results = inputs.map(parsePointsCsv).map((result) => {
    if (result.ok) throw new Error('expected problems');
    return result;
  });

  it('produce every code, and read in English exactly as the messages', () => {
    expect(new Set(results.flatMap((r) => r.texts?.map((text) => text.code))).size).toBe(8);
    for (const result of results) expect(pointsCsvMessages(tFor('en'), result)).toEqual(result.errors);
  });

  it('read in Chinese under /zh/', () => {
    for (const result of results) {
      for (const message of pointsCsvMessages(tFor('zh'), result)) expect(message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(pointsCsvMessages(tFor('zh'), results[4])).toContain('第 3 行：x1 的值“x”不是数字。');
  });
});
