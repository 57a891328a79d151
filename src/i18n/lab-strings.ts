import { i18n } from './index';
import { labsEn } from './labs-en';
import { labsZh } from './labs-zh';

/**
 * The strings inside the labs (`labUi.…`, both languages), added to the i18next instance when a
 * lab's code loads. They are not in en.ts / zh.ts so that text-only pages do not download them
 * (the JS budget, scripts/js-budget.ts): every lab component that uses them imports this module
 * for its side effect. Their keys are typed through i18next.d.ts; the strings test checks them.
 */
i18n.addResourceBundle('en', 'translation', { labUi: labsEn }, true, true);
i18n.addResourceBundle('zh', 'translation', { labUi: labsZh }, true, true);
