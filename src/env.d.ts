declare module 'virtual:chapters' {
  import type { ChapterEntry } from './mdx/frontmatter';
  const chapters: ChapterEntry[];
  export default chapters;
}

declare module 'virtual:chapters-zh' {
  import type { ChapterEntry } from './mdx/frontmatter';
  const chapters: ChapterEntry[];
  export default chapters;
}

declare module 'virtual:chapter-summaries' {
  const summaries: Record<string, string>;
  export default summaries;
}

declare module 'virtual:chapter-summaries-zh' {
  const summaries: Record<string, string>;
  export default summaries;
}

declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  import type { TocEntry } from './mdx/plugins/toc';
  import type { SlideInfo } from './mdx/plugins/slides';
  export const toc: TocEntry[];
  /** One entry per slide the chapter is cut into (src/mdx/plugins/slides.ts). */
  export const slides: SlideInfo[];
  export const slideCount: number;
  export const frontmatter: Record<string, unknown>;
  export default function MDXContent(props: MDXProps): JSX.Element;
}
