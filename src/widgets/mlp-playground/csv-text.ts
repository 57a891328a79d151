import type { TFunction } from 'i18next';
import type { PointsCsvErrors } from '../../ml/data/points-csv';

const CODES = new Set(['empty', 'tooFew', 'tooMany', 'columns', 'notNumber', 'notLabel', 'oneLabel', 'more']);

/**
 * An uploaded CSV's problems in the page's language (`t` from useT), from the codes
 * src/ml/data/points-csv.ts sends beside its English messages (which the English reproduces).
 */
export function pointsCsvMessages(t: TFunction, result: PointsCsvErrors): string[] {
  const texts = result.texts;
  if (!texts || texts.length !== result.errors.length) return result.errors;
  return texts.map((text, i) =>
    CODES.has(text.code) ? t(`labUi.mlp.csv.${text.code as 'empty'}`, text.values ?? {}) : result.errors[i],
  );
}
