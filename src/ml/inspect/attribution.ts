/**
 * Which words pushed a prediction, by leave-one-out occlusion: the model scores the review, then
 * the review with each word deleted in turn (one batch), and a word's contribution is
 * P(positive | review) − P(positive | review without that word).
 *
 * Why occlusion rather than gradient × input: it answers exactly the reader's question ("what if
 * this word were not there?") in the model's own output, works the same for the averaging model
 * and the CNN, and does not vanish when the sigmoid saturates, where gradients of a confident
 * prediction are close to zero. The cost is one forward pass of n + 1 sequences, which is small
 * for a review. Its blind spot: a word that is repeated or said twice in other words shows a
 * small effect, because the remaining copies still carry the meaning.
 */
import * as tf from '@tensorflow/tfjs';
import {
  DEFAULT_TRUNCATE,
  tokenizeWithSpans,
  writeFixedLength,
  type TruncateSide,
  type Vocabulary,
} from '../data/text';

/** One token of the analysed text. */
export interface TokenAttribution {
  token: string;
  /** Where the token is in `cleaned` (the lower-cased text without HTML). */
  start: number;
  end: number;
  id: number;
  /** Whether the word is in the vocabulary (else it was read as the unknown id). */
  known: boolean;
  /** Change in P(positive) caused by the word; null when the word was cut (beyond the sequence length). */
  contribution: number | null;
}

export interface TextAnalysis {
  /** P(positive) of the whole text. */
  probability: number;
  cleaned: string;
  tokens: TokenAttribution[];
}

/**
 * The model inputs: row 0 the text, row 1 + k the text without its k-th kept token, each cut
 * or padded to `length` the way training data were. `kept` lists the token positions inside the
 * window (the others were cut). Pure.
 */
export function leaveOneOutBatch(
  ids: readonly number[],
  length: number,
  truncate: TruncateSide = DEFAULT_TRUNCATE,
): { batch: Int32Array; kept: number[] } {
  const first = truncate === 'start' ? Math.max(0, ids.length - length) : 0;
  const kept = Array.from({ length: Math.min(ids.length, length) }, (_, k) => first + k);
  const batch = new Int32Array((kept.length + 1) * length);
  writeFixedLength(ids, length, batch, 0, { truncate });
  kept.forEach((position, k) => {
    const without = [...ids.slice(0, position), ...ids.slice(position + 1)];
    writeFixedLength(without, length, batch, (k + 1) * length, { truncate });
  });
  return { batch, kept };
}

/**
 * Scores `text` and attributes the score to its words (see the file comment). One forward pass,
 * one asynchronous read-back; leaves no tensors. Changes nothing.
 */
export async function explainText(
  model: tf.LayersModel,
  vocabulary: Vocabulary,
  text: string,
  length: number,
  truncate: TruncateSide = DEFAULT_TRUNCATE,
): Promise<TextAnalysis> {
  const { text: cleaned, tokens } = tokenizeWithSpans(text);
  const ids = tokens.map((t) => vocabulary.ids.get(t.token) ?? 1);
  const { batch, kept } = leaveOneOutBatch(ids, length, truncate);
  const output = tf.tidy(
    () => model.apply(tf.tensor2d(batch, [kept.length + 1, length], 'int32'), { training: false }) as tf.Tensor,
  );
  const scores = await output.data().finally(() => output.dispose());
  const contribution = new Map(kept.map((position, k) => [position, scores[0] - scores[k + 1]]));
  return {
    probability: scores[0],
    cleaned,
    tokens: tokens.map((t, i) => ({
      ...t,
      id: ids[i],
      known: vocabulary.ids.has(t.token),
      contribution: contribution.get(i) ?? null,
    })),
  };
}
