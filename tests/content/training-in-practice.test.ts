import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { labNames } from '../../src/widgets/catalog';
import { chapterSource } from '../helpers/compile';
import { expectNoBlockInParagraph, proseOf, renderChapter, sentencesOf } from '../helpers/render-chapter';
import { dataValue } from '../widgets/html';

const FILE = 'content/05-training-in-practice.mdx';
const source = chapterSource(FILE);

/** The chapter rendered to HTML the way the prerender does: real pipeline, real components. */
let html = '';
/** The visible text of that HTML, whitespace collapsed. */
let text = '';

beforeAll(async () => {
  ({ html, text } = await renderChapter(FILE, 'training-in-practice'));
});

/** Sentences of the visible text. */
const sentences = () => sentencesOf(text);

/** Prose of the source only: no front matter, code, math, JSX tags, URLs or arXiv ids. */
const prose = () => proseOf(source);

describe('chapter 5: front matter and structure', () => {
  it('has valid front matter with the slug training-in-practice', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('training-in-practice');
    expect(fm.goals.length).toBeGreaterThanOrEqual(2);
    expect(fm.goals.length).toBeLessThanOrEqual(8);
    expect(fm.minutes).toBeGreaterThanOrEqual(15);
    expect(fm.minutes).toBeLessThanOrEqual(30);
  });

  it('is 2,500 to 4,500 words of prose (references not counted)', () => {
    const body = prose().slice(0, prose().indexOf('## References'));
    const words = body.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
    expect(words).toBeGreaterThan(2500);
    expect(words).toBeLessThan(4500);
  });

  it('has the required sections with stable ids', () => {
    for (const id of [
      'splits',
      'overfitting',
      'regularization',
      'dropout',
      'batch-norm',
      'augmentation',
      'early-stopping',
      'cross-validation',
      'hyperparameters',
      'playground',
      'scale',
      'summary',
      'exercises',
      'references',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('numbers its formulas, references them, and every one renders', () => {
    const labels = [...source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual(
      expect.arrayContaining(['set-loss', 'polynomial', 'l2', 'l1', 'dropout', 'bn-stats', 'bn', 'bn-running', 'cv']),
    );
    expect(html).toContain('id="eq-bn"');
    expect(html).toContain('href="#eq-dropout"');
    expect(html).not.toContain('katex-error');
  });

  it('shows the overfitting figure in a numbered figure', () => {
    expect(html).toMatch(/<figure id="fig-overfitting"[\s\S]*?data-figure="overfitting-curves"[\s\S]*?<\/figure>/);
    expect(text).toMatch(/Figure 5\.1\s*\. Polynomials of degree 0 to 12/);
  });

  it('has a Mermaid diagram of the train / validate / test workflow, in that order', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    const flow = blocks.find((chart) => chart.includes('Validation set'));
    expect(flow).toBeDefined();
    expect(flow).toMatch(/^flowchart (LR|TD)/);
    const order = [
      'Training set',
      'Validation set',
      'Test set',
      'Fit the parameters',
      'Measure once on the test set',
    ].map((w) => flow!.indexOf(w));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('embeds the MLP playground with its overfitting preset in the playground section', () => {
    expect(labNames).toContain('mlp');
    const section = source.slice(source.indexOf('\\{#playground}'), source.indexOf('\\{#scale}'));
    expect(section).toMatch(/<Lab name="mlp" preset="overfitting" \/>/);
    expect(source).not.toMatch(/Lab coming/);
    expect(html).toContain('data-lab-placeholder="mlp"');
  });

  it('has 3 to 6 exercises, each with a solution', () => {
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(text).toMatch(/Exercise 5\.1/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });
});

describe('chapter 5: every worked number is computed', () => {
  /** The values of the `<Quoted>` numbers in the text, in order. */
  const quoted = () => [...html.matchAll(/class="computed" data-value="([^"]+)">([^<]*)</g)].map((m) => m[2]);

  it('renders the figure: degree 3 is picked by validation, test MSE 0.100', () => {
    expect(dataValue(html, 'overfit-best-degree')).toBe('3');
    expect(dataValue(html, 'overfit-best-validation-mse')).toBe('0.140');
    expect(dataValue(html, 'overfit-best-test-mse')).toBe('0.100');
    expect(dataValue(html, 'overfit-train-12')).toBe('0.000');
  });

  it('quotes the figure’s numbers in the prose from code', () => {
    expect(text).toMatch(/validation error reaches its minimum, at degree 3\s*\./);
    expect(text).toMatch(/down from 19840 to 0\.269/);
    expect(quoted()).toEqual(
      expect.arrayContaining(['3', '0.140', '0.100', '0.133', '5', '0.236', '0.190', '7', '0.150', '19840', '0.269']),
    );
  });

  it('types none of those computed numbers into the prose', () => {
    const body = prose();
    for (const computed of ['0.140', '0.100', '0.133', '0.269', '0.236', '0.150', '0.190', '19840', '0.697', '0.523']) {
      expect(body).not.toContain(computed);
    }
    // The degree validation picks is computed too (quoting a chosen degree, "at degree 3 from …", is fine).
    expect(body).not.toMatch(/(minimum|lowest|best|picks?)[^.]{0,40}degree \d/);
  });
});

describe('chapter 5: content is correct and does not repeat the errors of the source articles', () => {
  it('writes inverted dropout with the 1/(1 − p) scaling and no change at inference', () => {
    expect(source).toContain('\\tilde{a}_j = \\frac{r_j \\, a_j}{1 - p}');
    expect(text).toMatch(/At inference time the layer does nothing at all/);
  });

  it('writes batch normalisation with every symbol, and running averages for inference', () => {
    expect(source).toContain(
      '\\hat{x}_i = \\frac{x_i - \\mu_{\\mathcal{B}}}{\\sqrt{\\sigma_{\\mathcal{B}}^2 + \\epsilon}}',
    );
    expect(source).toContain('y_i = \\gamma \\, \\hat{x}_i + \\beta');
    for (const symbol of [
      '\\mu_{\\mathcal{B}}',
      '\\sigma_{\\mathcal{B}}^2',
      '$\\epsilon$',
      '$\\gamma$',
      '$\\beta$',
      '$\\alpha$',
    ]) {
      expect(source).toContain(symbol);
    }
    expect(text).toMatch(/Training and inference behave differently/);
  });

  it('gives the L1 and L2 gradients', () => {
    expect(source).toContain('\\frac{\\partial L}{\\partial \\theta_j} + 2 \\lambda \\, \\theta_j');
    expect(source).toContain('\\lambda \\, \\operatorname{sign}(\\theta_j)');
  });

  it('does not claim that cross-validation or a schedule by itself prevents overfitting', () => {
    const bad = sentences().filter(
      (s) => /cross-validation/i.test(s) && /(prevent|avoid)s? overfitting/i.test(s) && !/\bnot\b/.test(s),
    );
    expect(bad).toEqual([]);
    expect(sentences().filter((s) => /schedule/i.test(s) && /overfitting/i.test(s))).toEqual([]);
  });

  it('never calls BERT an image model', () => {
    expect(sentences().filter((s) => /\bBERT\b/.test(s) && /image|ImageNet|vision/i.test(s))).toEqual([]);
  });

  it('cites the sources with the right authors, venues and years', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(
      /Bergstra, J\., and Bengio, Y\. \(2012\)\. Random search for hyper-parameter optimization\. \*Journal of\s+Machine Learning Research\*, 13, 281–305/,
    );
    expect(refs).toMatch(
      /Srivastava, N\.[\s\S]*?\(2014\)\. Dropout:[\s\S]*?\*Journal of Machine Learning Research\*, 15/,
    );
    expect(refs).toMatch(/Ioffe, S\., and Szegedy, C\. \(2015\)\. Batch normalization[\s\S]*?\*ICML 2015\*/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
    for (const cited of ['Santurkar', 'Ba, J. L.', 'Brown, T. B.']) expect(refs).toContain(cited);
  });

  it('links only inside the book where the link exists, and outside only over https', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toContain('/chapters/optimizers#adamw');
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/labs\/[\w-]+|\/chapters\/[\w-]+(#[\w-]+)?|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});
