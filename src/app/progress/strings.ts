import { useLang, type Lang } from '../../i18n/useLang';

/**
 * The progress feature's interface strings. They live beside it, not in src/i18n, because the
 * feature loads after hydration as its own chunk (the JS budget counts what loads before).
 */
const STRINGS = {
  en: {
    markDone: 'Mark as done',
    visited: '(visited)',
    exercisesDone: (done: number, total: number) => `${done} of ${total} exercises done`,
    continueTitle: 'Continue where you left off',
    summary: (visited: number, total: number, done: number) =>
      `You have opened ${visited} of ${total} chapters and marked ${done} exercise${done === 1 ? '' : 's'} as done. Your progress is kept in this browser only.`,
    reset: 'Reset progress',
    confirm: 'Forget every chapter visited and every exercise marked done in this browser?',
    confirmYes: 'Yes, reset',
    cancel: 'Cancel',
    cleared: 'Your progress has been reset.',
  },
  zh: {
    markDone: '标记为已完成',
    visited: '（已读）',
    exercisesDone: (done: number, total: number) => `已完成 ${done}/${total} 道练习`,
    continueTitle: '从上次离开的地方继续',
    summary: (visited: number, total: number, done: number) =>
      `你已打开 ${total} 章中的 ${visited} 章，并将 ${done} 道练习标记为已完成。进度只保存在此浏览器中。`,
    reset: '重置进度',
    confirm: '要清除此浏览器中记录的所有已读章节和已完成练习吗？',
    confirmYes: '确定重置',
    cancel: '取消',
    cleared: '进度已重置。',
  },
} satisfies Record<Lang, unknown>;

export type ProgressStrings = (typeof STRINGS)['en'];

export function useProgressStrings(): ProgressStrings {
  return STRINGS[useLang()];
}
