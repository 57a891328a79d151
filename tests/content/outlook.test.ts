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

const FILE = 'content/12-outlook.mdx';
let c: RenderedChapter & { frontmatter: ChapterFrontmatter; sentences: () => string[] };

beforeAll(async () => {
  const rendered = await renderChapter(FILE, 'outlook');
  c = {
    ...rendered,
    frontmatter: validateFrontmatter(extractFrontmatter(rendered.source, FILE), FILE),
    sentences: () => sentencesOf(rendered.text),
  };
});

describe('chapter 12: front matter and structure', () => {
  it('has valid front matter with the slug outlook', () => {
    expect(c.frontmatter.slug).toBe('outlook');
    expect(c.frontmatter.goals.length).toBeGreaterThanOrEqual(2);
    expect(c.frontmatter.goals.length).toBeLessThanOrEqual(8);
    expect(c.frontmatter.minutes).toBeGreaterThanOrEqual(15);
    expect(c.frontmatter.minutes).toBeLessThanOrEqual(30);
  });

  it('is 2,500 to 4,500 words of prose (references not counted)', () => {
    expect(wordCount(c.source)).toBeGreaterThan(2500);
    expect(wordCount(c.source)).toBeLessThan(4500);
  });

  it('has the required sections with stable ids, and the four FAQ questions', () => {
    for (const id of ['applications', 'challenges', 'product', 'faq', 'summary', 'exercises', 'references']) {
      expect(c.html).toContain(`id="${id}"`);
    }
    for (const q of [
      'How do I choose a model?',
      'How long does training take?',
      'What resources do I need?',
      'How do I deal with overfitting?',
    ]) {
      expect(c.html).toMatch(new RegExp(`<h3[^>]*>${q.replace('?', '\\?')}`));
    }
  });

  it('covers every application area and every challenge of the brief', () => {
    for (const area of ['Language', 'Vision', 'Speech', 'Recommendation', 'Medicine', 'Finance', 'Education']) {
      expect(c.text).toContain(`${area}.`);
    }
    for (const id of ['compute-and-energy', 'privacy', 'interpretability', 'fairness', 'regulation']) {
      expect(c.html).toMatch(new RegExp(`<h3[^>]*id="${id}"`));
    }
  });

  it('names the EU AI Act precisely', () => {
    expect(c.text).toContain('Regulation (EU) 2024/1689');
    expect(c.text).toMatch(/entered into force on 1 August 2024/);
    expect(c.source).toContain('presumed when training\n  compute exceeds $10^{25}$ floating-point operations');
    // GPT-3's 6ND estimate (3.15 × 10²³) is computed, and it is indeed below the 10²⁵ threshold.
    expect(c.html).toContain('3.15 × 10<sup>23</sup>');
  });

  it('numbers the serving-cost formulas and references them', () => {
    const labels = [...c.source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(['step-time', 'answer-cost', 'training-compute']));
    expect(c.html).toContain('href="#eq-step-time"');
    expect(c.html).not.toContain('katex-error');
  });

  it('has a Mermaid product loop from problem through evaluation and launch back to improvement', () => {
    const chart = findMermaidBlocks(c.source)
      .map((b) => b.chart)
      .find((ch) => ch.includes('baseline'));
    expect(chart).toMatch(/^flowchart (LR|TD)/);
    const order = [
      'User problem',
      'Simple baseline',
      'Evaluation set',
      'Prototype',
      'Measure',
      'Launch',
      'Monitor',
      'Improve',
    ].map((w) => chart!.indexOf(w));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(chart).toMatch(/improve --> evalset/);
  });

  it('shows the serving calculator in a figure and has 3 to 6 exercises, one using it', () => {
    expect(c.html).toMatch(/<figure id="fig-serving"[\s\S]*?data-figure="inference-budget"[\s\S]*?<\/figure>/);
    const exercises = c.html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(c.html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(c.source).toMatch(/<Exercise title="Quantisation and speed">[\s\S]*?<FigRef id="serving" \/>/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(c.html);
  });
});

describe('chapter 12: computed numbers', () => {
  it('renders the serving and training estimates from code', () => {
    expect(c.text).toContain('needs 14 GB of memory');
    expect(c.text).toContain('takes at least 3.5 s');
    expect(c.text).toContain('at a batch of about 50 on this device');
    expect(c.text).toContain('in 8 bits 1.75 s');
    expect(c.text).toContain('12.5');
    expect(c.text).toContain('100 years');
    expect(c.text).toContain('36 days');
    expect(c.text).toContain('GPT-3 needs 350 GB in 16 bits');
    expect(c.text).toContain('2.8 TB');
    expect(c.html).toContain('5.88 × 10<sup>23</sup>');
  });

  it('types none of these values into the source', () => {
    const body = c.source.replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ' ');
    for (const v of ['14 GB', '3.5 s', '1.75 s', '350 GB', '2.8 TB', '100 years', '36 days', '3.15', '5.88', '12.5'])
      expect(body).not.toContain(v);
  });
});

describe('chapter 12: sober and correct', () => {
  it('says when not to use a large model, and warns about price prediction', () => {
    expect(c.text).toContain('Do you need a large model at all? Often not.');
    expect(c.sentences().some((s) => /market prices/.test(s))).toBe(true);
  });

  it('repeats none of the seed errors', () => {
    const bert = c.sentences().filter((s) => /\bBERT\b/.test(s) && /on ImageNet|image model|vision model/i.test(s));
    expect(bert).toEqual([]);
    expect(c.source).not.toMatch(/Turing|ai-course\.org|big-model\.org|nlp-dl\.org|Big Models: The Next Generation/i);
  });

  it('cites precisely and links only inside the chapter or to arXiv', () => {
    const refs = c.source.slice(c.source.indexOf('## References'));
    expect(refs).toMatch(/Regulation \(EU\) 2024\/1689/);
    expect(refs).toMatch(/Carlini, N\.[\s\S]*?\(2021\)\. Extracting training data\s+from large language models/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(10);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\.\s+\S/);
    const hrefs = [...c.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs)
      expect(href).toMatch(/^(#[\w-]+|\/chapters\/references#[\w-]+|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/);
  });
});
