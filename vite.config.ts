import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readChapters } from './src/mdx/chapter-files';
import { chaptersPlugin } from './src/mdx/chapters-plugin';
import { searchIndexPlugin } from './src/mdx/search/vite-plugin';
import { mdxOptions } from './src/mdx/pipeline';
import { withFigureImports } from './src/mdx/plugins/figure-imports';
import { labNames } from './src/widgets/catalog';

const root = import.meta.dirname;

/** Serve the book under a sub-path with BASE_PATH=/book/ (default: the host's root). */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    chaptersPlugin(root),
    searchIndexPlugin(root), // search/<lang>.json (src/mdx/search)
    // One MDX compiler per edition: content/zh/ gets Chinese compiled words and links under /zh/.
    ...(['en', 'zh'] as const).map((lang) => ({
      enforce: 'pre' as const,
      ...mdx({
        // withFigureImports: each chapter imports its own figures (src/mdx/plugins/figure-imports.ts).
        ...withFigureImports(
          mdxOptions({ chapterSlugs: readChapters(`${root}/content`).map((c) => c.slug), labNames, lang }),
        ),
        ...(lang === 'zh'
          ? { include: /[\\/]content[\\/]zh[\\/][^\\/]+\.mdx$/ }
          : { exclude: /[\\/]content[\\/]zh[\\/]/ }),
      }),
    })),
    react({ include: /\.(mdx|tsx|ts)$/ }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
