import { describe, expect, it } from 'vitest';
import { chapters } from '../helpers/compile';
import { renderChapter, sentencesOf } from '../helpers/render-chapter';

/**
 * The errors ../shared/CONTENT-BRIEF.md lists in the source articles, searched for in the
 * rendered text of every chapter (each chapter's own test checks its topic more closely).
 */
const FORBIDDEN: [RegExp, string][] = [
  [/√\s*136|\\sqrt\{136\}|sqrt\(136\)/, 'the cosine example uses ‖(4,5,6)‖² = 77, not 136'],
  [/\bMSE\b[^.]{0,60}\b0\.05\b/, 'the 10-sample MSE is 0.664, not 0.05'],
  [/0\.01125/, '0.15 · 0.85 · (−0.15) = −0.019125'],
  [/Big Models: The Next Generation/i, 'unverifiable book'],
  [/ai-course\.org|nlp-dl\.org|big-model\.org/i, 'unverifiable courses'],
  [/Theoretical Advantage of Deep and Widely-Connected/i, 'unverifiable paper'],
  [/Turing model/i, '"Google\'s Turing model" is not a real reference point'],
  [/MAE of 0\.0013|0\.0013 MAE/i, 'invented training log'],
];

describe.each(chapters.map((c) => [c.file, c] as const))("%s repeats none of the sources' errors", (file, chapter) => {
  it('in its rendered text', async () => {
    const { text } = await renderChapter(file, chapter.slug);
    for (const [pattern, why] of FORBIDDEN) expect(text, why).not.toMatch(pattern);
    for (const sentence of sentencesOf(text)) {
      // BERT is a text model: no sentence may call it an image model or credit it with ImageNet results,
      // unless it is the sentence that says it is not.
      if (/\bBERT\b[^.;]{0,40}(image model|ImageNet)|(image model|ImageNet)[^.;]{0,40}\bBERT\b/i.test(sentence)) {
        expect(sentence, 'BERT is a text model').toMatch(/\bnot\b|n't|never|text/i);
      }
      if (/self-attention/i.test(sentence) && /pre-training stage|stage of pre-training/i.test(sentence)) {
        expect(sentence, 'self-attention is a mechanism').toMatch(/\bnot\b|n't|mechanism/i);
      }
    }
  });
});
