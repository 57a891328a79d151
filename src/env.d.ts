declare module 'virtual:chapters' {
  import type { ChapterMeta } from './mdx/frontmatter';
  const chapters: ChapterMeta[];
  export default chapters;
}

declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  import type { TocEntry } from './mdx/plugins/toc';
  export const toc: TocEntry[];
  export const frontmatter: Record<string, unknown>;
  export default function MDXContent(props: MDXProps): JSX.Element;
}
