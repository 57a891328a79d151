import type { TFunction } from 'i18next';

/**
 * What a lab worker tells the reader about a fault, as a code the page translates (a worker has
 * no i18n): sent beside the English `message` of a `notice`. No React here (workers import it).
 */
export type LabNotice =
  | { code: 'context-lost'; backend: string; duringTraining: boolean }
  /** The same, in a lab whose pre-trained state lives on the CPU: only the runs in progress were lost. */
  | { code: 'context-lost-runs'; backend: string; duringTraining: boolean }
  | { code: 'no-context' }
  | { code: 'model-loaded' };

/** The notice in the page's language (`t` from useT), or the worker's English text if it sent no code. */
export function noticeText(t: TFunction, message: string, notice?: LabNotice): string {
  if (!notice) return message;
  switch (notice.code) {
    case 'context-lost':
      return notice.duringTraining
        ? t('labUi.notices.contextLostTraining', { backend: notice.backend })
        : t('labUi.notices.contextLost', { backend: notice.backend });
    case 'context-lost-runs':
      return notice.duringTraining
        ? t('labUi.notices.runsLostTraining', { backend: notice.backend })
        : t('labUi.notices.runsLost', { backend: notice.backend });
    case 'no-context':
      return t('labUi.notices.noContext');
    case 'model-loaded':
      return t('labUi.notices.modelLoaded');
  }
}
