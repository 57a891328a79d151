import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseGlossary, readGlossary } from '../../src/mdx/glossary';
import { compileMdx } from '../helpers/compile';

const text = (id: string, lang = '') => {
  const entry = readGlossary(lang)?.get(id);
  return entry ? toString({ type: 'paragraph', children: entry.definition }) : undefined;
};

describe('the glossary, read at build time (src/mdx/glossary.ts)', () => {
  it('has every `### Term \\{#id}` entry of the appendix with its definition', () => {
    const glossary = readGlossary();
    expect(glossary?.size).toBeGreaterThan(90);
    expect(glossary?.get('pre-training')?.term).toBe('Pre-training');
    expect(text('accuracy')).toBe(
      'The fraction of examples a classifier gets right, (TP + TN)/n. It is misleading when one class is\nrare: always answering "negative" scores high on a test set that is mostly negative.',
    );
  });

  it('keeps math as math, turns links into text and drops the closing "See Chapter N."', () => {
    const [entry] = parseGlossary(
      '---\ntitle: x\n---\n\n### Loss \\{#loss}\n\nA number $L$, see [the chapter](/chapters/losses) on it. See\n[Chapter 3](/chapters/losses#mse).\n\n### Next \\{#next}\n\nMore.\n',
    );
    expect(entry.id).toBe('loss');
    expect(entry.term).toBe('Loss');
    expect(entry.definition.map((node) => node.type)).toEqual(['text', 'inlineMath', 'text', 'text', 'text']);
    expect(toString({ type: 'paragraph', children: entry.definition })).toBe('A number L, see the chapter on it.');
  });

  it('reads the Chinese glossary for the /zh/ edition, without its "见第 N 章"', () => {
    expect(text('accuracy', 'zh')).toMatch(/^分类器判断正确的样本所占的比例/);
    expect(text('accuracy', 'zh')).toMatch(/准确率。$/);
    expect(text('accuracy', 'zh')).not.toMatch(/第 10 章/);
  });
});

describe('<Term id> (src/mdx/plugins/terms.ts)', () => {
  it('puts the definition into the compiled chapter', async () => {
    const out = await compileMdx('Models are <Term id="pre-training">pre-trained</Term> first.');
    expect(out).toMatch(/_jsxs?\(Term, \{\s*id: "pre-training"/);
    expect(out).toMatch(/_jsxs?\(TermDefinition, \{/);
    expect(out).toContain('Training a general model once, on a large and broad data set');
  });

  it('fails the build on an unknown term, naming file and line', async () => {
    await expect(compileMdx('Line one.\n\nA <Term id="no-such-term">word</Term>.')).rejects.toThrow(
      /content\/03-test\.mdx:3: <Term id="no-such-term"> names no entry of the glossary/,
    );
  });
});
