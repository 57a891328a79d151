import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { countBookModel } from '../../src/ml/models/param-counts';
import { scoreSentence, trainBigram, withSmoothing } from '../../src/ml/worked/language-model';
import { buildVocabulary, demoCorpus, encode, tokenizeWords } from '../../src/ml/worked/tokenize';
import { compareVectors } from '../../src/ml/worked/vectors';
import { expectNoBlockInParagraph, renderChapter, sentencesOf, wordCount } from '../helpers/render-chapter';

const FILE = 'content/07-text-and-embeddings.mdx';
let html = '';
let text = '';
let source = '';

beforeAll(async () => {
  ({ html, text, source } = await renderChapter(FILE, 'text-and-embeddings'));
});

describe('chapter 7: front matter and structure', () => {
  it('has valid front matter with the slug text-and-embeddings', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('text-and-embeddings');
    expect(fm.goals.length).toBeGreaterThanOrEqual(2);
    expect(fm.goals.length).toBeLessThanOrEqual(8);
    expect(fm.minutes).toBeGreaterThanOrEqual(15);
    expect(fm.minutes).toBeLessThanOrEqual(30);
  });

  it('is 2,500 to 4,500 words of prose (references not counted)', () => {
    const words = wordCount(source);
    expect(words).toBeGreaterThan(2500);
    expect(words).toBeLessThan(4500);
  });

  it('has the required sections with stable ids', () => {
    for (const id of [
      'tokenisation',
      'vocabulary',
      'embeddings',
      'word2vec',
      'similarity',
      'language-models',
      'sentiment-model',
      'scale',
      'summary',
      'exercises',
      'references',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('numbers its formulas, references each one, and every formula renders', () => {
    const labels = [...source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'embedding-lookup',
      'skip-gram',
      'skip-gram-softmax',
      'negative-sampling',
      'cosine',
      'euclidean',
      'chain-rule',
      'bigram',
      'perplexity',
      'sentiment-model',
      'binary-cross-entropy',
    ]);
    for (const label of labels) expect(html).toContain(`id="eq-${label}"`);
    for (const label of [
      'embedding-lookup',
      'skip-gram',
      'cosine',
      'euclidean',
      'chain-rule',
      'bigram',
      'perplexity',
    ]) {
      expect(html).toContain(`href="#eq-${label}"`);
    }
    expect(html).not.toContain('katex-error');
  });

  it('shows the tokenizer, the cosine figure, the bigram model and the sentiment table in numbered figures', () => {
    expect(html).toMatch(/<figure id="fig-tokenizer"[\s\S]*?data-figure="tokenizer-demo"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-cosine"[\s\S]*?data-figure="cosine-similarity"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-bigram"[\s\S]*?data-figure="bigram-model"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-sentiment-table"[\s\S]*?class="param-table"[\s\S]*?<\/figure>/);
  });

  it('has a Mermaid diagram of text → tokens → ids → embeddings → model, in that order', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    const pipeline = blocks.find((chart) => chart.includes('Tokeniser'));
    expect(pipeline).toBeDefined();
    expect(pipeline).toMatch(/^flowchart (LR|TD)/);
    const order = ['Raw text', 'Tokeniser', 'token to id', 'Pad or truncate', 'Embedding', 'Model'].map((w) =>
      pipeline!.indexOf(w),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('embeds the sentiment lab (its placeholder is prerendered) in the sentiment-model section', () => {
    expect(source).toMatch(/<Lab name="sentiment" \/>/);
    expect(source).not.toMatch(/Lab coming/);
    const section = source.slice(source.indexOf('{#sentiment-model}'), source.indexOf('{#scale}'));
    expect(section).toContain('<Lab name="sentiment" />');
    expect(html).toContain('data-lab-placeholder="sentiment"');
  });

  it('has 3 to 6 exercises, each with a solution', () => {
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(text).toMatch(/Exercise 7\.1/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });
});

describe('chapter 7: every worked number is computed', () => {
  it('the tokenizer figure shows 12 tokens of which 6 are unknown ("half", as the text says)', () => {
    const tokens = tokenizeWords('The acting was great, but the ending was a mess!');
    const ids = encode(tokens, buildVocabulary(demoCorpus, 16));
    expect(tokens).toHaveLength(12);
    expect(ids.filter((id) => id === 1)).toHaveLength(6);
    expect(html).toContain('data-value="token-count">12<');
    expect(html).toContain('data-value="unknown-count">6<');
    expect(text).toContain('half of the tokens are unknown');
    // "but" and "ending" are in the corpus (once each) but not among the 16 ids; 24 ids hold them.
    const small = buildVocabulary(demoCorpus, 16);
    const large = buildVocabulary(demoCorpus, 24);
    for (const w of ['but', 'ending']) {
      expect(small.counts.get(w)).toBe(1);
      expect(small.ids.has(w)).toBe(false);
      expect(large.ids.has(w)).toBe(true);
    }
    for (const w of ['a', 'mess', ',', '!', 'not']) expect(small.counts.has(w)).toBe(false);
    expect(large.tokens.length).toBeLessThan(24);
  });

  it('renders the embedding counts of the sentiment model', () => {
    const embedding = countBookModel('sentiment').layers.find((l) => l.name === 'embedding')!;
    expect(embedding.params).toBe(160_000);
    expect(text).toContain('160,000');
    expect(text).toContain('160,016');
    expect(text).toContain('643 million');
  });

  it('shows the corrected cosine example: ‖b‖² = 77, cosine 0.9746, distance √27', () => {
    const c = compareVectors([1, 2, 3], [4, 5, 6]);
    expect(c.normBSquared).toBe(77);
    expect(text).toContain('‖b‖² = 77');
    expect(text).toContain('0.9746');
    expect(text).toContain('√27 ≈ 5.1962');
    // The doubled b of Exercise 7.3: the same cosine, a larger distance.
    expect(text).toContain('‖b‖² = 308');
    expect(text).toContain('64 / 65.6658 ≈ 0.9746');
    expect(text).toContain('√194 ≈ 13.9284');
  });

  it('renders the perplexities quoted in the text from the bigram model', () => {
    const model = trainBigram(demoCorpus);
    const pp = (s: string, k = 0) => scoreSentence(withSmoothing(model, k), s).perplexity;
    expect(pp('The movie was good.').toFixed(2)).toBe('2.31');
    expect(pp('Good was the movie.')).toBe(Infinity);
    expect(pp('Good was the movie.', 1).toFixed(2)).toBe('19.35');
    expect(pp('The movie was good.', 1).toFixed(2)).toBe('7.36');
    expect(pp('The movie was dull and the plot was bad.')).toBe(Infinity);
    for (const value of ['2.31', '19.35', '7.36', '∞', pp('The story was good.').toFixed(2)]) {
      expect(text).toContain(value);
    }
    expect(text).toContain(pp('The movie was dull and the plot was bad.', 0.1).toFixed(2));
  });
});

describe('chapter 7: does not repeat the errors of the source articles', () => {
  it('never uses √136 or 136 for ‖(4,5,6)‖², except where it quotes the source article as wrong', () => {
    const with136 = sentencesOf(text).filter((s) => /\b136\b/.test(s));
    expect(with136.length).toBeGreaterThan(0);
    for (const s of with136) expect(s).toMatch(/source article|it is not 136/);
    expect([...source.matchAll(/136/g)]).toHaveLength(2);
    expect(source).toMatch(
      /A source article computed the cosine of \(1, 2, 3\) and \(4, 5, 6\) with \$\\sqrt\{136\}\$/,
    );
    expect(source).toMatch(/and it is not 136/);
  });

  it('writes the Euclidean distance as a sum over components', () => {
    expect(source).toMatch(/\\sqrt\{\\sum_\{i=1\}\^\{n\} \(a_i - b_i\)\^2\}/);
    expect(text).toMatch(/cannot be squared as a whole/);
  });

  it('trains the one-sigmoid sentiment model with binary cross-entropy', () => {
    expect(source).toMatch(/y \\log \\hat\{y\} \+ \(1 - y\) \\log \(1 - \\hat\{y\}\)/);
    expect(text).toMatch(/the right loss is the binary cross-entropy/);
    // Categorical cross-entropy appears only where the text explains why it is wrong for one sigmoid.
    const categorical = sentencesOf(text).filter((s) => /categorical cross-entropy/i.test(s));
    expect(categorical.length).toBeGreaterThan(0);
    for (const s of categorical)
      expect(s).toMatch(/would ignore|two-unit softmax|expects one probability per class|single output/);
  });

  it('treats BERT as a text model', () => {
    const bad = sentencesOf(text).filter((s) => /\bBERT\b/.test(s) && /ImageNet|image model|vision model/i.test(s));
    expect(bad).toEqual([]);
  });

  it('cites word2vec, BPE and the other sources precisely', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(/Mikolov, T\., Chen, K\., Corrado, G\., and Dean, J\. \(2013\)\. Efficient estimation/);
    expect(refs).toMatch(/Mikolov, T\., Sutskever, I\.[\s\S]*?Distributed representations[\s\S]*?NeurIPS 2013/);
    expect(refs).toMatch(/Sennrich, R\., Haddow, B\., and Birch, A\. \(2016\)[\s\S]*?ACL 2016/);
    expect(refs).toMatch(/Bengio, Y\., Ducharme, R\., Vincent, P\., and Jauvin, C\. \(2003\)/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
  });

  it('links only to chapters that exist, its own anchors and arXiv', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/labs\/[\w-]+|\/chapters\/(cnn|pre-training|large-models)|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});
