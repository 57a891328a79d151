import { describe, expect, it } from 'vitest';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { compileMdx } from '../helpers/compile';

describe('figures and exercises', () => {
  it('numbers figures and exercises and resolves <FigRef>', async () => {
    const out = await compileMdx(
      [
        'As <FigRef id="b" /> shows.',
        '',
        '<Figure id="a" caption="First">x</Figure>',
        '',
        '<Figure id="b" caption="Second">y</Figure>',
        '',
        '<Exercise>one</Exercise>',
        '',
        '<Exercise>two</Exercise>',
      ].join('\n'),
    );
    expect(out).toContain('id: "fig-a"');
    expect(out).toContain('number: "3.2"');
    expect(out).toContain('href: "#fig-b"');
    expect(out).toContain('children: "Figure 3.2"');
    expect(out.match(/number: "3\.1"/g)).toHaveLength(2); // first figure and first exercise
  });

  it('fails on a <FigRef> to an unknown figure', async () => {
    await expect(compileMdx('<FigRef id="zzz" />')).rejects.toThrow(/<FigRef id="zzz"> points to no <Figure id>/);
  });
});

describe('headings', () => {
  it('gives headings slug ids, explicit {#ids}, anchors and a toc export', async () => {
    const out = await compileMdx('## Loss functions\n\n### Cross-entropy \\{#xent}\n\n## 预训练\n\n#### Deep');
    expect(out).toContain('id: "loss-functions"');
    expect(out).toContain('id: "xent"');
    expect(out).toContain('id: "预训练"');
    expect(out).toContain('"aria-label": "Link to this section"');
    const toc = /export const toc = (\[[\s\S]*?\]);/.exec(out)?.[1];
    expect(JSON.parse(toc ?? 'null')).toEqual([
      { depth: 2, id: 'loss-functions', text: 'Loss functions' },
      { depth: 3, id: 'xent', text: 'Cross-entropy' },
      { depth: 2, id: '预训练', text: '预训练' },
    ]);
    expect(out).not.toContain('text: "Deep"');
  });
});

describe('mermaid', () => {
  it('turns ```mermaid fences into <Mermaid chart>', async () => {
    const out = await compileMdx('```mermaid\nflowchart LR\n  A --> B\n```');
    expect(out).toMatch(/_components\.Mermaid|Mermaid, \{/);
    expect(out).toContain('chart: "flowchart LR\\n  A --> B"');
  });

  it('finds fenced diagrams with their line numbers', () => {
    expect(findMermaidBlocks('a\n\n```mermaid\ngraph TD\nA-->B\n```\n')).toEqual([
      { line: 3, chart: 'graph TD\nA-->B\n' },
    ]);
  });
});

describe('code', () => {
  it('highlights code at build time with both themes', async () => {
    const out = await compileMdx('```ts\nconst x: number = 1;\n```');
    expect(out).toContain('shiki');
    expect(out).toContain('--shiki-dark');
  });
});

describe('links', () => {
  it('accepts links to chapters, labs, anchors and other sites', async () => {
    await expect(
      compileMdx(
        '## Here\n\n[a](/chapters/large-models) [b](/labs/diagnostics) [c](#here) [d](https://arxiv.org/abs/1706.03762)',
      ),
    ).resolves.toBeTypeOf('string');
  });

  it.each([
    ['[x](/chapters/no-such-chapter)', 'no chapter has this slug'],
    ['[x](/labs/nope)', 'no lab has this name'],
    ['[x](#missing)', 'no element has this id'],
    ['[x](/somewhere)', 'unknown internal route'],
  ])('fails on %s', async (source, message) => {
    await expect(compileMdx(source)).rejects.toThrow(message);
  });
});

describe('block components', () => {
  it('fails when a block component is inside a paragraph, and accepts it on its own lines', async () => {
    await expect(compileMdx('<Exercise>\nCount it.\n<Solution>It is 7.</Solution>\n</Exercise>')).rejects.toThrow(
      /03-test\.mdx:3: <Solution> is inside a paragraph/,
    );
    await expect(
      compileMdx('<Exercise>\nCount it.\n\n<Solution>\nIt is 7.\n</Solution>\n</Exercise>'),
    ).resolves.toContain('Solution');
  });
});
