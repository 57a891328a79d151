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

const FILE = 'content/09-fine-tuning.mdx';
let c: RenderedChapter & { frontmatter: ChapterFrontmatter; sentences: () => string[] };

beforeAll(async () => {
  const rendered = await renderChapter(FILE, 'fine-tuning');
  c = {
    ...rendered,
    frontmatter: validateFrontmatter(extractFrontmatter(rendered.source, FILE), FILE),
    sentences: () => sentencesOf(rendered.text),
  };
});

describe('chapter 9: front matter and structure', () => {
  it('has valid front matter with the slug fine-tuning', () => {
    expect(c.frontmatter.slug).toBe('fine-tuning');
    expect(c.frontmatter.goals.length).toBeGreaterThanOrEqual(2);
    expect(c.frontmatter.goals.length).toBeLessThanOrEqual(8);
    expect(c.frontmatter.minutes).toBeGreaterThanOrEqual(15);
    expect(c.frontmatter.minutes).toBeLessThanOrEqual(30);
  });

  it('is 2,500 to 4,500 words of prose (references not counted)', () => {
    const words = wordCount(c.source);
    expect(words).toBeGreaterThan(2500);
    expect(words).toBeLessThan(4500);
  });

  it('has the required sections with stable ids', () => {
    for (const id of [
      'why-transfer',
      'recipe',
      'learning-rates',
      'forgetting',
      'peft',
      'lora',
      'instruction-tuning',
      'transfer-lab',
      'scale',
      'summary',
      'exercises',
      'references',
    ]) {
      expect(c.html).toContain(`id="${id}"`);
    }
  });

  it('numbers its formulas, defines LoRA and its count, and references them', () => {
    const labels = [...c.source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(['ft-loss', 'layer-lr', 'lora', 'lora-count', 'reward-loss']));
    expect(c.html).toContain('id="eq-lora-count"');
    expect(c.html).toContain('href="#eq-lora-count"');
    expect(c.html).not.toContain('katex-error');
    expect(c.source).toMatch(/W_0 x \+ \\frac\{\\alpha\}\{r\} \\, B A x/);
    expect(c.source).toMatch(/r \\, \(d_\{\\text\{in\}\} \+ d_\{\\text\{out\}\}\)/);
  });

  it('has a Mermaid flowchart of the fine-tuning steps: load, head, train, evaluate, in that order', () => {
    const chart = findMermaidBlocks(c.source)
      .map((b) => b.chart)
      .find((ch) => ch.includes('pre-trained model'));
    expect(chart).toMatch(/^flowchart (LR|TD)/);
    const order = ['Load the pre-trained model', 'add a new head', 'Train the head', 'Evaluate'].map((w) =>
      chart!.indexOf(w),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(findMermaidBlocks(c.source).some((b) => /Reward model/.test(b.chart))).toBe(true);
  });

  it('shows the LoRA figure, the transfer lab, and 3 to 6 exercises with solutions', () => {
    expect(c.html).toMatch(/<figure id="fig-lora-count"[\s\S]*?data-figure="lora-param-count"[\s\S]*?<\/figure>/);
    expect(c.html).not.toMatch(/Lab coming/);
    const section = c.source.slice(c.source.indexOf('{#transfer-lab}'), c.source.indexOf('{#scale}'));
    expect(section).toMatch(/forgetting column[\s\S]*?frozen backbone forgets nothing/);
    expect(section).toMatch(/\n\n<Lab name="transfer" \/>\n\n/);
    expect(section).toMatch(/linear probing, then fine-tuning[\s\S]*?\n\n<Lab name="text-transfer" \/>\n\n/);
    const exercises = c.html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(c.html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    // At least one exercise uses the figure.
    expect(c.source).toMatch(/<Exercise[\s\S]*?<FigRef id="lora-count" \/>[\s\S]*?<\/Exercise>/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(c.html);
  });
});

describe('chapter 9: computed numbers', () => {
  it('renders the LoRA counts from code', () => {
    for (const value of ['589,824', '12,288', '2.1%', '18,874,368', '2,359,296', '30,720', '1.3%', '76.8', '0.13%']) {
      expect(c.text).toContain(value);
    }
  });

  it('types no LoRA count into the source', () => {
    const body = c.source.replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ' ');
    for (const computed of ['589,824', '589824', '12,288 trainable', '18,874,368', '2,359,296', '30,720', '294,912']) {
      expect(body).not.toContain(computed);
    }
  });
});

describe('chapter 9: facts and references', () => {
  it('attributes LoRA, FLAN and InstructGPT correctly', () => {
    const refs = c.source.slice(c.source.indexOf('## References'));
    expect(refs).toMatch(
      /Hu, E\. J\.[\s\S]*?\(2022\)\.\s+LoRA: Low-rank adaptation of large language models\. \*ICLR 2022\*/,
    );
    expect(refs).toMatch(/Wei, J\.[\s\S]*?\(2022\)\. Finetuned language models are zero-shot learners\. \*ICLR 2022\*/);
    expect(refs).toMatch(
      /Ouyang, L\.[\s\S]*?\(2022\)\. Training language\s+models to follow instructions with human feedback\. \*NeurIPS 2022\*/,
    );
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\.\s+\S/);
  });

  it('does not repeat the seeds’ errors (BERT is a text model; self-attention is not a training stage)', () => {
    const bad = c
      .sentences()
      .filter((s) => /\bBERT\b/.test(s) && /on ImageNet|image model|vision model|classif\w* images/i.test(s));
    expect(bad).toEqual([]);
    expect(c.text).not.toMatch(/self-attention (stage|phase)/i);
    expect(c.source).not.toMatch(/Turing|ai-course\.org|big-model\.org|nlp-dl\.org/i);
  });

  it('links only to existing pages and arXiv', () => {
    const hrefs = [...c.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs)
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/labs\/[\w-]+|\/chapters\/glossary#[\w-]+|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
  });
});
