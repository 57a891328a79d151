/**
 * A bigram language model counted from a handful of sentences: the smallest model that
 * turns the chain rule of probability into numbers. P(w₁…w_T) = Πₜ P(wₜ | w₁…wₜ₋₁), with
 * each factor approximated by P(wₜ | wₜ₋₁) and add-k smoothing; then log-probability,
 * cross-entropy and perplexity. Pure functions, no TF.js.
 */
import { tokenizeWords } from './tokenize';
import { detExp, detLog } from './det-math';

/** Marks the start of a sentence (never predicted). */
export const BOS = '<s>';
/** Marks the end of a sentence (predicted like a word, so the model knows when to stop). */
export const EOS = '</s>';

export interface BigramModel {
  /** Words the model can predict: every word seen in training, plus </s>. */
  vocabulary: string[];
  /** count(prev, next). */
  pairCounts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** count(prev as a context) = Σ_next count(prev, next). */
  contextCounts: ReadonlyMap<string, number>;
  /** Add-k smoothing constant (0: plain relative frequencies). */
  k: number;
}

/** Tokens of one sentence with the boundary markers: <s> w₁ … w_T </s>. */
export function withBoundaries(sentence: string): string[] {
  return [BOS, ...tokenizeWords(sentence).filter((t) => /[\p{L}\p{N}]/u.test(t)), EOS];
}

/** Counts every adjacent pair of every sentence (punctuation dropped, boundaries added). */
export function trainBigram(sentences: readonly string[], k = 0): BigramModel {
  if (!(k >= 0)) throw new Error('trainBigram: k must be ≥ 0');
  const pairCounts = new Map<string, Map<string, number>>();
  const contextCounts = new Map<string, number>();
  const words = new Set<string>();
  for (const sentence of sentences) {
    const tokens = withBoundaries(sentence);
    for (let t = 1; t < tokens.length; t++) {
      const prev = tokens[t - 1];
      const next = tokens[t];
      words.add(next);
      const row = pairCounts.get(prev) ?? new Map<string, number>();
      row.set(next, (row.get(next) ?? 0) + 1);
      pairCounts.set(prev, row);
      contextCounts.set(prev, (contextCounts.get(prev) ?? 0) + 1);
    }
  }
  return { vocabulary: [...words].sort(), pairCounts, contextCounts, k };
}

/** The same counts with another smoothing constant. */
export function withSmoothing(model: BigramModel, k: number): BigramModel {
  return { ...model, k };
}

export interface BigramFactor {
  /** wₜ₋₁ (or <s>). */
  previous: string;
  /** wₜ (or </s>). */
  word: string;
  pairCount: number;
  contextCount: number;
  /** P(wₜ | wₜ₋₁) = (count(wₜ₋₁, wₜ) + k) / (count(wₜ₋₁) + k·|V|). */
  probability: number;
  /** ln P(wₜ | wₜ₋₁); −∞ when the probability is 0. */
  logProbability: number;
}

/** P(word | previous) = (count(previous, word) + k) / (count(previous) + k·|V|); 0 for 0/0. */
export function bigramProbability(model: BigramModel, previous: string, word: string): BigramFactor {
  const pairCount = model.pairCounts.get(previous)?.get(word) ?? 0;
  const contextCount = model.contextCounts.get(previous) ?? 0;
  const denominator = contextCount + model.k * model.vocabulary.length;
  const probability = denominator === 0 ? 0 : (pairCount + model.k) / denominator;
  return { previous, word, pairCount, contextCount, probability, logProbability: detLog(probability) };
}

export interface SentenceScore {
  factors: BigramFactor[];
  /** Π P(wₜ | wₜ₋₁). */
  probability: number;
  /** Σ ln P(wₜ | wₜ₋₁). */
  logProbability: number;
  /** Number of predicted tokens T (the words and </s>). */
  count: number;
  /** −(1/T) Σ ln P: the average cross-entropy per token, in nats. */
  crossEntropy: number;
  /** exp(cross-entropy): "as uncertain as a fair choice among this many words". */
  perplexity: number;
}

/** Scores a sentence with the chain rule: one factor per word, plus one for </s>. */
export function scoreSentence(model: BigramModel, sentence: string): SentenceScore {
  const tokens = withBoundaries(sentence);
  const factors = tokens.slice(1).map((word, t) => bigramProbability(model, tokens[t], word));
  const logProbability = factors.reduce((s, f) => s + f.logProbability, 0);
  const count = factors.length;
  const crossEntropy = -logProbability / count;
  return {
    factors,
    probability: factors.reduce((p, f) => p * f.probability, 1),
    logProbability,
    count,
    crossEntropy,
    perplexity: detExp(crossEntropy),
  };
}

/** The `n` most likely next words after `previous`, most likely first (ties alphabetically). */
export function nextWords(model: BigramModel, previous: string, n = 5): BigramFactor[] {
  return model.vocabulary
    .map((w) => bigramProbability(model, previous, w))
    .sort((a, b) => b.probability - a.probability || (a.word < b.word ? -1 : 1))
    .slice(0, n);
}
