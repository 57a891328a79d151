import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { lossAt, softmaxCrossEntropy } from '../../src/ml/worked/losses';
import { errorSummary, seedMseExample } from '../../src/ml/worked/mse';
import { chapterSource } from '../helpers/compile';
import { expectNoBlockInParagraph, proseOf, renderChapter, sentencesOf } from '../helpers/render-chapter';

const FILE = 'content/03-losses.mdx';
const source = chapterSource(FILE);

/** The chapter rendered to HTML the way the prerender does: real pipeline, real components. */
let html = '';
/** The visible text of that HTML, whitespace collapsed. */
let text = '';

beforeAll(async () => {
  ({ html, text } = await renderChapter(FILE, 'losses'));
});

/** Sentences of the visible text (good enough for "does any sentence say X and Y"). */
const sentences = () => sentencesOf(text);

/** Prose of the source only: no front matter, code, math, JSX tags, URLs or arXiv ids. */
const prose = () => proseOf(source);

/** The values of the computed numbers quoted in the prose (`<span class="computed" data-value>`). */
const quoted = () => [...html.matchAll(/class="computed" data-value="([^"]*)"/g)].map((m) => Number(m[1]));

describe('chapter 3: front matter and structure', () => {
  it('has valid front matter with the slug losses', () => {
    const fm = validateFrontmatter(extractFrontmatter(source, FILE), FILE);
    expect(fm.slug).toBe('losses');
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
      'training-loop',
      'mse',
      'mae',
      'binary-cross-entropy',
      'categorical-cross-entropy',
      'why-cross-entropy',
      'choosing',
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
        'risk',
        'mse',
        'mae',
        'bce',
        'bce-logit-grad',
        'softmax',
        'cce',
        'cce-grad',
        'bernoulli',
      ]),
    );
    expect(html).toContain('id="eq-cce-grad"');
    expect(html).toContain('href="#eq-bce-logit-grad"');
    expect(html).not.toContain('katex-error');
  });

  it('writes the binary cross-entropy with both terms and the categorical one on a softmax', () => {
    expect(source).toMatch(
      /L\(y, \\hat\{y\}\) = -\\bigl\[\\, y \\ln \\hat\{y\} \+ \(1 - y\) \\ln \(1 - \\hat\{y\}\) \\,\\bigr\] \\label\{bce\}/,
    );
    expect(source).toMatch(/L = -\\sum_\{k=1\}\^\{K\} y_k \\ln p_k = -\\ln p_c \\label\{cce\}/);
    expect(source).toMatch(/\\frac\{\\partial L\}\{\\partial z_k\} = p_k - y_k \\label\{cce-grad\}/);
    expect(source).toMatch(/\\frac\{\\partial L\}\{\\partial z\} = \\hat\{y\} - y \\label\{bce-logit-grad\}/);
  });

  it('shows the worked MSE, the loss explorer and the softmax figure in numbered figures', () => {
    expect(html).toMatch(/<figure id="fig-worked-mse"[\s\S]*?data-figure="worked-mse"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-loss-explorer"[\s\S]*?data-figure="loss-explorer"[\s\S]*?<\/figure>/);
    expect(html).toMatch(/<figure id="fig-softmax"[\s\S]*?data-figure="softmax-cross-entropy"[\s\S]*?<\/figure>/);
    expect(text).toMatch(/Figure 3\.1\s*\. Ten predictions/);
  });

  it('has a Mermaid diagram of the training loop with the loss between predictions and backpropagation', () => {
    const blocks = findMermaidBlocks(source).map((b) => b.chart);
    const loop = blocks.find((chart) => chart.includes('Loss'));
    expect(loop).toBeDefined();
    expect(loop).toMatch(/^flowchart (LR|TD)/);
    expect(loop).toMatch(/pred --> loss/);
    expect(loop).toMatch(/loss --> backprop/);
    expect(loop).toMatch(/backprop --> step/);
    expect(loop).toMatch(/step --> model/);
    expect(loop).toMatch(/Metrics[^"]*reported/);
  });

  it('has 3 to 6 exercises, each with a solution, at least one using a figure', () => {
    const exercises = html.match(/<section class="exercise"/g) ?? [];
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(6);
    expect(html.match(/<details class="solution"/g)).toHaveLength(exercises.length);
    const exerciseText = source.slice(source.indexOf('## Exercises'), source.indexOf('## References'));
    expect(exerciseText).toMatch(/<FigRef id="(worked-mse|loss-explorer|softmax)" \/>/);
    expect(text).toMatch(/Exercise 3\.1/);
    // The prose points at Exercise 3.5 for the random-target baseline.
    expect(text).toMatch(/Exercise 3\.5\s*: What can a model learn from noise\?/);
  });

  it('never nests a block element (table, figure, details, aside, div) in a paragraph', () => {
    expectNoBlockInParagraph(html);
  });

  it('links only inside the book where the link exists, and outside only over https', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toContain('/chapters/neural-networks');
    for (const href of hrefs) {
      expect(href).toMatch(
        /^(#[\w-]+|\/chapters\/references#[\w-]+|\/chapters\/(large-models|neural-networks)(#[\w-]+)?|\/chapters\/glossary#[\w-]+|https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5})$/,
      );
    }
  });
});

describe('chapter 3: every worked number is computed', () => {
  const mse = errorSummary(seedMseExample.targets, seedMseExample.predictions);

  it('quotes the ten-sample example: squared errors sum to 6.64, MSE 0.664, MAE 0.78, RMSE ≈ 0.81', () => {
    expect(text).toMatch(
      /squared errors add up to 6\.64 , and dividing by the n = 10 n = 10 samples gives an MSE of 0\.664/,
    );
    expect(text).toMatch(/For the ten predictions the MAE is 0\.78 ;/);
    expect(text).toContain('0.81 here');
    expect(quoted()).toEqual(expect.arrayContaining([mse.sumSquaredError, mse.mse, mse.mae, mse.rmse]));
  });

  it('quotes the outlier: prediction 16 for sample 10 gives MSE 3.1 and MAE 1.20; 21 gives 10.6 and 1.70', () => {
    expect(text).toMatch(/The MSE jumps from 0\.664 to 3\.1 ,/);
    expect(text).toMatch(/it rises only to 1\.20 ,/);
    expect(text).toMatch(/the MSE is 10\.6 and the MAE 1\.70/);
  });

  it('quotes binary cross-entropy values and gradients from code', () => {
    for (const p of [0.9, 0.5, 0.1, 0.01]) expect(quoted()).toContain(lossAt('bce', 1, p).loss);
    expect(text).toMatch(/costs ln ⁡ 2 ln 2 = 0\.6931/);
    expect(text).toContain('2.3026');
    expect(text).toContain('4.6052');
    expect(text).toMatch(/it is −10 \./);
  });

  it('compares the logit gradients of squared error and cross-entropy in a computed table', () => {
    const row = (label: string) => {
      const m = new RegExp(`<tr><td>${label.replace(/[()]/g, '\\$&')}[\\s\\S]*?</tr>`).exec(html);
      return m ? [...m[0].matchAll(/data-value="([^"]+)"/g)].map((v) => Number(v[1])) : [];
    };
    expect(row('0.01 (confidently wrong)')).toEqual([
      lossAt('mse', 1, 0.01).logitGradient,
      lossAt('bce', 1, 0.01).logitGradient,
    ]);
    expect(text).toMatch(/0\.01 \(confidently wrong\) −0\.0196 −0\.9900/);
    expect(text).toMatch(/0\.5 \(unsure\) −0\.2500 −0\.5000/);
  });

  it('quotes the softmax example (2, 1, 0.1) and the uniform-guess losses ln 10 and ln 50257', () => {
    const s = softmaxCrossEntropy([2, 1, 0.1], 0);
    expect(quoted()).toEqual(expect.arrayContaining([s.probabilities[0], s.loss, s.gradient[0]]));
    expect(text).toMatch(/p 1 \u200B = 0\.6590 and a loss of 0\.4170 ; the gradient on the true logit is −0\.3410/);
    expect(text).toMatch(/for ten digits, 2\.3026 \./);
    expect(text).toMatch(/ln ⁡ 50257 ln 50257 = 10\.82 per token/);
  });

  it('types no computed value into the prose or the math', () => {
    const body = source
      .replace(/^---[\s\S]*?\n---\n/, '')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/<[^>]*>/g, ' ');
    for (const typed of [
      '0.664',
      '6.64',
      '0.78',
      '0.81',
      '0.6931',
      '2.30',
      '4.60',
      '0.105',
      '0.659',
      '0.417',
      '0.0196',
      '10.8',
      '3.1 ',
      '1.2 ',
    ])
      expect(body).not.toContain(typed);
  });
});

