import type { CompileOptions } from '@mdx-js/mdx';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { figureCatalog, isFigureName } from '../../widgets/figure-catalog';
import { isJsxElement } from './jsx';

export interface FigureImportOptions {
  /** Module path of a figure's module (catalog value) -> import specifier. Default: `/src/widgets/<path>`. */
  specifier?: (modulePath: string) => string;
}

/**
 * Adds `import { ScaleChart } from '/src/widgets/scale-chart/ScaleChart'` to a compiled chapter
 * for every figure (src/widgets/figure-catalog.ts) it uses. MDX uses an imported name directly
 * instead of looking it up in the component map, so each figure's code lands in the chunk of the
 * chapters that show it (loaded before hydration, so the prerendered figure hydrates unchanged)
 * and stays out of the main bundle. Authors write `<ScaleChart />` as before.
 *
 * Used by the site build (vite.config.ts); tests that run compiled MDX pass the figures as components.
 */
export function remarkFigureImports(options: FigureImportOptions = {}) {
  const specifier = options.specifier ?? ((modulePath: string) => `/src/widgets/${modulePath}`);
  return (tree: Root) => {
    const byModule = new Map<string, Set<string>>();
    visit(tree, (node) => {
      if (!isJsxElement(node) || !node.name || !isFigureName(node.name)) return;
      const modulePath = figureCatalog[node.name];
      const names = byModule.get(modulePath) ?? new Set<string>();
      names.add(node.name);
      byModule.set(modulePath, names);
    });
    if (byModule.size === 0) return;
    const program: Program = {
      type: 'Program',
      sourceType: 'module',
      body: [...byModule]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([modulePath, names]) => ({
          type: 'ImportDeclaration',
          attributes: [],
          source: { type: 'Literal', value: specifier(modulePath) },
          specifiers: [...names].sort().map((name) => ({
            type: 'ImportSpecifier',
            imported: { type: 'Identifier', name },
            local: { type: 'Identifier', name },
          })),
        })),
    };
    tree.children.unshift({ type: 'mdxjsEsm', value: '', data: { estree: program } });
  };
}

/** `options` with remarkFigureImports added (last, after the slides are cut). */
export function withFigureImports(options: CompileOptions): CompileOptions {
  return { ...options, remarkPlugins: [...(options.remarkPlugins ?? []), remarkFigureImports] };
}
