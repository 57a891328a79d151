import 'i18next';
import type { Messages } from './en';

/** Typed keys: `t('chapter.present')` compiles, a misspelt key does not. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
