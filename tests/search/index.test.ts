import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { indexOptions, queryOptions, tokenizeChinese, type SearchSection } from '../../src/app/search/options';
import { highlight, snippet } from '../../src/app/search/highlight';
import { buildIndex, chapterSections } from '../../src/mdx/search/build-index';
import { extractSections } from '../../src/mdx/search/sections';

const LOSSES = `---
title: Loss functions
slug: losses
---

A loss turns predictions into one number.

## Regression: the mean squared error \\{#mse}

The MSE averages squared errors $\\frac{1}{n}\\sum (y - \\hat y)^2$ over the data.

$$
L = \\frac{1}{n} \\sum_i (y_i - \\hat y_i)^2
$$

<Figure id="mse-fig" caption="Squared errors of ten predictions">

<WorkedMse />

</Figure>

### Computing it in TF.js

\`\`\`ts
const secretCodeToken = tf.losses.meanSquaredError(y, p);
\`\`\`

Call \`tf.losses.meanSquaredError\` for it.

<Notes>Speaker-only words: zebra.</Notes>

## Binary cross-entropy \\{#binary-cross-entropy}

<Callout type="tip" title="Logits">

Classification uses the cross-entropy of predicted probabilities.

</Callout>
`;

const OPTIMIZERS = `---
title: Optimizers
slug: optimizers
---

## Adam \\{#adam}

Adam keeps running averages of gradients; it is not a loss.
`;

const ZH_LOSSES = `---
title: 损失函数
slug: losses
---

## 二元交叉熵 \\{#binary-cross-entropy}

分类任务使用交叉熵损失，它衡量预测分布与真实分布之间的差距。

## 均方误差 \\{#mse}

回归任务通常使用均方误差。
`;

const chapter = (slug: string, title: string, label: string, appendix = false) => ({ slug, title, label, appendix });

describe('extractSections', () => {
  const sections = extractSections(LOSSES);

  it('cuts a chapter at its h2 and h3 headings, with the ids the page renders', () => {
    expect(sections.map((s) => [s.anchor, s.heading])).toEqual([
      ['', ''],
      ['mse', 'Regression: the mean squared error'],
      ['computing-it-in-tfjs', 'Computing it in TF.js'],
      ['binary-cross-entropy', 'Binary cross-entropy'],
    ]);
    expect(sections[0]?.text).toBe('A loss turns predictions into one number.');
  });

  it('keeps prose, captions, callout titles and inline code; drops math, code blocks, JSX and speaker notes', () => {
    const mse = sections.find((s) => s.anchor === 'mse')?.text ?? '';
    expect(mse).toContain('The MSE averages squared errors');
    expect(mse).toContain('Squared errors of ten predictions');
    expect(mse).not.toMatch(/frac|sum|WorkedMse|mse-fig/);
    const code = sections.find((s) => s.anchor === 'computing-it-in-tfjs')?.text ?? '';
    expect(code).toBe('Call tf.losses.meanSquaredError for it.');
    expect(sections.map((s) => s.text).join(' ')).not.toMatch(/secretCodeToken|zebra/);
    expect(sections.at(-1)?.text).toBe('Logits Classification uses the cross-entropy of predicted probabilities.');
  });
});

describe('the search index', () => {
  const sections: SearchSection[] = [
    ...chapterSections(chapter('losses', 'Loss functions', '3'), LOSSES),
    ...chapterSections(chapter('optimizers', 'Optimizers', '4'), OPTIMIZERS),
  ];
  // Round trip through JSON, as the browser gets it.
  const index = MiniSearch.loadJSON<SearchSection>(JSON.stringify(buildIndex(sections, 'en')), indexOptions('en'));

  it('names the chapter and the heading of each section, the introduction under the chapter title', () => {
    expect(sections[0]).toMatchObject({ id: 'losses#', heading: 'Loss functions', anchor: '', label: '3' });
  });

  it('finds a known term in the right chapter and heading', () => {
    const [first] = index.search('cross-entropy', queryOptions('en'));
    expect(first).toMatchObject({ slug: 'losses', anchor: 'binary-cross-entropy', heading: 'Binary cross-entropy' });
    expect(index.search('adam', queryOptions('en'))[0]).toMatchObject({ slug: 'optimizers', anchor: 'adam' });
  });

  it('matches while typing (prefixes) and forgives a typo in a long word', () => {
    expect(index.search('squar', queryOptions('en'))[0]?.anchor).toBe('mse');
    expect(index.search('clasification', queryOptions('en'))[0]?.anchor).toBe('binary-cross-entropy');
  });

  it('needs every word of the query, and finds nothing in math or code', () => {
    expect(index.search('adam squared', queryOptions('en'))).toEqual([]);
    expect(index.search('secretCodeToken', queryOptions('en'))).toEqual([]);
    expect(index.search('frac', queryOptions('en'))).toEqual([]);
  });

  it('ranks an appendix below the chapter that teaches the term', () => {
    const glossary = chapterSections(
      chapter('glossary', 'Glossary', 'B', true),
      '## Binary cross-entropy \\{#binary-cross-entropy}\n\nThe cross-entropy for two classes.\n',
    );
    const both = buildIndex([...sections, ...glossary], 'en');
    const slugs = both.search('binary cross-entropy', queryOptions('en')).map((r) => r.slug as string);
    expect(slugs.slice(0, 2)).toEqual(['losses', 'glossary']);
  });
});

describe('Chinese', () => {
  it('splits Chinese into words with Intl.Segmenter', () => {
    expect(tokenizeChinese('分类任务使用交叉熵损失')).toEqual(['分类', '任务', '使用', '交叉', '熵', '损失']);
  });

  it('finds a Chinese query in the right section', () => {
    const sections = chapterSections(chapter('losses', '损失函数', '3'), ZH_LOSSES);
    const index = MiniSearch.loadJSON<SearchSection>(JSON.stringify(buildIndex(sections, 'zh')), indexOptions('zh'));
    expect(index.search('交叉熵', queryOptions('zh'))[0]).toMatchObject({
      slug: 'losses',
      anchor: 'binary-cross-entropy',
    });
    expect(index.search('均方误差', queryOptions('zh'))[0]).toMatchObject({ anchor: 'mse', heading: '均方误差' });
    expect(index.search('回归', queryOptions('zh')).map((r) => r.anchor)).toEqual(['mse']);
  });
});

describe('highlighting', () => {
  it('marks the matched words at word starts, in any case', () => {
    expect(highlight('Binary Cross-entropy, crossing', ['cross', 'entropy'])).toEqual([
      { text: 'Binary ', match: false },
      { text: 'Cross', match: true },
      { text: '-', match: false },
      { text: 'entropy', match: true },
      { text: ', ', match: false },
      { text: 'cross', match: true },
      { text: 'ing', match: false },
    ]);
    expect(highlight('across', ['cross'])).toEqual([{ text: 'across', match: false }]);
  });

  it('marks Chinese terms wherever they occur', () => {
    expect(
      highlight('二元交叉熵', ['交叉', '熵'])
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['交叉', '熵']);
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'word '.repeat(100)}the target term here ${'tail '.repeat(100)}`;
    const cut = snippet(text, ['target'], 80);
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut).toContain('the target term here');
    expect(cut.length).toBeLessThanOrEqual(86);
    expect(snippet('short text', ['none'])).toBe('short text');
  });
});
