import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { bookModelIds, countBookModel } from '../../src/ml/models/param-counts';
import { convolve2d, inputPresets, kernelPresets } from '../../src/ml/worked/convolution';
import {
  expectNoBlockInParagraph,
  proseOf,
  renderChapter,
  sentencesOf,
  type RenderedChapter,
  wordCount,
} from '../helpers/render-chapter';

const FILE = 'content/06-cnn.mdx';
let chapter: RenderedChapter;
let html = '';
let text = '';
let source = '';

beforeAll(async () => {
  chapter = await renderChapter(FILE, 'cnn');
  ({ html, text, source } = chapter);
});

describe('chapter 6: front matter and structure', () => {
  it('has valid front matter with the slug cnn', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('cnn');
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
      'why-not-dense',
      'convolution',
      'padding-and-stride',
      'pooling',
      'receptive-fields',
      'parameters',
      'why-convolution',
      'mnist-lab',
      'scale',
      'summary',
      'exercises',
      'references',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('numbers its formulas, references them, and every formula renders', () => {
    const labels = [...source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'conv-single',
      'conv-multi',
      'conv-output-size',
      'max-pool',
      'receptive-field',
      'conv-params',
      'equivariance',
    ]);
    for (const label of labels) {
      expect(html).toContain(`id="eq-${label}"`);
      expect(html).toContain(`href="#eq-${label}"`);
    }
    expect(html).not.toContain('katex-error');
  });

  it('shows the convolution explorer, the receptive-field calculator and the layer table in numbered figures', () => {
    expect(html).toMatch(/<figure id="fig-conv-explorer"[\s\S]*?data-figure="convolution-explorer"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-receptive-field"[\s\S]*?data-figure="receptive-field"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-seed-cnn"[\s\S]*?class="param-table"[\s\S]*?<\/figure>/);
    expect(text).toMatch(/Figure 6\.1\s*\. A 3×3 kernel/);
  });

  it('has a Mermaid diagram of the CNN whose shapes are the computed ones', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    expect(blocks).toHaveLength(1);
    const chart = blocks[0];
    expect(chart).toMatch(/^flowchart (LR|TD)/);
    const counted = countBookModel('seed-cnn').layers;
    const shapes = counted.filter((l) => l.outputShape.length === 3).map((l) => l.outputShape.join('×'));
    expect(shapes).toEqual(['26×26×32', '13×13×32', '11×11×64', '5×5×64', '3×3×64']);
    const positions = ['28×28×1', ...shapes].map((s) => chart.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(chart).toContain(`Flatten: ${counted.find((l) => l.name === 'flatten')?.outputShape[0]}`);
    expect(chart.match(/Conv 3×3/g)).toHaveLength(3);
    expect(chart.match(/Max-pool/g)).toHaveLength(2);
    expect(chart.match(/Dense/g)).toHaveLength(2);
  });

  it('embeds the MNIST lab', () => {
    expect(source).toContain('<Lab name="mnist" />');
    expect(html).toContain('data-lab-placeholder="mnist"');
  });

  it('has 3 to 6 exercises, each with a solution', () => {
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(text).toMatch(/Exercise 6\.1/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });
});

describe('chapter 6: every worked number is computed', () => {
  it('renders the parameter counts and multiply-adds of the MNIST CNN from code', () => {
    const seed = countBookModel('seed-cnn');
    const layer = (name: string) => seed.layers.find((l) => l.name === name)!;
    expect(layer('conv2d').params).toBe(320);
    expect(layer('conv2d_1').params).toBe(18_496);
    expect(seed.params).toBe(93_322);
    // "fewer than the first layer of the perceptron"
    expect(seed.params).toBeLessThan(countBookModel('mnist-mlp').layers.find((l) => l.name === 'dense')!.params);
    expect(text).toContain('fewer than the first layer of the perceptron');
    for (const value of ['320', '18,496', '93,322', '2,230,272', '100,480', '16,981,120', '150,529,000']) {
      expect(text).toContain(value);
    }
    expect(text).toContain(layer('conv2d_1').macs.toLocaleString('en-US'));
    expect(text).toContain(seed.macs.toLocaleString('en-US'));
  });

  it('renders output sizes and receptive fields with their arithmetic', () => {
    expect(text).toContain('⌊(28 + 2·0 − 3) / 1⌋ + 1 = 26');
    expect(text).toContain('⌊(28 + 2·1 − 3) / 1⌋ + 1 = 28');
    expect(text).toContain('⌊(28 + 2·1 − 3) / 2⌋ + 1 = 14');
    expect(text).toContain('⌊(224 + 2·3 − 7) / 2⌋ + 1 = 112');
    expect(text).toContain('⌊(28 + 2·2 − 5) / 1⌋ + 1 = 28');
    expect(text).toContain('18×18');
    expect(text).toContain('16×16');
    expect(text).toContain('7×7');
  });

  it('computes the outline kernel sums of Exercise 6.1', () => {
    const out = convolve2d(inputPresets.seven.grid, kernelPresets.outline.kernel).output;
    expect(out[0][0]).toBe(7);
    expect(out[4][1]).toBe(7);
    expect(Math.max(...out.flat())).toBe(7);
    expect(text).toContain('1·8 + 1·(−1) = 7');
  });

  it('types no computed count into the prose or the math', () => {
    const counts = new Set<number>();
    for (const id of bookModelIds) {
      const counted = countBookModel(id);
      counts.add(counted.params).add(counted.macs);
      for (const l of counted.layers) counts.add(l.params).add(l.macs);
    }
    counts.add(16_981_120).add(150_529_000).add(100_480);
    const body = source.replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ' ');
    const literals = [...body.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));
    expect(literals.filter((n) => n >= 100 && counts.has(n))).toEqual([]);
  });

  it('has no large number in the prose except years and dataset sizes', () => {
    const body = proseOf(source);
    const numbers = [...body.slice(0, body.indexOf('## References')).matchAll(/\d[\d,.]*\d/g)].map((m) => m[0]);
    const large = numbers.filter((n) => n.replace(/[,.]/g, '').length >= 4);
    const allowed = (n: string) => /^(19|20)\d\d$/.test(n) || n === '8,000' || n === '1,000';
    expect(large.filter((n) => !allowed(n))).toEqual([]);
  });
});

