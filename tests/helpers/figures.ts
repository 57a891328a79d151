import path from 'node:path';
import type { ComponentType } from 'react';
import { figureCatalog } from '../../src/widgets/figure-catalog';

/**
 * Every figure of src/widgets/figure-catalog.ts, loaded from the module the catalog names. The
 * site's chapters import their figures themselves (src/mdx/plugins/figure-imports.ts); MDX run in
 * tests gets them as components instead.
 */
export async function loadFigures(): Promise<Record<string, ComponentType>> {
  const entries = await Promise.all(
    Object.entries(figureCatalog).map(async ([name, modulePath]) => {
      const file = path.join(import.meta.dirname, '../../src/widgets', `${modulePath}.tsx`);
      const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const component = module[name];
      if (typeof component !== 'function') throw new Error(`src/widgets/${modulePath} does not export ${name}`);
      return [name, component as ComponentType] as const;
    }),
  );
  return Object.fromEntries(entries);
}
