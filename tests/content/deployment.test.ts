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

const FILE = 'content/11-deployment.mdx';
let c: RenderedChapter & { frontmatter: ChapterFrontmatter; sentences: () => string[] };

beforeAll(async () => {
  const rendered = await renderChapter(FILE, 'deployment');
  c = {
    ...rendered,
    frontmatter: validateFrontmatter(extractFrontmatter(rendered.source, FILE), FILE),
    sentences: () => sentencesOf(rendered.text),
  };
});

describe('chapter 11: front matter and structure', () => {
  it('has valid front matter with the slug deployment', () => {
    expect(c.frontmatter.slug).toBe('deployment');
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
      'where',
      'saving',
      'size',
      'quantization',
      'pruning',
      'distillation',
      'choosing',
      'scale',
      'summary',
      'exercises',
      'references',
    ]) {
      expect(c.html).toContain(`id="${id}"`);
    }
  });

  it('numbers the quantisation, pruning and distillation formulas and references them', () => {
    const labels = [...c.source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual(
      expect.arrayContaining([
        'quantize',
        'dequantize',
        'scale-zero',
        'quant-error',
        'prune',
        'temperature-softmax',
        'distillation-loss',
      ]),
    );
    for (const ref of ['quantize', 'quant-error', 'temperature-softmax']) expect(c.html).toContain(`href="#eq-${ref}"`);
    expect(c.html).not.toContain('katex-error');
  });

  it('writes the int8 formula q = round(x/s) + z and defines every symbol next to it', () => {
    expect(c.source).toMatch(/\\operatorname\{round\}\\!\\left\(\\frac\{x\}\{s\}\\right\) \+ z/);
    const after = c.source.slice(c.source.indexOf('\\label{dequantize}'), c.source.indexOf('\\label{scale-zero}'));
    for (const phrase of [
      '$q$ is the stored integer',
      '$q_{\\min}$',
      '$-128$',
      '$127$',
      '**scale**',
      '**zero point**',
      'clamp',
      'round',
    ])
      expect(after).toContain(phrase);
    expect(c.source).toMatch(/\|x - \\hat\{x\}\| \\leq \\frac\{s\}\{2\}/);
  });

  it('writes the temperature softmax of Hinton, Vinyals and Dean', () => {
    expect(c.source).toContain('p_i(T) = \\frac{\\exp(z_i / T)}{\\sum_{j=1}^{K} \\exp(z_j / T)}');
    const refs = c.source.slice(c.source.indexOf('## References'));
    expect(refs).toMatch(
      /Hinton, G\., Vinyals, O\., and Dean, J\. \(2015\)\. Distilling the knowledge in a neural network/,
    );
    expect(refs).toContain('1503.02531');
  });

  it('has a Mermaid deployment pipeline that evaluates compressed models again', () => {
    const chart = findMermaidBlocks(c.source)
      .map((b) => b.chart)
      .find((ch) => ch.includes('Compress'));
    expect(chart).toMatch(/^flowchart (LR|TD)/);
    const order = ['Export', 'Compress', 'Evaluate again', 'Package', 'Serve', 'Monitor'].map((w) => chart!.indexOf(w));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('embeds the diagnostics and quantisation labs and the quantisation and temperature figures', () => {
    expect(c.html).toContain('data-lab-placeholder="diagnostics"');
    expect(c.html).toContain('data-lab-placeholder="quantization"');
    expect(c.html).toContain('id="quantization-lab"');
    expect(c.html).not.toContain('Lab coming');
    expect(c.html).toMatch(/<figure id="fig-quantization"[\s\S]*?data-figure="quantization-demo"[\s\S]*?<\/figure>/);
    expect(c.html).toMatch(/<figure id="fig-temperature"[\s\S]*?data-figure="temperature-softmax"[\s\S]*?<\/figure>/);
    expect(c.source).not.toMatch(/<Lab name="mnist"/);
  });

  it('has 3 to 6 exercises with solutions, one using the quantisation figure and one the lab', () => {
    const exercises = c.html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(c.html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(c.source).toMatch(/<Exercise title="Bits and outliers">[\s\S]*?<FigRef id="quantization" \/>/);
    expect(c.source).toMatch(/<Exercise title="How few bits does the network need\?">[\s\S]*?\(#quantization-lab\)/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(c.html);
  });
});

describe('chapter 11: computed numbers and facts', () => {
  it('renders the model sizes from the parameter counts', () => {
    expect(c.text).toContain('93,322 parameters and therefore takes 373 kB');
    expect(c.text).toContain('sentiment model takes 642 kB');
    expect(c.text).toContain('take 700 GB in 32 bits and still 350 GB in 16 bits');
  });

  it('types none of the sizes into the source', () => {
    const body = c.source.replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ' ');
    for (const v of ['373 kB', '642 kB', '700 GB', '350 GB', '93,322', '4,096', '0.003017'])
      expect(body).not.toContain(v);
  });

  it('pins the facts the exercises rely on: the demo matrix is lopsided, the outlier nearly doubles the range', () => {
    expect(c.text).toMatch(/range \[-0\.4261, 0\.3431\]/);
  });

  it('says plainly that the lab simulates int8 storage and computes in float32, as TF.js does on load', () => {
    expect(c.text).toContain('TF.js, by contrast, dequantises quantised weights to 32-bit floats when it loads them');
    expect(c.text).toMatch(/It simulates int8 storage and measures the accuracy that storage costs/);
    expect(c.text).toContain('it does not measure a speed-up');
  });

  it('says the browser runs TF.js on WebGL and keeps the reader’s data local', () => {
    expect(c.sentences().some((s) => /TensorFlow\.js|TF\.js/.test(s) && /WebGL/.test(s))).toBe(true);
    expect(c.text).toContain('nothing you type into a lab is sent anywhere');
    expect(c.text).toContain('indexeddb://');
  });

  it('cites precisely and links only inside the chapter or to arXiv', () => {
    const refs = c.source.slice(c.source.indexOf('## References'));
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\.\s+\S/);
    const hrefs = [...c.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/labs\/(diagnostics|quantization)|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});