describe('chapter 6: does not repeat the errors of the source articles', () => {
  it('counts three convolution, two pooling and two dense layers in the MNIST CNN', () => {
    expect(text).toContain('It has three convolution layers, two max-pooling layers and two dense layers');
    expect(text).toMatch(/Softmax is not a layer of its own here/);
    // "five convolution layers" appears only where the chapter reports (and corrects) the source's claim.
    const five = sentencesOf(text).filter((s) => /five conv\w* layers|two softmax layers/i.test(s));
    expect(five.length).toBeGreaterThan(0);
    for (const s of five) expect(s).toMatch(/source article .* said|AlexNet/);
  });

  it('cites the key papers with the right authors, venues and years', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(/LeCun, Y\.[\s\S]*?\(1998\)\. Gradient-based learning applied to\s+document recognition/);
    expect(refs).toMatch(/He, K\.[\s\S]*?\(2016\)\. Deep residual learning for image recognition\.\s+\*CVPR 2016\*/);
    expect(refs).toMatch(/Krizhevsky, A\., Sutskever, I\., and Hinton, G\. E\. \(2012\)/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
    for (const phrase of [/Turing/i, /Big Models: The Next Generation/i, /ai-course\.org/i, /big-model\.org/i]) {
      expect(source).not.toMatch(phrase);
    }
  });

  it('links only to chapters that exist, its own anchors and arXiv', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/labs\/[\w-]+|\/chapters\/(large-models|text-and-embeddings|pre-training)|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});
