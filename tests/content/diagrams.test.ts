// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Mermaid } from 'mermaid';
import { findMermaidBlocks } from '../../src/mdx/plugins/mermaid';
import { chapters, chapterSource } from '../helpers/compile';

let mermaid: Mermaid;

beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

const blocks = chapters.flatMap((chapter) =>
  findMermaidBlocks(chapterSource(chapter.file)).map(
    (block) => [`${chapter.file}:${block.line}`, block.chart] as const,
  ),
);

describe('every Mermaid diagram in content/', () => {
  it('there is at least one diagram to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks)('%s parses', async (where, chart) => {
    await expect(mermaid.parse(chart), where).resolves.toBeTruthy();
  });

  it('the parser used here does reject a broken diagram', async () => {
    await expect(mermaid.parse('flowchart LR\n  A -->')).rejects.toThrow();
  });
});
