import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BigramLanguageModel } from '../../src/widgets/bigram-model/BigramLanguageModel';
import { TokenizerDemo } from '../../src/widgets/tokenizer-demo/TokenizerDemo';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('TokenizerDemo (server render)', () => {
  const html = renderToString(<TokenizerDemo />);
  const text = textOf(html);

  it('tokenizes the default sentence into 12 tokens, 6 of them unknown', () => {
    expect(dataValue(html, 'token-count')).toBe('12');
    expect(dataValue(html, 'unknown-count')).toBe('6');
    expect(dataValue(html, 'padded')).toBe('[2, 5, 3, 11, 1, 1, 2, 1, 3, 1, 1, 1]');
    expect(dataValue(html, 'vocabulary-size')).toBe('16');
  });

  it('pads a short sentence with zeros and cuts a long one', () => {
    const short = renderToString(<TokenizerDemo text="The plot was dull." length={8} />);
    expect(dataValue(short, 'padded')).toBe('[2, 15, 3, 9, 4, 0, 0, 0]');
    const long = renderToString(<TokenizerDemo length={8} />);
    expect(textOf(long)).toContain('(cut after 8 tokens)');
  });

  it('lists skip-gram pairs: 2 per inner token with a window of 1', () => {
    expect(dataValue(html, 'pair-count')).toBe('22');
    expect(text).toContain('the → acting');
    expect(text).toContain('acting → the');
  });

  it('is accessible', () => {
    expect(html).toContain('Sentence to tokenize');
    expect(accessibilityProblems(html)).toEqual([]);
  });
});

describe('BigramLanguageModel (server render)', () => {
  const html = renderToString(<BigramLanguageModel />);
  const text = textOf(html);

  it('scores "The movie was good." factor by factor', () => {
    expect(text).toContain('0.7500');
    expect(text).toContain('0.1818');
    expect(text).toContain('0.2222');
    expect(dataValue(html, 'sentence-probability')).toBe('0.0152');
    expect(dataValue(html, 'log-probability')).toBe('−4.190');
    expect(dataValue(html, 'cross-entropy')).toBe('0.838');
    expect(dataValue(html, 'perplexity')).toBe('2.31');
  });

  it('calls an unseen word order impossible without smoothing', () => {
    const zero = renderToString(<BigramLanguageModel text="Good was the movie." />);
    expect(dataValue(zero, 'perplexity')).toBe('∞');
    expect(textOf(zero)).toContain('the model calls this sentence impossible');
    const smoothed = renderToString(<BigramLanguageModel text="Good was the movie." k={1} />);
    expect(dataValue(smoothed, 'perplexity')).toBe('19.35');
    expect(dataValue(smoothed, 'sentence-probability')).toBe('3.68 × 10 −7');
  });

  it('is accessible', () => {
    expect(accessibilityProblems(html)).toEqual([]);
  });
});
