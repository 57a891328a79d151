import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { exampleAttention } from '../../src/ml/worked/attention';
import { computeOptimal, countTransformer, transformerShapes } from '../../src/ml/worked/transformer';
import { expectNoBlockInParagraph, renderChapter, sentencesOf, wordCount } from '../helpers/render-chapter';

const FILE = 'content/08-pre-training.mdx';
let html = '';
let text = '';
let source = '';

beforeAll(async () => {
  ({ html, text, source } = await renderChapter(FILE, 'pre-training'));
});

describe('chapter 8: front matter and structure', () => {
  it('has valid front matter with the slug pre-training', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('pre-training');
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
      'objectives',
      'attention',
      'causal-mask',
      'multi-head',
      'positions',
      'transformer-block',
      'scaling',
      'data-pipeline',
      'transfer-lab',
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
    expect(labels).toEqual(
      expect.arrayContaining([
        'causal-lm',
        'masked-lm',
        'qkv',
        'attention',
        'dot-variance',
        'causal-mask',
        'multi-head',
        'sinusoidal',
        'block',
        'transformer-params',
        'power-law',
        'compute',
        'chinchilla',
      ]),
    );
    for (const label of labels) expect(html).toContain(`id="eq-${label}"`);
    for (const label of ['causal-lm', 'masked-lm', 'attention', 'compute', 'chinchilla', 'transformer-params']) {
      expect(html).toContain(`href="#eq-${label}"`);
    }
    expect(html).not.toContain('katex-error');
  });

  it('defines every symbol of the attention formula in the text around it', () => {
    const around = source.slice(source.indexOf('## Attention'), source.indexOf('### Why divide'));
    for (const phrase of ['query', 'key', 'value', 'd_k', 'softmax', 'W_Q', 'W_V', 'T \\times d']) {
      expect(around).toContain(phrase);
    }
    expect(source).toContain('\\operatorname{softmax}\\!\\left(\\frac{Q K^{\\top}}{\\sqrt{d_k}}\\right) V');
  });

  it('shows the attention figure and the Transformer parameter table in numbered figures', () => {
    expect(html).toMatch(/<figure id="fig-attention"[\s\S]*?data-figure="attention-weights"[\s\S]*?<\/figure>/);
    expect(html).toMatch(
      /<figure id="fig-transformer-params"[\s\S]*?data-figure="transformer-params"[\s\S]*?<\/figure>/,
    );
  });

  it('has a data-pipeline flowchart: collect → clean → dedupe → tokenize → shard → pre-train, in that order', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const pipeline = blocks.find((chart) => chart.includes('Deduplicate'))!;
    expect(pipeline).toMatch(/^flowchart (LR|TD)/);
    const order = ['Collect', 'Clean', 'Deduplicate', 'decontaminate', 'Tokenize', 'shard', 'Pre-training'].map((w) =>
      pipeline.indexOf(w),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const block = blocks.find((chart) => chart.includes('Multi-head'))!;
    expect(block).toMatch(/residual/);
  });

  it('introduces and embeds the transfer lab in its section', () => {
    expect(html).not.toMatch(/Lab coming/);
    const section = source.slice(source.indexOf('{#transfer-lab}'), source.indexOf('{#scale}'));
    expect(section).toMatch(/digits 0 to 4[\s\S]*?from scratch[\s\S]*?low-rank adapters/);
    expect(section).toMatch(/\n\n<Lab name="transfer" \/>\n\n/);
  });

  it('introduces and embeds the text transfer lab in its own subsection', () => {
    const section = source.slice(source.indexOf('{#text-transfer-lab}'), source.indexOf('{#scale}'));
    expect(section).toMatch(/skip-gram with negative sampling[\s\S]*?without their labels/);
    expect(section).toMatch(/\n\n<Lab name="text-transfer" \/>\n\n/);
  });

  it('has 3 to 6 exercises, each with a solution', () => {
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(text).toMatch(/Exercise 8\.1/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });
});

