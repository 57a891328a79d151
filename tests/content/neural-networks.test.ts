import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { sigmoidDerivative } from '../../src/ml/worked/activations';
import { seedNetwork, workedNetwork } from '../../src/ml/worked/network';
import { labNames } from '../../src/widgets/catalog';
import { chapterSource } from '../helpers/compile';
import { expectNoBlockInParagraph, proseOf, renderChapter, sentencesOf } from '../helpers/render-chapter';

const FILE = 'content/02-neural-networks.mdx';
const source = chapterSource(FILE);

/** The chapter rendered to HTML the way the prerender does: real pipeline, real components. */
let html = '';
/** The visible text of that HTML, whitespace collapsed. */
let text = '';

beforeAll(async () => {
  ({ html, text } = await renderChapter(FILE, 'neural-networks'));
});

/** Sentences of the visible text (good enough for "does any sentence say X and Y"). */
const sentences = () => sentencesOf(text);

/** Prose of the source only: no front matter, code, math, JSX tags, URLs or arXiv ids. */
const prose = () => proseOf(source);

/** The values of the computed numbers quoted in the prose (`<span class="computed" data-value>`). */
const quoted = () => [...html.matchAll(/class="computed" data-value="([^"]*)"/g)].map((m) => Number(m[1]));

describe('chapter 2: front matter and structure', () => {
  it('has valid front matter with the slug neural-networks', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('neural-networks');
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
      'neuron',
      'activations',
      'forward-pass',
      'backpropagation',
      'worked-network',
      'gradient-checking',
      'playground',
      'scale',
      'summary',
      'exercises',
      'references',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('numbers its labelled formulas, references them, and every formula renders', () => {
    const labels = [...source.matchAll(/\\label\{([^}]+)\}/g)].map((m) => m[1]);
    expect(labels).toEqual(
      expect.arrayContaining([
        'neuron',
        'sigmoid',
        'layer-sum',
        'layer-matrix',
        'forward',
        'delta',
        'bce',
        'output-delta',
        'hidden-delta',
        'param-grads',
        'central-difference',
      ]),
    );
    expect(html).toContain('id="eq-hidden-delta"');
    expect(html).toContain('href="#eq-output-delta"');
    expect(html).not.toContain('katex-error');
  });

  it('shows the activation explorer, the worked network and the finite-difference figure in numbered figures', () => {
    expect(html).toMatch(/<figure id="fig-activations"[\s\S]*?data-figure="activation-explorer"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-worked-network"[\s\S]*?data-figure="worked-network"[\s\S]*?<\/figure>/);
    expect(html).toMatch(
      /<figure id="fig-finite-differences"[\s\S]*?data-figure="finite-differences"[\s\S]*?<\/figure>/,
    );
    expect(text).toMatch(/Figure 2\.2\s*\. The worked network/);
  });

  it('has a Mermaid diagram of the forward and the backward pass, in order', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    const passes = blocks.find((chart) => chart.includes('delta2'));
    expect(passes).toBeDefined();
    expect(passes).toMatch(/^flowchart (LR|TD)/);
    const order = ['Input', 'Hidden layer', 'Output layer', 'Loss', 'delta2', 'delta1', 'Optimizer'].map((w) =>
      passes!.indexOf(w),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('embeds the MLP playground lab in the playground section', () => {
    expect(labNames).toContain('mlp');
    const section = source.slice(source.indexOf('\\{#playground}'), source.indexOf('\\{#scale}'));
    expect(section).toMatch(/<Lab name="mlp" \/>/);
    expect(source).not.toMatch(/Lab coming/);
    expect(html).toContain('data-lab-placeholder="mlp"');
  });

  it('has 3 to 6 exercises, each with a solution, at least one using a figure', () => {
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    const exerciseText = source.slice(source.indexOf('## Exercises'), source.indexOf('## References'));
    expect(exerciseText).toMatch(/<FigRef id="worked-network" \/>/);
    expect(text).toMatch(/Exercise 2\.1/);
  });

  it('never nests a block element (table, figure, details, aside, div) in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });

  it('links only inside the book where the link exists, and outside only over https', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/labs\/[\w-]+|\/chapters\/(large-models|losses)(#[\w-]+)?|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});

describe('chapter 2: every worked number is computed', () => {
  const { forward: f, backward: b } = workedNetwork(seedNetwork.params, seedNetwork.example, seedNetwork.options);

  it('quotes the forward pass of the worked network: z¹ = (0.25, 0.45, −0.05), ŷ ≈ 0.6213, L ≈ 0.9710', () => {
    expect(text).toMatch(/0\.1 ⋅ 0\.5 \+ 0\.2 ⋅ 0\.5 \+ 0\.1[\s\S]{0,200}= 0\.25\b/);
    expect(text).toMatch(/= −0\.05\b/);
    expect(text).toContain('0.495');
    expect(text).toContain('0.6213');
    expect(text).toContain('0.9710');
    expect(quoted()).toEqual(expect.arrayContaining([f.z1[0], f.z1[1], f.z1[2], f.z2, f.yHat, f.loss]));
  });

  it('quotes the backward pass: ∂L/∂ŷ ≈ 2.6405, σ′ ≈ 0.2353, δ² = ŷ − y, δ¹ ≈ (0.3106, 0.3728, 0)', () => {
    for (const v of ['2.6405', '0.2353', '0.1553', '0.2796', '0.3106', '0.3728', '0.4349', '0.1864'])
      expect(text).toContain(v);
    expect(quoted()).toEqual(expect.arrayContaining([b.delta2, ...b.delta1, ...b.gradW2, b.dLossDYHat, b.dYHatDZ2]));
    expect(b.delta1[2]).toBe(0);
  });

  it('quotes the loss after one gradient step (η = 0.5): 0.9710 → 0.6326', () => {
    expect(text).toMatch(/falls from 0\.9710 to 0\.6326/);
  });

  it('quotes the sigmoid derivative from code: 0.25 at 0, small at 5 and 10, (1/4)^10 for ten layers', () => {
    expect(quoted()).toEqual(
      expect.arrayContaining([sigmoidDerivative(0), sigmoidDerivative(5), sigmoidDerivative(10), 0.25 ** 10]),
    );
    expect(text).toContain('0.25');
    expect(text).toContain('0.0066');
    expect(html).toContain('4.5 × 10<sup>−5</sup>');
    expect(html).toContain('9.5 × 10<sup>−7</sup>');
  });

  it('quotes the gradient check of the worked network (below 1e-9) and its parameter count (13)', () => {
    const m = /largest relative error over all its parameters is\s*<span class="computed" data-value="([^"]+)"/.exec(
      html,
    );
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThan(1e-9);
    expect(text).toMatch(/Its 13 parameters start at/);
  });

  it('types no computed value of the worked network into the prose or the math', () => {
    const body = source.replace(/^---[\s\S]*?\n---\n/, '').replace(/```[\s\S]*?```/g, ' ');
    for (const typed of [
      '0.25',
      '0.45',
      '0.05',
      '0.495',
      '0.621',
      '0.971',
      '0.6326',
      '2.64',
      '0.2353',
      '0.155',
      '0.310',
      '0.372',
      '0.0066',
    ])
      expect(body.replace(/<[^>]*>/g, ' ')).not.toContain(typed);
  });
});

describe('chapter 2: does not repeat the errors of the source articles', () => {
  it('says the sigmoid derivative is largest at 0 and vanishes for large |z|, never the opposite', () => {
    expect(
      sentences().some(
        (s) => /sigmoid/i.test(s) && /derivative|slope/i.test(s) && /largest/.test(s) && /z = 0|zero/.test(s),
      ),
    ).toBe(true);
    const wrong = sentences().filter(
      (s) =>
        /sigmoid/i.test(s) &&
        /(derivative|slope|gradient)[^.]*(small|vanish)[^.]*(near|close to|around) (0|zero)\b/i.test(s),
    );
    expect(wrong).toEqual([]);
  });

  it('sums a layer over its m inputs, with W of shape n × m', () => {
    expect(source).toMatch(/z_i = \\sum_\{j=1\}\^\{m\} w_\{ij\} x_j \+ b_i/);
    expect(source).toMatch(/W \\in \\mathbb\{R\}\^\{n \\times m\}/);
    expect(source).not.toMatch(/\\sum_\{j=1\}\^\{n\} w/);
  });

  it('derives the output error from the loss (δ = ŷ − y) and never defines an input-layer error', () => {
    expect(source).toMatch(/\\delta\^\{\(L\)\} = \\frac\{\\partial L\}\{\\partial \\hat\{y\}\} \\cdot/);
    expect(source).toMatch(/= \\hat\{y\} - y \\label\{output-delta\}/);
    expect(text).not.toMatch(/input[- ]layer error/i);
    expect(source).not.toMatch(/x_j\s*\(1 - x_j\)\s*\\sum/);
    expect(text).toMatch(/there is no error signal to define for the input layer/);
  });

  it('uses the derivative of the activation each layer applies (ReLU: 0 or 1, not a(1 − a))', () => {
    expect(source).toMatch(/a ReLU layer multiplies by \$0\$ or \$1\$, not by \$a\(1-a\)\$/);
    // The worked network's hidden layer is ReLU, and its backward pass uses ReLU′ ∈ {0, 1}.
    const { backward } = workedNetwork(seedNetwork.params, seedNetwork.example, { hidden: 'relu', loss: 'bce' });
    expect(backward.activationDerivative).toEqual([1, 1, 0]);
  });

  it('never gives a hidden unit three weights for two inputs', () => {
    const table = source.slice(source.indexOf('| Parameter |'), source.indexOf('and the output bias'));
    expect(table.match(/weight from input/g)).toHaveLength(2);
    expect(seedNetwork.params.w1.every((row) => row.length === seedNetwork.example.x.length)).toBe(true);
  });

  it('cites the key papers with authors, venue and year, and nothing unverifiable', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(/Rumelhart, D\. E\., Hinton, G\. E\., and Williams, R\. J\. \(1986\)[\s\S]*?\*Nature\* 323/);
    expect(refs).toMatch(/Glorot, X\., and Bengio, Y\. \(2010\)/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
    for (const phrase of [/Big Models: The Next Generation/i, /ai-course\.org/i, /Theoretical Advantage of Deep/i])
      expect(source).not.toMatch(phrase);
  });

  it('has no large number in the prose except years and the MNIST layer sizes', () => {
    const numbers = [...prose().matchAll(/\d[\d,.]*\d/g)].map((m) => m[0]);
    const large = numbers.filter((n) => n.replace(/[,.]/g, '').length >= 4);
    const allowed = (n: string) => /^(19|20)\d\d$/.test(n);
    expect(large.filter((n) => !allowed(n))).toEqual([]);
  });
});
