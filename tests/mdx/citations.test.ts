import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parseBibliography, readBibliography } from '../../src/mdx/bibliography';
import { findCitations } from '../../src/mdx/plugins/citations';
import { mdxOptions } from '../../src/mdx/pipeline';
import { labNames } from '../../src/widgets/catalog';
import { chapters, compileMdx, contentDir } from '../helpers/compile';

const bibliography = parseBibliography(
  [
    '- <span id="kaplan-2020" />Kaplan, J., McCandlish, S., and Amodei, D. (2020). Scaling laws.',
    '- <span id="brown-2020" />Brown, T. B., Mann, B., Ryder, N., Subbiah, M., et al. (2020). Few-shot.',
    '- <span id="mcculloch-1943" />McCulloch, W. S., and Pitts, W. (1943). A logical calculus.',
    '- <span id="glorot-2010" />Glorot, X., and Bengio, Y. (2010). Understanding.',
    '- <span id="glorot-2011" />Glorot, X., Bordes, A., and Bengio, Y. (2011). Deep sparse rectifier.',
    '- <span id="polyak-1964" />Polyak, B. T. (1964). Some methods.',
    '- <span id="rijsbergen-1979" />van Rijsbergen, C. J. (1979). *Information Retrieval*.',
    '- <span id="mikolov-2013-word2vec" />Mikolov, T., Chen, K., Corrado, G., and Dean, J. (2013). Efficient.',
    '- <span id="mikolov-2013-phrases" />Mikolov, T., Sutskever, I., Chen, K., and Dean, J. (2013). Phrases.',
  ].join('\n'),
);

/** "text of the link → id" for every citation found, unresolved ones as "text → ?". */
const cited = (text: string, context?: string) =>
  findCitations(text, bibliography, context).map((c) => `${text.slice(c.start, c.end)} → ${c.id ?? '?'}`);

describe('the bibliography, read at build time (src/mdx/bibliography.ts)', () => {
  it('parses anchors, surnames (not initials), "et al." and the year', () => {
    expect(bibliography.find((e) => e.id === 'brown-2020')).toEqual({
      id: 'brown-2020',
      year: '2020',
      surnames: ['Brown', 'Mann', 'Ryder', 'Subbiah'],
      etAl: true,
    });
    expect(bibliography.find((e) => e.id === 'rijsbergen-1979')?.surnames).toEqual(['van Rijsbergen']);
    expect(bibliography.find((e) => e.id === 'glorot-2011')?.surnames).toEqual(['Glorot', 'Bordes', 'Bengio']);
  });

  it('reads every entry of the references appendix', () => {
    const entries = readBibliography();
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.find((e) => e.id === 'vaswani-2017')?.surnames.slice(0, 2)).toEqual(['Vaswani', 'Shazeer']);
  });
});

describe('findCitations (src/mdx/plugins/citations.ts)', () => {
  it('finds narrative citations: et al., two and three authors, one author', () => {
    expect(cited('As Kaplan et al. (2020) showed, and McCulloch and Pitts (1943) before them.')).toEqual([
      'Kaplan et al. (2020) → kaplan-2020',
      'McCulloch and Pitts (1943) → mcculloch-1943',
    ]);
    expect(cited('Glorot, Bordes and Bengio (2011) and Polyak (1964).')).toEqual([
      'Glorot, Bordes and Bengio (2011) → glorot-2011',
      'Polyak (1964) → polyak-1964',
    ]);
    expect(cited('Then, Kaplan et\n  al. (2020) fitted power laws.')).toEqual([
      'Kaplan et\n  al. (2020) → kaplan-2020',
    ]);
  });

  it('finds parenthetical citations, with or without the comma, several in one pair of brackets', () => {
    expect(cited('trained this way (Brown et al., 2020; Glorot and Bengio, 2010).')).toEqual([
      'Brown et al., 2020 → brown-2020',
      'Glorot and Bengio, 2010 → glorot-2010',
    ]);
    expect(cited('attention (Kaplan et al. 2020) and (van Rijsbergen, 1979)')).toEqual([
      'Kaplan et al. 2020 → kaplan-2020',
      'van Rijsbergen, 1979 → rijsbergen-1979',
    ]);
  });

  it('finds the Chinese forms', () => {
    expect(cited('Kaplan 等人（2020）发现，McCulloch 和 Pitts（1943）提出')).toEqual([
      'Kaplan 等人（2020） → kaplan-2020',
      'McCulloch 和 Pitts（1943） → mcculloch-1943',
    ]);
    expect(cited('Glorot、Bordes 和 Bengio（2011）；（dropout，Brown 等，2020；Polyak，1964）')).toEqual([
      'Glorot、Bordes 和 Bengio（2011） → glorot-2011',
      'Brown 等，2020 → brown-2020',
      'Polyak，1964 → polyak-1964',
    ]);
  });

  it('checks the authors, not just surname and year', () => {
    // Glorot 2010 has two authors, 2011 three: each form names exactly one.
    expect(cited('(Glorot and Bengio, 2011)')).toEqual(['Glorot and Bengio, 2011 → ?']);
    expect(cited('(Glorot et al., 2010)')).toEqual(['Glorot et al., 2010 → ?']);
    expect(cited('(Glorot et al., 2011)')).toEqual(['Glorot et al., 2011 → glorot-2011']);
    // "et al." on a two-author work, a wrong year, a wrong co-author: not linked.
    expect(cited('McCulloch et al. (1943), Kaplan et al. (2021), Kaplan and Brown (2020)')).toEqual([
      'McCulloch et al. (1943) → ?',
      'Kaplan et al. (2021) → ?',
      'Kaplan and Brown (2020) → ?',
    ]);
    expect(findCitations('Kaplan et al. (2021)', bibliography)[0]).toMatchObject({ strong: true, ambiguous: [] });
  });

  it('leaves alone what only looks like a citation', () => {
    expect(cited('AlexNet (2012), GPT-3 (2020), in 2020 (NeurIPS 2017) and Regulation (EU) 2024/1689')).toEqual([
      'AlexNet (2012) → ?',
      'NeurIPS 2017 → ?',
    ]);
    expect(findCitations('AlexNet (2012)', bibliography)[0].strong).toBe(false);
    expect(cited('Kaplan (2020) wrote', 'x')).toEqual(['Kaplan (2020) → ?']); // one author named, three wrote it
    expect(cited('see Kaplan, J., McCandlish, S., and Amodei, D. (2020).')).toEqual([]);
  });

  it('tells apart two works alike by the rest of their id in the paragraph, else links neither', () => {
    const text = '(Mikolov et al., 2013)';
    expect(cited(text, `**Word2vec** ${text}`)).toEqual(['Mikolov et al., 2013 → mikolov-2013-word2vec']);
    expect(cited(text)).toEqual(['Mikolov et al., 2013 → ?']);
    expect(findCitations(text, bibliography)[0].ambiguous).toEqual(['mikolov-2013-word2vec', 'mikolov-2013-phrases']);
  });
});

