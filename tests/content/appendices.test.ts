import { beforeAll, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { validateFrontmatter } from '../../src/mdx/frontmatter';
import { chapters, chapterSource } from '../helpers/compile';
import { renderChapter, type RenderedChapter } from '../helpers/render-chapter';

const NOTATION = 'content/13-notation.mdx';
const GLOSSARY = 'content/14-glossary.mdx';
const REFERENCES = 'content/15-references.mdx';

let notation: RenderedChapter;
let glossary: RenderedChapter;
let references: RenderedChapter;

beforeAll(async () => {
  [notation, glossary, references] = await Promise.all([
    renderChapter(NOTATION, 'notation'),
    renderChapter(GLOSSARY, 'glossary'),
    renderChapter(REFERENCES, 'references'),
  ]);
});

/** Decodes the few entities renderToString writes into heading text. */
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** The h3 headings of the glossary: [id, visible text]. */
function glossaryTerms(): [string, string][] {
  return [...glossary.html.matchAll(/<h3 id="([^"]+)">([\s\S]*?)<a [^>]*class="heading-anchor"/g)].map((m) => [
    m[1],
    decode(m[2]),
  ]);
}

/** Every internal link in the rendered HTML. */
const chapterLinks = (html: string) => [...html.matchAll(/href="(\/chapters\/[^"]+)"/g)].map((m) => m[1]);

