import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readChapters } from './src/mdx/chapter-files';
import { chaptersPlugin } from './src/mdx/chapters-plugin';
import { mdxOptions } from './src/mdx/pipeline';
import { labNames } from './src/widgets/catalog';

const root = import.meta.dirname;

/** Serve the book under a sub-path with BASE_PATH=/book/ (default: the host's root). */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    chaptersPlugin(root),
    {
      enforce: 'pre',
      ...mdx(mdxOptions({ chapterSlugs: readChapters(`${root}/content`).map((c) => c.slug), labNames })),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
