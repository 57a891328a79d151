import { describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/mdx/chapter-files';
import { chapters, chapterSource, compileMdx, root } from '../helpers/compile';
import path from 'node:path';

describe('the chapters in content/', () => {
  it('exist, in order, with unique slugs', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(chapters.map((c) => c.number)).toEqual([...chapters.map((c) => c.number)].sort((a, b) => a - b));
    expect(new Set(chapters.map((c) => c.slug)).size).toBe(chapters.length);
  });

  it.each(chapters.map((c) => [c.file, c] as const))(
    '%s compiles with every formula, link and diagram fence valid',
    async (file) => {
      const source = chapterSource(file);
      const out = await compileMdx(source, path.join(root, file));
      expect(out).not.toContain('katex-error');
      expect(extractFrontmatter(source, file)).toBeTypeOf('object');
    },
  );
});
