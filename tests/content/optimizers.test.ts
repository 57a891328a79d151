import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { labNames } from '../../src/widgets/catalog';
import { chapterSource } from '../helpers/compile';
import { expectNoBlockInParagraph, proseOf, renderChapter, sentencesOf } from '../helpers/render-chapter';
import { dataValue } from '../widgets/html';

const FILE = 'content/04-optimizers.mdx';
const source = chapterSource(FILE);

/** The chapter rendered to HTML the way the prerender does: real pipeline, real components. */
let html = '';
/** The visible text of that HTML, whitespace collapsed. */
let text = '';

beforeAll(async () => {
  ({ html, text } = await renderChapter(FILE, 'optimizers'));
});

/** Sentences of the visible text. */
const sentences = () => sentencesOf(text);

/** Prose of the source only: no front matter, code, math, JSX tags, URLs or arXiv ids. */
const prose = () => proseOf(source);

describe('chapter 4: front matter and structure', () => {
  it('has valid front matter with the slug optimizers', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('optimizers');
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
      'gradient-descent',
      'sgd',
      'momentum',
      'rmsprop',
      'adam',
      'adamw',
      'schedules',
      'clipping',
      'one-step',
      'race',
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
      expect.arrayContaining([
        'gd',
        'gd-quadratic',
        'sgd',
        'momentum',
        'rmsprop',
        'adam-moments',
        'adam-bias',
        'adam-update',
        'adamw',
        'step-decay',
        'exp-decay',
        'cosine',
        'warmup-cosine',
        'clip',
      ]),
    );
    expect(html).toContain('id="eq-adam-bias"');
    expect(html).toContain('href="#eq-adamw"');
    expect(html).not.toContain('katex-error');
  });

  it('shows the SGD step, Adam step, schedules and clipping figures, each in a numbered figure', () => {
    expect(html).toMatch(/<figure id="fig-sgd-step"[\s\S]*?data-figure="worked-optimizer-step"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-adam-step"[\s\S]*?data-figure="worked-optimizer-step"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-lr-schedules"[\s\S]*?data-figure="lr-schedule-chart"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-clipping"[\s\S]*?data-figure="gradient-clipping"[\s\S]*?<\/figure>/);
    expect(text).toMatch(/Figure 4\.1\s*\. One SGD step/);
  });

  it('has a Mermaid diagram of one optimizer step: gradient, clip, moments, bias correction, update', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    const step = blocks.find((chart) => chart.includes('Clip'));
    expect(step).toBeDefined();
    expect(step).toMatch(/^flowchart (LR|TD)/);
    const order = ['Backpropagation', 'Clip', 'moments', 'Bias correction', 'weight decay'].map((w) =>
      step!.indexOf(w),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('embeds the optimizer race lab in the race section, no longer a "Lab coming" note', () => {
    expect(labNames).toContain('optimizer-race');
    const race = source.slice(source.indexOf('## The optimizer race'), source.indexOf('## What changes at scale'));
    expect(race).toMatch(/\n\n<Lab name="optimizer-race" \/>\n\n/);
    expect(html).toContain('data-lab-placeholder="optimizer-race"');
    expect(html).not.toMatch(/Lab coming/);
    expect(text).toMatch(/Adam without bias correction/);
  });

  it('has 3 to 6 exercises, each with a solution', () => {
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    expect(text).toMatch(/Exercise 4\.1/);
  });

  it('never nests a block element in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });
});

describe('chapter 4: every worked number is computed', () => {
  it('renders the corrected SGD step: 0.5 − 0.1·0.1 = 0.49 (and 0.48, 0.47)', () => {
    expect(dataValue(html, 'sgd-theta-1')).toBe('0.49');
    expect(dataValue(html, 'sgd-theta-2')).toBe('0.48');
    expect(dataValue(html, 'sgd-theta-3')).toBe('0.47');
  });

  it('renders Adam with and without bias correction: the uncorrected first step is 3.16× too large', () => {
    expect(dataValue(html, 'adam-theta-1')).toBe('0.4000');
    expect(dataValue(html, 'adam-uncorrected-theta-1')).toBe('0.1838');
    expect(text).toMatch(/the uncorrected first step is 3\.16\s*× the corrected one/);
  });

  it('renders the schedule table and the clipping example', () => {
    expect(dataValue(html, 'lr-cosine-middle')).toBe('0.05');
    expect(dataValue(html, 'lr-warmup-cosine-peak-step')).toBe('0.1 (100)');
    expect(dataValue(html, 'clip-spike-scale')).toBe('0.0859');
    expect(dataValue(html, 'clip-final-loss-clipped')).toBe('0.0043');
  });

  it('types none of those computed numbers into the prose', () => {
    const body = prose();
    for (const computed of ['0.49', '3.16', '3.2', '0.1838', '0.0859', '58.24', '0.05275', '0.995405', '6.57']) {
      expect(body).not.toContain(computed);
    }
  });
});

describe('chapter 4: does not repeat the errors of the source articles', () => {
  it('never writes 0.5 − 0.1·0.1 = 0.4, and gives the gradient one entry per parameter', () => {
    expect(text).not.toMatch(/0\.5\s*[−-]\s*0\.1\s*[·×*⋅]?\s*0\.1\s*=\s*0\.4(?!\d)/);
    expect(source).not.toMatch(/0\.5 - 0\.1 \\cdot 0\.1 = 0\.4/);
    expect(text).toMatch(/exactly one entry per parameter/);
  });

  it('writes Adam with bias correction', () => {
    expect(source).toContain('\\hat{m}_t = \\frac{m_t}{1 - \\beta_1^{\\,t}}');
    expect(source).toContain('\\hat{v}_t = \\frac{v_t}{1 - \\beta_2^{\\,t}}');
    expect(source).toMatch(/\\frac\{\\hat\{m\}_t\}\{\\sqrt\{\\hat\{v\}_t\} \+ \\epsilon\}/);
  });

  it('calls ε a numerical-stability constant, never a regulariser', () => {
    expect(text).toContain('It is a numerical-stability constant, not a regulariser');
    const bad = sentences().filter(
      (s) => /ε|epsilon|\\epsilon/.test(s) && /regulari[sz]/i.test(s) && !/\bnot\b/.test(s),
    );
    expect(bad).toEqual([]);
  });

  it('does not claim that clipping fixes vanishing gradients', () => {
    const bad = sentences().filter((s) => /clip/i.test(s) && /vanish/i.test(s) && !/\b(not|nothing|cannot)\b/i.test(s));
    expect(bad).toEqual([]);
    expect(text).toMatch(/it does nothing for vanishing gradients/);
  });

  it('cites the optimizer papers with the right authors, venues and years', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(
      /Kingma, D\. P\., and Ba, J\. \(2015\)\. Adam: A method for stochastic optimization\. \*ICLR 2015\*/,
    );
    expect(refs).toMatch(
      /Loshchilov, I\., and Hutter, F\. \(2019\)\. Decoupled weight decay regularization\. \*ICLR 2019\*/,
    );
    expect(refs).toMatch(/Loshchilov, I\., and Hutter, F\. \(2017\)\. SGDR[\s\S]*?\*ICLR 2017\*/);
    expect(refs).toMatch(
      /Pascanu, R\., Mikolov, T\., and Bengio, Y\. \(2013\)\. On the difficulty of training recurrent neural\s+networks\. \*ICML 2013\*/,
    );
    expect(refs).toMatch(/Brown, T\. B\.[\s\S]*?\(2020\)\. Language models are few-shot\s+learners\. \*NeurIPS 2020\*/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
    // Every work cited in the text is in the list.
    for (const cited of ['Polyak', 'Tieleman', 'Sutskever', 'Goyal', 'Liu', 'Rajbhandari', 'Vaswani', 'He, K']) {
      expect(refs).toContain(cited);
    }
  });

  it('links only inside the book where the link exists, and outside only over https', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/labs\/[\w-]+|\/chapters\/[\w-]+(#[\w-]+)?|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});
