import 'i18next';
import type { Messages } from './en';
import type { figuresEn } from './figures-en';
import type { labsEn } from './labs-en';

/** Typed keys: `t('chapter.present')` compiles, a misspelt key does not. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /**
     * `labUi` (the labs' own strings) is added when a lab loads: src/i18n/lab-strings.ts; `figures.<figure>`
     * when that figure loads: src/i18n/figures/<figure>.ts.
     */
    resources: { translation: Messages & { labUi: typeof labsEn; figures: typeof figuresEn } };
  }
}
