import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en, tFor, zh, type Messages } from '../../src/i18n';
import '../../src/i18n/lab-strings';
import { labsEn } from '../../src/i18n/labs-en';
import { labsZh } from '../../src/i18n/labs-zh';
import { figuresEn } from '../../src/i18n/figures-en';
import { figuresZh } from '../../src/i18n/figures-zh';
import { figureCatalog } from '../../src/widgets/figure-catalog';

const root = path.resolve(import.meta.dirname, '../..');

/** Every key path of a strings object with its value: `chapter.present` -> 'Present this chapter'. */
function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value as object, name)) out.set(k, v);
    else out.set(name, value);
  }
  return out;
}
/** Keys whose value is a name or a unit, the same in both languages (WebGL, Adam, ReLU, kB). */
const SAME_IN_BOTH =
  /^(lab\.(backend|webglVersion)|labUi\.(mlp\.activations\.(relu|tanh|sigmoid)|race\.racers\.(sgd|rmsprop|adam|adamw)|optimizers\.(sgd|rmsprop|adam)|quantization\.kB))$/;
/** `{{name}}` (i18next) and `[[name]]` (src/i18n/fill.tsx: a React node in the sentence) placeholders. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}|\[\[(\w+)\]\]/g)].map((m) => m[1] ?? `[[${m[2]}]]`).sort();

describe('interface strings', () => {
  // The labs' strings are added when a lab loads (src/i18n/lab-strings.ts), a figure's when the figure loads
  // (src/i18n/figures/): checked here with the rest.
  const english = flatten({ ...en, labUi: labsEn, figures: figuresEn });
  const chinese = flatten({ ...zh, labUi: labsZh, figures: figuresZh });

  it('have the same keys in English and Chinese, every value a non-empty string', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    const empty = [...english, ...chinese].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(empty.map(([k]) => k)).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const differing = [...english].filter(
      ([key, value]) => placeholders(String(value)).join() !== placeholders(String(chinese.get(key))).join(),
    );
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('are really translated: the Chinese strings are Chinese (names such as WebGL or MLP aside)', () => {
    const untranslated = [...chinese].filter(([key, value]) => value === english.get(key) && !SAME_IN_BOTH.test(key));
    // Only strings that are the same word in both (names, symbols) may be equal.
    expect(untranslated.map(([k]) => k)).toEqual([]);
    expect(tFor('zh')('lab.train')).toBe('训练');
    expect(tFor('en')('lab.train')).toBe('Train'); // the English edition keeps the test contract's names
    expect(tFor('zh')('chapter.kind_Chapter', { label: '3' })).toBe('第 3 章');
    expect(tFor('zh')('labUi.common.settings')).toBe('设置');
    expect(tFor('en')('labUi.common.settings')).toBe('Settings');
  });

  it('type Messages is the shape of both', () => {
    const check: Messages[] = [en, zh];
    expect(check).toHaveLength(2);
  });
});

/**
 * No hard-coded English in the interface. A pragmatic scan of the TSX of the shell, lecture mode
 * and the shared lab chrome (TypeScript's parser, no regexes over JSX): it flags JSX text with
 * letters, string literals with letters shown as JSX children (also inside `a ? 'x' : 'y'` and
 * `a && 'x'`), and user-visible attributes (aria-label, title, alt, placeholder, label) given a
 * literal with letters. Not caught: strings built in helper functions and passed on as values;
 * those go through t() by review. Lab internals (src/widgets/<lab>/) are out of scope (see README).
 */
const SCANNED = [
  'src/app',
  'src/lecture',
  'src/i18n',
  'src/mdx/components',
  'src/widgets/Lab.tsx',
  'src/widgets/shared',
  'src/widgets/mnist-lab',
  'src/widgets/sentiment-lab',
  'src/widgets/mlp-playground',
  'src/widgets/optimizer-race',
  'src/widgets/diagnostics',
  'src/widgets/quantization-lab',
  'src/widgets/transfer-lab',
  'src/widgets/text-transfer-lab',
  // Every folder of the figures chapters use by name (src/widgets/figure-catalog.ts).
  ...new Set(Object.values(figureCatalog).map((module) => `src/widgets/${module.split('/')[0]}`)),
];
/**
 * Files of features other people were still writing when the Chinese edition landed: their strings
 * are not translated yet. Listed (not silently skipped) so they are not forgotten; remove a file
 * from here once its strings go through t().
 */