describe('chapter 8: every worked number is computed', () => {
  it('quotes attention weights that the example computes', () => {
    const w = exampleAttention().weights;
    const masked = exampleAttention({ causal: true }).weights;
    expect(w[1][0].toFixed(2)).toBe('0.51');
    expect(w[5][4].toFixed(2)).toBe('0.43');
    expect(w[2][1].toFixed(2)).toBe('0.54');
    expect(masked[0][0]).toBe(1);
    expect(masked[3][1].toFixed(2)).toBe('0.70');
    expect(text).toMatch(/largest weight, 0\.51 , on the "the" just before it/);
    expect(text).toMatch(/puts 0\.70 of its weight on "cat"/);
    expect(text).toContain(exampleAttention({ scale: false }).weights[1][0].toFixed(4));
    expect(text).toContain(exampleAttention({ temperature: 4 }).weights[1][0].toFixed(4));
  });

  it('counts BERT-base, GPT-2 small and GPT-3 from their shapes', () => {
    expect(text).toContain('109,482,240');
    expect(text).toContain('124,439,808');
    expect(countTransformer({ ...transformerShapes['gpt-2'], layers: 12, width: 768, feedForward: 3072 }).total).toBe(
      124_439_808,
    );
    expect(text).toContain('174 billion');
    expect(text).toContain('175 billion');
  });

  it('renders compute and the Chinchilla split', () => {
    expect(html).toContain('3.15 × 10<sup>23</sup>');
    expect(html).toContain('5.88 × 10<sup>23</sup>');
    expect(text).toContain('51.2 billion');
    expect(text).toContain('1.02 trillion');
    // "less than a third the size, trained on more than three times the data"
    const split = computeOptimal(6 * 175e9 * 300e9);
    expect(split.params / 175e9).toBeLessThan(1 / 3);
    expect(split.tokens / 300e9).toBeGreaterThan(3);
    expect(text).toContain('68 days');
  });
});

describe('chapter 8: does not repeat the errors of the source articles', () => {
  it('GPT is next-token, BERT is masked LM, self-attention is a mechanism and not a training stage', () => {
    expect(sentencesOf(text).some((s) => /GPT/.test(s) && /pre-trained this way|next-token/i.test(s))).toBe(true);
    expect(sentencesOf(text).some((s) => /BERT/.test(s) && /masked/i.test(s))).toBe(true);
    expect(text).toMatch(/Self-attention is a mechanism inside the network[^.]*not a stage of pre-training/);
    const stage = sentencesOf(text).filter(
      (s) => /self-attention/i.test(s) && /(stage|phase) of (pre-)?training/i.test(s) && !/not a stage/.test(s),
    );
    expect(stage).toEqual([]);
  });

  it('calls BERT a text model, the Transformer not a speech model, ViT not multimodal', () => {
    const sentences = sentencesOf(text);
    expect(sentences.filter((s) => /\bBERT\b/.test(s) && /ImageNet|image model|vision model/i.test(s))).toEqual([]);
    expect(sentences.filter((s) => /Transformer/.test(s) && /speech/i.test(s))).toEqual([]);
    expect(sentences.filter((s) => /\bViT\b/.test(s) && /multimodal/i.test(s))).toEqual([]);
  });

  it('cites the key papers precisely and nothing unverifiable', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(/Vaswani[\s\S]*?\(2017\)\. Attention is all you need\. \*NeurIPS 2017\*[\s\S]*?1706\.03762/);
    expect(refs).toMatch(/Brown, T\. B\.[\s\S]*?\(2020\)\. Language models are few-shot\s+learners\. \*NeurIPS 2020\*/);
    expect(refs).toMatch(/Kaplan, J\.[\s\S]*?2001\.08361/);
    expect(refs).toMatch(
      /Hoffmann, J\.[\s\S]*?\(2022\)\. Training\s+compute-optimal large language models\. \*NeurIPS 2022\*/,
    );
    expect(refs).toMatch(/Devlin, J\.[\s\S]*?\(2019\)\. BERT:[\s\S]*?\*NAACL-HLT 2019\*/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
    for (const phrase of [
      /Turing/i,
      /Big Models: The Next Generation/i,
      /ai-course\.org/i,
      /nlp-dl\.org/i,
      /big-model\.org/i,
    ]) {
      expect(source).not.toMatch(phrase);
    }
  });

  it('links only to chapters that exist, its own anchors and arXiv', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/labs\/[\w-]+|\/chapters\/(text-and-embeddings|losses|optimizers|fine-tuning(#text-transfer-lab)?)|\/chapters\/glossary#[\w-]+|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});
