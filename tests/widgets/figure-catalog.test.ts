import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMdx, contentDir, root } from '../helpers/compile';
import { withFigureImports } from '../../src/mdx/plugins/figure-imports';
import { mdxComponents } from '../../src/mdx/components';
import { mdxOptions } from '../../src/mdx/pipeline';
import { figureCatalog, figureNames } from '../../src/widgets/figure-catalog';
import { compile } from '@mdx-js/mdx';
import { loadFigures } from '../helpers/figures';

const compileForSite = async (source: string) =>
  String(
    await compile(
      { value: source, path: path.join(contentDir, '03-test.mdx') },
      withFigureImports(mdxOptions({ chapterSlugs: [], labNames: [] })),
    ),
  );

describe('figure catalog', () => {
  it('names a module that exports each figure as a component', async () => {
    const figures = await loadFigures();
    expect(Object.keys(figures).sort()).toEqual([...figureNames].sort());
    for (const name of figureNames) expect(typeof figures[name], name).toBe('function');
  });

  it('covers every capitalised component the chapters use that is not in the MDX component map', () => {
    // The component map, plus <Eq> and <FigRef>, which the compiler resolves.
    const builtIns = new Set([...Object.keys(mdxComponents), 'Eq', 'FigRef']);
    const dirs = [contentDir, path.join(root, 'content', 'zh')].filter((dir) => {
      try {
        return readdirSync(dir).length > 0;
      } catch {
        return false;
      }
    });
    const used = new Set<string>();
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        const source = readFileSync(path.join(dir, file), 'utf8').replace(/```[\s\S]*?```/g, '');
        for (const match of source.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) used.add(match[1] ?? '');
      }
    }
    const unknown = [...used].filter((name) => !builtIns.has(name) && !Object.hasOwn(figureCatalog, name));
    expect(unknown).toEqual([]);
  });
});

describe('figure imports in compiled chapters', () => {
  it('imports exactly the figures a chapter uses, one import per module', async () => {
    const code = await compileForSite(
      '# T\n\nAbout <ParamCount model="gpt2" /> and <LayerStat layer="a" stat="b" />.\n\n<ScaleChart />\n',
    );
    expect(code).toContain('import {LayerStat, ParamCount} from "/src/widgets/param-count/numbers";');
    expect(code).toContain('import {ScaleChart} from "/src/widgets/scale-chart/ScaleChart";');
    expect(code).not.toContain('LossExplorer');
    // The imported binding is used directly, not looked up in the component map.
    expect(code).toMatch(/_jsx\(ScaleChart, \{\}\)/);
    expect(code).not.toMatch(/\{[^}]*ScaleChart[^}]*\} = _components/);
  });

  it('adds nothing to a chapter without figures, and the test pipeline adds no imports', async () => {
    const plain = await compileForSite('# T\n\nJust text.\n');
    expect(plain).not.toContain('/src/widgets/');
    expect(await compileMdx('# T\n\n<ScaleChart />\n')).not.toContain('/src/widgets/');
  });
});