describe('chapter 3: does not repeat the errors of the source articles', () => {
  it('never gives 0.05 as the MSE of the ten-sample example', () => {
    expect(text).not.toMatch(/\b0\.05\b/);
    for (const wrong of [/MSE (of |is |= )?0\.05\b/, /MSE (of |is |= )?0\.5\b/]) expect(text).not.toMatch(wrong);
    expect(text).toMatch(/MSE = 6\.64 \/ 10 = 0\.664/);
  });

  it("reads metrics: ['mae'] as the mean absolute error, never the mean squared error", () => {
    expect(text).toContain("metrics: [ 'mae' ]");
    expect(text).toContain("metrics=['mae']");
    expect(text).toMatch(/The string 'mae' is the mean absolute error/);
    const wrong = sentences().filter(
      (s) => /\bMAE\b|'mae'/.test(s) && /(MAE|'mae') (is|means|stands for) (the )?mean squared/i.test(s),
    );
    expect(wrong).toEqual([]);
  });

  it('uses binary cross-entropy for a single sigmoid output and warns against the categorical form', () => {
    expect(text).toMatch(/A single sigmoid output is trained with \(3\.5\) , not with the categorical form/);
    expect(text).toMatch(/Use loss: 'binaryCrossentropy' with one sigmoid unit/);
  });

  it('states the half-squared-error gradient without a spurious factor 2', () => {
    expect(source).toMatch(/\\partial L \/ \\partial \\hat\{y\}_i = \\hat\{y\}_i - y_i\$, with\s+no factor 2/);
    expect(source).not.toMatch(/-2\(y - \\hat\{y\}\)/);
  });

  it('does not claim a small MLP reaches a tiny MAE on random targets', () => {
    expect(text).not.toMatch(/0\.0013/);
    expect(text).toMatch(/an MAE far below that baseline on the training data means memorisation, not learning/);
  });

  it('cites the key works with authors, venue and year, and nothing unverifiable', () => {
    const refs = source.slice(source.indexOf('## References'));
    expect(refs).toMatch(/Vaswani[\s\S]*?\(2017\)\. Attention is all you need\. \*NeurIPS 2017\*[\s\S]*?1706\.03762/);
    expect(refs).toMatch(/Shannon, C\. E\. \(1948\)\. A mathematical theory of communication/);
    const items = refs.split(/\n(?=\d+\. )/).slice(1);
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const item of items) expect(item).toMatch(/^\d+\. [A-Z][^()]+\(\d{4}\)\. \S/);
    for (const phrase of [/Big Models: The Next Generation/i, /ai-course\.org/i, /big-model\.org/i])
      expect(source).not.toMatch(phrase);
  });

  it('has no large number in the prose except years and the GPT vocabulary size', () => {
    const numbers = [...prose().matchAll(/\d[\d,.]*\d/g)].map((m) => m[0]);
    const large = numbers.filter((n) => n.replace(/[,.]/g, '').length >= 4);
    const allowed = (n: string) => /^(19|20)\d\d$/.test(n) || n === '50,257';
    expect(large.filter((n) => !allowed(n))).toEqual([]);
  });
});