const PENDING = new Set<string>(([] as string[]).map((file) => path.join(...file.split('/'))));
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'aria-description']);
const LETTERS = /[A-Za-z]{2,}/;
/** Names and notation inside the labs, the same in both languages: not words to translate. */
const NOT_WORDS = new Set(['ROC AUC', 'RMSprop ρ', 'Adam β₁', 'Adam β₂', 'P(positive) =', 'int']);
/** Notation in the figures' formulas (ln P, max z, TP/(TP + FP) =, MSE =): function names and metric abbreviations. */
const MATH_WORDS = new Set('ln log exp max min cos count TP FP TN FN MSE MAE RMSE'.split(' '));
const isFormula = (text: string) => [...text.matchAll(/[A-Za-z]{2,}/g)].every(([word]) => MATH_WORDS.has(word));
const KEY_NAMES = /^(?:(?:Ctrl|Alt|Shift|Cmd|Esc|Home|End|PageUp|PageDown|Space)\b[\s+]*)+\w?$/;

function tsxFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (statSync(full).isFile()) return [entry];
  return readdirSync(full).flatMap((name) => {
    const rel = path.join(entry, name);
    if (statSync(path.join(root, rel)).isDirectory()) return tsxFiles(rel);
    return rel.endsWith('.tsx') ? [rel] : [];
  });
}

function hardCodedStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const literalText = (node: ts.Node): string | undefined =>
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node)
      ? node.text
      : undefined;
  /** String literals an expression can evaluate to directly (through ?:, &&, ||, ??, parentheses). */
  const outcomes = (node: ts.Expression): ts.Node[] => {
    if (ts.isParenthesizedExpression(node)) return outcomes(node.expression);
    if (ts.isConditionalExpression(node)) return [...outcomes(node.whenTrue), ...outcomes(node.whenFalse)];
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return outcomes(node.right); // `a && 'x'`
      if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) {
        return [...outcomes(node.left), ...outcomes(node.right)];
      }
      return []; // comparisons such as `lang === 'en'` are not shown
    }
    if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal)];
    return [node];
  };
  const report = (node: ts.Node, text: string) => {
    // Paths such as `/labs/${name}` and key names such as "Ctrl K" are not words to translate.
    const trimmed = text.trim();
    if (
      LETTERS.test(text) &&
      !/^\s*\//.test(text) &&
      !KEY_NAMES.test(trimmed) &&
      !NOT_WORDS.has(trimmed) &&
      !isFormula(trimmed)
    )
      found.push(`${file}:${line(node)}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const outcome of outcomes(node.expression)) {
        const text = literalText(outcome);
        if (text !== undefined) report(outcome, text);
      }
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) {
        for (const outcome of outcomes(init.expression)) {
          const text = literalText(outcome);
          if (text !== undefined) report(outcome, text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the interface has no hard-coded English', () => {
  const files = SCANNED.flatMap(tsxFiles).filter((file) => !PENDING.has(file));

  it('scans the shell, lecture mode and the shared lab chrome', () => {
    expect(files).toContain(path.join('src', 'app', 'Layout.tsx'));
    expect(files).toContain(path.join('src', 'lecture', 'LectureToolbar.tsx'));
    expect(files).toContain(path.join('src', 'widgets', 'shared', 'training', 'TrainControls.tsx'));
  });

  it('finds the strings it should (a file with English in JSX, attributes and ternaries)', () => {
    // The scanner itself, on a fixture: every kind of hard-coded string is reported.
    const fixture = path.join('tests', 'i18n', 'fixtures', 'hard-coded.tsx');
    expect(hardCodedStrings(fixture).map((entry) => entry.replace(/^.*?: /, ''))).toEqual([
      '"Hello reader"',
      '"Close the dialog"',
      '"Saved"',
      '"Save"',
      '"Loading"',
    ]);
  });

  it('every visible string of these components goes through t()', () => {
    expect(files.flatMap(hardCodedStrings)).toEqual([]);
  });
});
