import type { Lang } from '../../i18n/lang';

/** The search dialog's words in each edition (kept here, beside the one component that uses them). */
export const searchStrings: Record<
  Lang,
  {
    button: string;
    label: string;
    placeholder: string;
    loading: string;
    failed: string;
    none: string;
    count: (n: number) => string;
    hint: string;
    close: string;
    results: string;
  }
> = {
  en: {
    button: 'Search',
    label: 'Search the book',
    placeholder: 'Search the book…',
    loading: 'Loading the search index…',
    failed: 'The search index could not be loaded',
    none: 'Nothing found.',
    count: (n) => (n === 1 ? '1 section' : `${n} sections`),
    hint: '↑ ↓ to choose, Enter to open, Esc to close',
    close: 'Close',
    results: 'Search results',
  },
  zh: {
    button: '搜索',
    label: '搜索本书',
    placeholder: '搜索本书…',
    loading: '正在加载搜索索引…',
    failed: '无法加载搜索索引',
    none: '没有找到结果。',
    count: (n) => `${n} 个小节`,
    hint: '↑ ↓ 选择，Enter 打开，Esc 关闭',
    close: '关闭',
    results: '搜索结果',
  },
};
