import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter, type ChapterFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import {
  expectNoBlockInParagraph,
  renderChapter,
  sentencesOf,
  type RenderedChapter,
  wordCount,
} from '../helpers/render-chapter';

const FILE = 'content/10-evaluation.mdx';
let c: RenderedChapter & { frontmatter: ChapterFrontmatter; sentences: () => string[] };

beforeAll(async () => {
  const rendered = await renderChapter(FILE, 'evaluation');
  c = {
    ...rendered,
    frontmatter: validateFrontmatter(extractFrontmatter(rendered.source, FILE), FILE),
    sentences: () => sentencesOf(rendered.text),
  };
});

describe('chapter 10: front matter and structure', () => {
  it('has valid front matter with the slug evaluation', () => {
    expect(c.frontmatter.slug).toBe('evaluation');
    expect(c.frontmatter.goals.length).toBeGreaterThanOrEqual(2);
    expect(c.frontmatter.goals.length).toBeLessThanOrEqual(8);
    expect(c.frontmatter.minutes).toBeGreaterThanOrEqual(15);
    expect(c.frontmatter.minutes).toBeLessThanOrEqual(30);
  });

  it('is 2,500 to 4,500 words of prose (references not counted)', () => {
    expect(wordCount(c.source)).toBeGreaterThan(2500);
    expect(wordCount(c.source)).toBeLessThan(4500);
  });

  it('has the required sections with stable ids', () => {
    for (const id of [
      'held-out',
      'confusion-matrix',
      'thresholds',
      'roc',
      'calibration',
      'leakage',
      'lab-metrics',
      'summary',
      'exercises',
      'references',
    ]) {
      expect(c.html).toContain(`id="${id}"`);
    }
  });

  it('numbers and references the metric, AUC and ECE formulas', () => {
    const labels = [...c.source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual(
      expect.arrayContaining(['prf', 'f1', 'threshold', 'rates', 'auc-trapezoid', 'auc-rank', 'auc-pairs', 'ece']),
    );
    for (const ref of ['prf', 'f1', 'auc-rank', 'auc-pairs', 'ece']) expect(c.html).toContain(`href="#eq-${ref}"`);
    expect(c.html).not.toContain('katex-error');
  });

  it('has a Mermaid evaluation workflow: split, train, validate, test once, in that order', () => {
    const chart = findMermaidBlocks(c.source)
      .map((b) => b.chart)
      .find((ch) => ch.includes('test set'));
    expect(chart).toMatch(/^flowchart (LR|TD)/);
    const order = ['Split once', 'Train on the training set', 'validation set', 'Evaluate once on the test set'].map(
      (w) => chart!.indexOf(w),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows the threshold explorer and the reliability diagram in numbered figures', () => {
    expect(c.html).toMatch(/<figure id="fig-threshold"[\s\S]*?data-figure="threshold-explorer"[\s\S]*?<\/figure>/);
    expect(c.html).toMatch(/<figure id="fig-reliability"[\s\S]*?data-figure="reliability-diagram"[\s\S]*?<\/figure>/);
    expect(c.text).toMatch(/Figure 10\.1\s*\. Twelve scored examples/);
  });

  it('links to the MNIST and sentiment labs (embedded in chapters 6 and 7, not again here) and has 3 to 6 exercises', () => {
    expect(c.html).not.toContain('Lab coming');
    expect(c.source).not.toMatch(/<Lab name=/);
    const section = c.source.slice(c.source.indexOf('## What the labs report'), c.source.indexOf('## Summary'));
    for (const link of [
      '(/chapters/cnn#mnist-lab)',
      '(/labs/mnist)',
      '(/chapters/text-and-embeddings#sentiment-model)',
      '(/labs/sentiment)',
      '(/chapters/deployment#quantization-lab)',
    ])
      expect(section).toContain(link);
    // What the labs' UIs really show (src/widgets/mnist-lab/TestResults.tsx, sentiment-lab/TestResults.tsx).
    expect(section).toMatch(/10 \\times 10\$ confusion\s+matrix/);
    expect(section).toContain('Click a cell');
    expect(section).toContain('misclassified test digits');
    expect(section).toMatch(/ROC curve with its AUC/);
    expect(section).toMatch(/fixed threshold 0\.5/);
    expect(section).toContain('The lab has no threshold slider');
    const exercises = c.html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(c.html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(c.source).toMatch(/<Exercise[\s\S]*?<FigRef id="threshold" \/>[\s\S]*?<\/Exercise>/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(c.html);
  });
});

describe('chapter 10: computed numbers', () => {
  it('quotes the explorer’s metrics from code', () => {
    expect(c.text).toContain('finds 5 of the six positives, raises 2 false alarms');
    expect(c.text).toContain('precision 0.7143 and recall 0.8333');
    expect(c.text).toContain('precision improves to 0.8000 while recall drops to 0.6667');
  });

  it('shows AUC 0.7778 by the trapezoid rule and from 28 of 36 pairs, and ECE 0.1375', () => {
    expect(c.text).toContain('this sum is 0.7778');
    expect(c.text).toContain('28 of 36 pairs are ordered correctly, giving 0.7778');
    expect(c.text).toContain('ECE is 0.1375');
  });

  it('computes the fraud exercise: accuracy 99.3% against 99.5% for the trivial model', () => {
    expect(c.text).toContain('99.3%');
    expect(c.text).toContain('99.5%');
    expect(c.text).toContain('0.5333');
  });

  it('types none of these values into the source', () => {
    const body = c.source.replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ' ');
    for (const v of ['0.7143', '0.8333', '0.7778', '0.1375', '0.7692', '7/9', '99.3', '99.5', '0.5333']) {
      expect(body).not.toContain(v);
    }
  });
});

describe('chapter 10: correctness', () => {
  it('says what AUC means: the probability a random positive outscores a random negative', () => {
    expect(c.text).toMatch(/AUC is the probability that the classifier ranks the positive higher/);
    expect(c.source).toMatch(/\\Pr\\left\(s\^\{\+\} > s\^\{-\}\\right\) \+ \\tfrac\{1\}\{2\}/);
  });

  it('does not claim a ROC curve shows accuracy (seed 003 did)', () => {
    const bad = c
      .sentences()
      .filter((s) => /ROC[^.]*\b(shows?|indicates?|demonstrates?|proves?)\b[^.]*accura/i.test(s));
    expect(bad).toEqual([]);
    expect(c.text).toContain('a ROC curve says nothing directly about accuracy');
  });

  it('defines precision, recall and F1 with the right cells', () => {
    expect(c.source).toContain('\\text{precision} = \\frac{TP}{TP + FP}');
    expect(c.source).toContain('\\text{recall} = \\frac{TP}{TP + FN}');
    expect(c.source).toContain('\\frac{2\\,TP}{2\\,TP + FP + FN}');
  });

  it('cites precisely and links only inside the book or to arXiv', () => {
    const refs = c.source.slice(c.source.indexOf('## References'));
    expect(refs).toMatch(/Hanley, J\. A\., and McNeil, B\. J\. \(1982\)/);
    expect(refs).toMatch(/Guo, C\.[\s\S]*?\(2017\)\. On calibration of modern neural networks\.\s+\*ICML 2017\*/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Za-z][^()]+\(\d{4}\)\.\s+\S/);
    const hrefs = [...c.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs)
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/labs\/(mnist|sentiment)|\/chapters\/(cnn|text-and-embeddings|deployment)#[\w-]+|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
  });
});
