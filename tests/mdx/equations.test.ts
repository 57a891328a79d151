import { describe, expect, it } from 'vitest';
import { compileMdx } from '../helpers/compile';

describe('equation numbering', () => {
  it('numbers labelled equations per chapter and resolves <Eq ref>', async () => {
    const out = await compileMdx(
      [
        '$$',
        'a = b \\label{first}',
        '$$',
        '',
        '$$',
        'c = d',
        '$$',
        '',
        '$$',
        'e = f \\label{second}',
        '$$',
        '',
        'See <Eq ref="second" /> and <Eq ref="first" />.',
      ].join('\n'),
    );
    expect(out).toContain('id: "eq-first"');
    expect(out).toContain('id: "eq-second"');
    expect(out).toContain('href: "#eq-second"');
    // Chapter 3 (from the file name), labelled equations only: (3.1) and (3.2).
    expect(out).toMatch(/children: "\(3\.2\)"/);
    expect(out).toMatch(/children: "\(3\.1\)"/);
    expect(out).not.toContain('\\label');
    expect(out).not.toContain('(3.3)');
  });

  it('fails on a reference to a missing label, naming the file and line', async () => {
    await expect(compileMdx('Text\n\nSee <Eq ref="nope" />.')).rejects.toThrow(
      /03-test\.mdx:3: <Eq ref="nope"> points to no \\label\{nope\}/,
    );
  });

  it('fails on a label used twice', async () => {
    await expect(compileMdx('$$\na \\label{x}\n$$\n\n$$\nb \\label{x}\n$$')).rejects.toThrow(/label "x" is used twice/);
  });
});

describe('KaTeX', () => {
  it('renders inline and display math with MathML at build time', async () => {
    const out = await compileMdx('Inline $x^2$ and\n\n$$\n\\frac{a}{b}\n$$');
    expect(out).toContain('katex-display');
    expect(out).toContain('<math xmlns='); // inside the formula's HTML string (plugins/static-math.ts)
    expect(out).not.toContain('katex-error');
  });

  it('fails the build on a formula KaTeX cannot parse, naming file, line and formula', async () => {
    await expect(compileMdx('Intro\n\n$$\n\\frac{a}{\n$$')).rejects.toThrow(
      /03-test\.mdx:3: KaTeX cannot render "\\frac\{a\}\{"/,
    );
    await expect(compileMdx('Bad $\\notacommand$ here')).rejects.toThrow(/KaTeX cannot render "\\notacommand"/);
  });
});