describe('the three appendices', () => {
  it.each([
    [NOTATION, 'notation', 'A'],
    [GLOSSARY, 'glossary', 'B'],
    [REFERENCES, 'references', 'C'],
  ])('%s has valid appendix front matter and comes after the chapters as appendix %s', (file, slug, label) => {
    const fm = validateFrontmatter(extractFrontmatter(chapterSource(file), file), file);
    expect(fm.slug).toBe(slug);
    expect(fm.appendix).toBe(true);
    const meta = chapters.find((c) => c.slug === slug);
    expect(meta?.kind).toBe('Appendix');
    expect(meta?.label).toBe(label);
  });

  it('compile and render without KaTeX errors', () => {
    for (const page of [notation, glossary, references]) {
      expect(page.html.length).toBeGreaterThan(1000);
      expect(page.html).not.toContain('katex-error');
    }
  });

  it('link only to chapters that exist, with an anchor on every link', () => {
    const slugs = new Set(chapters.map((c) => c.slug));
    for (const page of [notation, glossary, references]) {
      const links = chapterLinks(page.html);
      expect(links.length).toBeGreaterThan(10);
      for (const link of links) {
        const [, slug, anchor] = /^\/chapters\/([^#/?]+)#(.+)$/.exec(link) ?? [];
        expect(slugs.has(slug), link).toBe(true);
        expect(anchor, link).toBeTruthy();
      }
    }
  });

  it('contain none of the unverifiable references from the sources', () => {
    for (const page of [notation, glossary, references]) {
      expect(page.text).not.toMatch(/Big Models: The Next Generation/i);
      expect(page.text).not.toMatch(/ai-course\.org|nlp-dl\.org|big-model\.org/i);
      expect(page.text).not.toMatch(/Theoretical Advantage of Deep and Widely-Connected/i);
      expect(page.text).not.toMatch(/Turing model/i);
    }
  });
});

describe('appendix A: notation', () => {
  it('tabulates the symbols in KaTeX, grouped by topic', () => {
    const tables = notation.html.match(/<table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const id of ['conventions', 'networks', 'losses', 'optimizers', 'attention', 'scaling', 'fine-tuning']) {
      expect(notation.html).toContain(`id="${id}"`);
    }
    for (const tex of ['\\beta_1', '\\beta_2', '\\epsilon', '\\lambda', 'd_k', '\\delta^{(\\ell)}_i', '\\hat{y}']) {
      expect(notation.source).toContain(tex);
    }
    expect(notation.html.match(/class="katex"/g)?.length ?? 0).toBeGreaterThan(100);
  });

  it('states the corrected facts: sigmoid derivative peaks at 0, epsilon is not a regulariser', () => {
    expect(notation.source).toMatch(/is largest, \$0\.25\$, at \$z = 0\$/);
    expect(notation.source).toMatch(/numerical stability, not regularization/);
  });
});

describe('appendix B: glossary', () => {
  it('has at least 60 terms, each an h3 with a unique id', () => {
    const terms = glossaryTerms();
    expect(terms.length).toBeGreaterThanOrEqual(60);
    const ids = terms.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    const allIds = [...glossary.html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(allIds.filter((x) => x === id)).toHaveLength(1);
  });

  it('is in alphabetical order', () => {
    const names = glossaryTerms().map(([, name]) => name);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(names).toEqual(sorted);
  });

  it('files every term under the letter it starts with', () => {
    let letter = '';
    let checked = 0;
    for (const m of glossary.html.matchAll(/<h2 id="letter-([a-z])"|<h3 id="[^"]+">([\s\S]*?)<a /g)) {
      if (m[1]) letter = m[1];
      else {
        expect(decode(m[2])[0].toLowerCase()).toBe(letter);
        checked += 1;
      }
    }
    expect(checked).toBe(glossaryTerms().length);
  });

  it('has stable ids for the core terms', () => {
    const ids = new Set(glossaryTerms().map(([id]) => id));
    for (const id of [
      'pre-training',
      'fine-tuning',
      'embedding',
      'attention',
      'logit',
      'softmax',
      'cross-entropy',
      'overfitting',
      'regularization',
      'dropout',
      'batch-normalisation',
      'epoch',
      'batch',
      'learning-rate',
      'warm-up',
      'lora',
      'quantisation',
      'distillation',
      'perplexity',
      'token',
      'vocabulary',
      'auc',
      'calibration',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('gives every term a "See Chapter N" link to a section of that chapter', () => {
    const byNumber = new Map(chapters.map((c) => [c.label, c.slug]));
    const sections = glossary.html.split(/<h3 id=/).slice(1);
    expect(sections.length).toBe(glossaryTerms().length);
    for (const section of sections) {
      const body = section.split(/<h2 /)[0];
      const see = /See\s+<a [^>]*href="\/chapters\/([^"#]+)#[^"]+"[^>]*>Chapter (\d+)<\/a>/.exec(body);
      expect(see, body.slice(0, 80)).not.toBeNull();
      expect(byNumber.get(see![2])).toBe(see![1]);
    }
  });

  it('repeats none of the errors of the sources', () => {
    // The sigmoid's derivative is largest at 0; epsilon in Adam is for numerical stability.
    expect(glossary.text).toMatch(/largest, 0\.25, at z = 0|largest, 0\.25, at/);
    expect(glossary.text).not.toMatch(/\bepsilon\b[^.]*regulari[sz]er/i);
    // Self-attention is a mechanism, not a pre-training stage; BERT is masked LM, GPT is next-token.
    expect(glossary.text).toMatch(/mechanism inside each Transformer layer, not a stage/);
    expect(glossary.text).toMatch(/BERT is trained this way/);
    expect(glossary.text).toMatch(/GPT models are trained this way/);
    // MAE is mean absolute error.
    expect(glossary.text).toMatch(/Mean absolute error/);
  });
});

describe('appendix C: references', () => {
  /** The text of the entry with anchor `id`: the list item that carries it. */
  function entry(id: string): string {
    const match = new RegExp(`<li[^>]*><span id="${id}"></span>([\\s\\S]*?)</li>`).exec(references.html);
    expect(match, id).not.toBeNull();
    return decode(match![1]).replace(/\s+/g, ' ');
  }

  it('gives every entry a unique anchor', () => {
    const ids = [...references.html.matchAll(/<span id="([^"]+)"><\/span>/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['vaswani-2017', /Vaswani, A\..*\(2017\)\. Attention is all you need\. NeurIPS 2017\. arXiv:1706\.03762/],
    ['devlin-2019', /Devlin, J\..*\(2019\)\. BERT: Pre-training of deep bidirectional.*NAACL-HLT 2019/],
    ['brown-2020', /Brown, T\. B\..*\(2020\)\. Language models are few-shot learners\. NeurIPS 2020/],
    ['he-2016', /He, K\..*\(2016\)\. Deep residual learning for image recognition\. CVPR 2016/],
    ['kingma-2015', /Kingma, D\. P\., and Ba, J\. \(2015\)\. Adam: A method for stochastic optimization\. ICLR 2015/],
    [
      'loshchilov-2019',
      /Loshchilov, I\., and Hutter, F\. \(2019\)\. Decoupled weight decay regularization\. ICLR 2019/,
    ],
    ['hu-2022', /Hu, E\. J\..*\(2022\)\. LoRA: Low-rank adaptation of large language models\. ICLR 2022/],
    ['kaplan-2020', /Kaplan, J\..*\(2020\)\. Scaling laws for neural language models\. arXiv:2001\.08361/],
    ['hoffmann-2022', /Hoffmann, J\..*\(2022\)\. Training compute-optimal large language models\. NeurIPS 2022/],
    ['krizhevsky-2012', /Krizhevsky, A\..*\(2012\)\. ImageNet classification with deep convolutional/],
  ])('has %s with the right authors, title, venue and year', (id, pattern) => {
    expect(entry(id)).toMatch(pattern);
  });

  it('notes which chapters cite each entry', () => {
    const items = [...references.html.matchAll(/<li[^>]*><span id="[^"]+"><\/span>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
    for (const item of items) expect(decode(item)).toMatch(/Cited in Chapters? \d+/);
    expect(entry('vaswani-2017')).toMatch(/Cited in Chapters 1, 3, 4, 8\./);
  });

  it('covers every work in every chapter reference list (by first author and year)', () => {
    const ours = new Set(
      [...references.source.matchAll(/<span id="[^"]+" \/>([^,(]+?),? [^(]*?\((\d{4})\)/g)].map(
        (m) => `${m[1].trim()} ${m[2]}`,
      ),
    );
    for (const chapter of chapters.filter((c) => !c.appendix)) {
      const source = chapterSource(chapter.file);
      const list = source.split(/^## References.*$/m)[1] ?? '';
      for (const [, author, year] of list.matchAll(/^\d+\.\s+([^,(]+?),? [^(\n]*?\((\d{4})\)/gm)) {
        expect(ours, `${chapter.file}: ${author} ${year}`).toContain(`${author.trim()} ${year}`);
      }
    }
  });
});