describe('remarkCitations in the pipeline', () => {
  it('links citations in prose, lists and table bodies to the references appendix', async () => {
    const out = await compileMdx(
      [
        'Kaplan et al. (2020) fitted power laws (Vaswani et al., 2017).',
        '',
        '- A list item citing Brown et al. (2020).',
        '',
        '| work | year |',
        '| --- | --- |',
        '| He et al. (2016) | 2016 |',
      ].join('\n'),
    );
    const links = [...out.matchAll(/href: "(\/chapters\/references#[^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/chapters/references#kaplan-2020',
      '/chapters/references#vaswani-2017',
      '/chapters/references#brown-2020',
      '/chapters/references#he-2016',
    ]);
    expect(out).toMatch(
      /href: "\/chapters\/references#kaplan-2020",\s*className: "citation",\s*children: "Kaplan et al\. \(2020\)"/,
    );
  });

  it('links a work once per paragraph', async () => {
    const out = await compileMdx('Kaplan et al. (2020) and again Kaplan et al. (2020).\n\nKaplan et al. (2020).');
    expect(out.match(/references#kaplan-2020/g)).toHaveLength(2);
  });

  it('does not link in headings, code, math, links, <Term> or table header cells', async () => {
    const out = await compileMdx(
      [
        '## Kaplan et al. (2020)',
        '',
        '`Kaplan et al. (2020)` and $\\text{Kaplan et al. (2020)}$ and [Kaplan et al. (2020)](/chapters/losses)',
        '',
        '```text',
        'Kaplan et al. (2020)',
        '```',
        '',
        'A <Term id="pre-training">Kaplan et al. (2020)</Term> term.',
        '',
        '| Kaplan et al. (2020) |',
        '| --- |',
        '| body |',
      ].join('\n'),
    );
    expect(out).not.toContain('references#');
  });

  it('moves the links under /zh/ in the Chinese edition', async () => {
    const options = mdxOptions({ chapterSlugs: chapters.map((c) => c.slug), labNames, lang: 'zh' });
    const file = { value: 'Kaplan 等人（2020）发现了缩放定律。', path: path.join(contentDir, 'zh', '03-test.mdx') };
    const out = String(await compile(file, options));
    expect(out).toContain('href: "/zh/chapters/references#kaplan-2020"');
    expect(out).toContain('children: "Kaplan 等人（2020）"');
  });

  it('reports an "et al." citation that names no entry as a message, without failing the build', async () => {
    const options = mdxOptions({ chapterSlugs: chapters.map((c) => c.slug), labNames });
    const file = await compile(
      { value: 'Line.\n\nKaplan et al. (2031) said so.', path: path.join(contentDir, '03-x.mdx') },
      options,
    );
    expect(String(file)).not.toContain('references#');
    expect(file.messages.map((m) => m.reason)).toEqual([
      'content/03-x.mdx:3: citation "Kaplan et al. (2031)" names no entry of the references appendix',
    ]);
  });
});
