import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { bookModelIds, countBookModel } from '../../src/ml/models/param-counts';
import { chapterSource } from '../helpers/compile';
import { expectNoBlockInParagraph, proseOf, renderChapter, sentencesOf } from '../helpers/render-chapter';

const FILE = 'content/01-large-models.mdx';
const source = chapterSource(FILE);

/** The chapter rendered to HTML the way the prerender does: real pipeline, real components. */
let html = '';
/** The visible text of that HTML, whitespace collapsed. */
let text = '';

beforeAll(async () => {
  ({ html, text } = await renderChapter(FILE, 'large-models'));
});

/** Sentences of the visible text (good enough for "does any sentence say X and Y"). */
const sentences = () => sentencesOf(text);

/** Prose of the source only: no front matter, code, math, JSX tags, URLs or arXiv ids. */
const prose = () => proseOf(source);

describe('chapter 1: front matter and structure', () => {
  it('has valid front matter with the slug large-models', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('large-models');
    expect(fm.goals.length).toBeGreaterThanOrEqual(2);
    expect(fm.goals.length).toBeLessThanOrEqual(8);
    expect(fm.minutes).toBeGreaterThanOrEqual(15);
    expect(fm.minutes).toBeLessThanOrEqual(30);
  });

  it('is 2,500 to 4,000 words of prose (references not counted)', () => {
    const body = prose().slice(0, prose().indexOf('## References'));
    const words = body.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
    expect(words).toBeGreaterThan(2500);
    expect(words).toBeLessThan(4000);
  });

  it('has the required sections with stable ids', () => {
    for (const id of [
      'function-with-parameters',
      'scale',
      'compute',
      'history',
      'pre-trained',
      'why-now',
      'pipeline',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    for (const id of ['diagnostics', 'summary', 'exercises', 'references']) expect(html).toContain(`id="${id}"`);
  });

  it('numbers its labelled formulas and references them', () => {
    const labels = [...source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual(
      expect.arrayContaining(['dense-params', 'conv-params', 'chain-rule', 'next-token', 'masked-lm', 'compute']),
    );
    expect(html).toContain('id="eq-dense-params"');
    expect(html).toContain('href="#eq-compute"');
    expect(html).not.toContain('katex-error');
  });

  it('shows the scale chart inside a numbered figure, and the layer table', () => {
    expect(html).toMatch(/<figure id="fig-scale"[\s\S]*?role="img"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-seed-cnn-table"[\s\S]*?class="param-table"[\s\S]*?<\/figure>/);
    expect(text).toMatch(/Figure 1\.2\s*\. Parameter counts/);
  });

  it('has a Mermaid pipeline: pre-training, fine-tuning, evaluation, deployment, in that order', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    const pipeline = blocks.find((chart) => chart.includes('Fine-tuning'));
    expect(pipeline).toBeDefined();
    expect(pipeline).toMatch(/^flowchart (LR|TD)/);
    const order = ['Pre-training', 'Fine-tuning', 'Evaluation', 'deployment'].map((w) => pipeline!.indexOf(w));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has callouts, the diagnostics lab and 3 to 6 exercises, each with a solution', () => {
    expect(html).toMatch(/class="callout callout-(note|tip|warning)"/);
    expect(html).toContain('data-lab-placeholder="diagnostics"');
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(text).toMatch(/Exercise 1\.1/);
  });

  it('never nests a block element (table, figure, details, aside, div) in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });
});

describe('chapter 1: every worked number is computed', () => {
  it('renders the parameter counts of the book models from code', () => {
    for (const value of ['5,994', '93,322', '101,770', '160,433', '100,480', '1,290']) expect(text).toContain(value);
    expect(text).toContain('175 billion');
    expect(text).toContain('110 million');
    expect(text).toContain('1.88 million times');
    expect(html).toContain('3.15 × 10<sup>23</sup>');
    expect(text).toContain('100 years');
    expect(text).toContain('36 days');
  });

  it('types no computed count into the prose (or the math)', () => {
    const counts = new Set<number>();
    for (const id of bookModelIds) {
      const counted = countBookModel(id);
      counts.add(counted.params).add(counted.macs);
      for (const layer of counted.layers) counts.add(layer.params).add(layer.macs);
    }
    const body = source.replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ' ');
    const literals = [...body.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));
    const typed = literals.filter((n) => n >= 100 && counts.has(n));
    expect(typed).toEqual([]);
  });

  it('has no large number in the prose except years and the size of the MNIST training set', () => {
    const numbers = [...prose().matchAll(/\d[\d,.]*\d/g)].map((m) => m[0]);
    const large = numbers.filter((n) => n.replace(/[,.]/g, '').length >= 4);
    const allowed = (n: string) => /^(19|20)\d\d$/.test(n) || n === '60,000';
    expect(large.filter((n) => !allowed(n))).toEqual([]);
  });
});

describe('chapter 1: does not repeat the errors of the source articles', () => {
  it('treats BERT as a text model (never an image model, never an ImageNet result)', () => {
    const bad = sentences().filter((s) => /\bBERT\b/.test(s) && /ImageNet|image model|vision model|images?\b/i.test(s));
    expect(bad).toEqual([]);
    expect(text).toMatch(/Both are text models/);
  });

  it('says GPT is pre-trained by next-token prediction and BERT by masked language modelling', () => {
    expect(sentences().some((s) => /GPT/.test(s) && /next[- ]token/i.test(s))).toBe(true);
    expect(sentences().some((s) => /BERT/.test(s) && /masked/i.test(s))).toBe(true);
    expect(text).toMatch(/Self-attention is part of the architecture, not a stage of training/);
  });

  it('calls ViT a vision model, not multimodal, and the Transformer not a speech model', () => {
    expect(text).toContain('ViT is a vision model');
    expect(sentences().filter((s) => /\bViT\b|Vision Transformer/.test(s) && /multimodal/i.test(s))).toEqual([]);
    expect(sentences().filter((s) => /Transformer/.test(s) && /speech/i.test(s))).toEqual([]);
  });

  it('has no "Turing" vision model and no unverifiable references', () => {
    for (const phrase of [
      /Turing/i,
      /Big Models: The Next Generation/i,
      /ai-course\.org/i,
      /nlp-dl\.org/i,
      /big-model\.org/i,
      /Theoretical Advantage of Deep and Widely/i,
    ]) {
      expect(source).not.toMatch(phrase);
    }
  });

  it('cites the key papers with the right authors, venues and years', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(/Vaswani[\s\S]*?\(2017\)\. Attention is all you need\. \*NeurIPS 2017\*[\s\S]*?1706\.03762/);
    expect(refs).toMatch(/Brown, T\. B\.[\s\S]*?\(2020\)\. Language models are few-shot\s+learners\. \*NeurIPS 2020\*/);
    expect(refs).toMatch(/He, K\.[\s\S]*?\(2016\)\. Deep residual learning for image recognition\.\s+\*CVPR 2016\*/);
    expect(refs).toMatch(/Devlin, J\.[\s\S]*?\(2019\)\. BERT:[\s\S]*?\*NAACL-HLT 2019\*/);
    expect(refs).toMatch(/Kaplan, J\.[\s\S]*?2001\.08361/);
    expect(refs).toMatch(/Krizhevsky, A\., Sutskever, I\., and Hinton, G\. E\. \(2012\)/);
    // Every numbered reference names authors, a year and a title.
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
  });

  it('links only inside the book where the link exists, and outside only over https', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/chapters\/large-models|\/chapters\/glossary#[\w-]+|\/labs\/diagnostics|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});
