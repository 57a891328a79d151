import { describe, expect, it } from 'vitest';
import {
  bigramProbability,
  nextWords,
  scoreSentence,
  trainBigram,
  withBoundaries,
  withSmoothing,
} from '../../../src/ml/worked/language-model';
import { demoCorpus } from '../../../src/ml/worked/tokenize';

const model = trainBigram(demoCorpus);

describe('a bigram model counted from the demo corpus', () => {
  it('adds sentence boundaries and drops punctuation', () => {
    expect(withBoundaries('The movie was good.')).toEqual(['<s>', 'the', 'movie', 'was', 'good', '</s>']);
  });

  it('has 18 words it can predict, </s> included', () => {
    expect(model.vocabulary).toHaveLength(18);
    expect(model.vocabulary).toContain('</s>');
    expect(model.vocabulary).not.toContain('<s>');
  });

  it('estimates P(w | prev) = count(prev, w) / count(prev) without smoothing', () => {
    expect(bigramProbability(model, '<s>', 'the').probability).toBe(6 / 8);
    expect(bigramProbability(model, 'the', 'movie').probability).toBe(2 / 11);
    expect(bigramProbability(model, 'was', 'good').probability).toBe(2 / 9);
    // Every next-word distribution sums to 1.
    for (const prev of ['<s>', 'the', 'was', 'good']) {
      const total = model.vocabulary.reduce((s, w) => s + bigramProbability(model, prev, w).probability, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('scores "The movie was good." with the chain rule', () => {
    const s = scoreSentence(model, 'The movie was good.');
    expect(s.factors.map((f) => f.probability)).toEqual([6 / 8, 2 / 11, 3 / 3, 2 / 9, 2 / 4]);
    expect(s.probability).toBeCloseTo(1 / 66, 15);
    expect(s.count).toBe(5);
    expect(s.logProbability).toBeCloseTo(Math.log(1 / 66), 12);
    expect(s.perplexity).toBeCloseTo(66 ** (1 / 5), 12);
    expect(s.perplexity.toFixed(2)).toBe('2.31');
  });

  it('calls an unseen word order impossible without smoothing, and smoothing fixes it', () => {
    expect(scoreSentence(model, 'Good was the movie.').perplexity).toBe(Number.POSITIVE_INFINITY);
    const smoothed = scoreSentence(withSmoothing(model, 1), 'Good was the movie.');
    expect(Number.isFinite(smoothed.perplexity)).toBe(true);
    expect(smoothed.perplexity.toFixed(2)).toBe('19.35');
    // Add-one smoothing: (count + 1) / (count(prev) + |V|).
    expect(bigramProbability(withSmoothing(model, 1), 'the', 'movie').probability).toBe(3 / 29);
  });

  it('smoothing lowers the probability of sentences the corpus contains', () => {
    const raw = scoreSentence(model, 'The movie was good.').perplexity;
    const smoothed = scoreSentence(withSmoothing(model, 1), 'The movie was good.').perplexity;
    expect(smoothed).toBeGreaterThan(raw);
    expect(smoothed.toFixed(2)).toBe('7.36');
  });

  it('lists the likeliest next words', () => {
    expect(nextWords(model, 'was', 3).map((f) => f.word)).toEqual(['bad', 'dull', 'good']);
    expect(nextWords(model, '<s>', 1)[0].word).toBe('the');
  });
});
