import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chapters, chapterSource, compileMdx, root } from '../helpers/compile';

/** ids and internal link targets of every compiled chapter, by slug. */
const compiled = new Map<string, { ids: Set<string>; links: string[] }>();

beforeAll(async () => {
  for (const chapter of chapters) {
    const out = await compileMdx(chapterSource(chapter.file), path.join(root, chapter.file));
    const ids = new Set([...out.matchAll(/\bid: "([^"]+)"/g)].map((m) => m[1]));
    const links = [...out.matchAll(/\bhref: "(\/chapters\/[^"]+)"/g)].map((m) => m[1]);
    compiled.set(chapter.slug, { ids, links });
  }
});

describe('links between chapters', () => {
  it('every /chapters/<slug>#anchor names an existing chapter and an id in it', () => {
    const broken: string[] = [];
    for (const [from, { links }] of compiled) {
      for (const link of links) {
        const [, slug, anchor] = /^\/chapters\/([^#/?]+)(?:#(.+))?$/.exec(link) ?? [];
        const target = slug ? compiled.get(slug) : undefined;
        if (!target) broken.push(`${from} → ${link}: no such chapter`);
        else if (anchor && !target.ids.has(decodeURIComponent(anchor))) broken.push(`${from} → ${link}: no such id`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('finds the links it checks', () => {
    expect([...compiled.values()].some((c) => c.links.length > 0)).toBe(true);
  });
});
