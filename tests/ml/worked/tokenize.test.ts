import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  decode,
  demoCorpus,
  encode,
  oneHot,
  padSequence,
  PAD_ID,
  skipGramPairs,
  tokenizeWords,
  UNKNOWN_ID,
} from '../../../src/ml/worked/tokenize';

describe('tokenizeWords', () => {
  it('lower-cases, keeps inner apostrophes and splits off punctuation', () => {
    expect(tokenizeWords("Great film, didn't LOVE it!")).toEqual(['great', 'film', ',', "didn't", 'love', 'it', '!']);
  });
  it('removes HTML tags such as IMDB’s <br />', () => {
    expect(tokenizeWords('Good.<br /><br />Bad.')).toEqual(['good', '.', 'bad', '.']);
  });
  it('handles empty text, digits and non-Latin letters', () => {
    expect(tokenizeWords('   ')).toEqual([]);
    expect(tokenizeWords('Top 10 films')).toEqual(['top', '10', 'films']);
    expect(tokenizeWords('Très bien')).toEqual(['très', 'bien']);
  });
});

describe('buildVocabulary on the demo corpus', () => {
  const vocabulary = buildVocabulary(demoCorpus, 16);

  it('reserves 0 for padding and 1 for unknown words, then ranks by frequency', () => {
    expect(vocabulary.tokens.slice(0, 5)).toEqual(['<pad>', '<unk>', 'the', 'was', '.']);
    expect(vocabulary.tokens).toHaveLength(16);
    expect(vocabulary.counts.get('the')).toBe(11);
    expect(vocabulary.counts.get('was')).toBe(9);
  });

  it('breaks ties alphabetically, so the ids are reproducible', () => {
    expect(vocabulary.tokens.slice(5, 7)).toEqual(['acting', 'story']);
    expect(vocabulary.tokens.slice(7)).toEqual(['and', 'bad', 'dull', 'good', 'great', 'i', 'loved', 'movie', 'plot']);
  });

  it('has 18 distinct tokens plus the two reserved ids', () => {
    expect(buildVocabulary(demoCorpus).tokens).toHaveLength(20);
  });
});

describe('encode, pad and decode', () => {
  const vocabulary = buildVocabulary(demoCorpus, 16);
  const tokens = tokenizeWords('The acting was great, but the ending was a mess!');
  const ids = encode(tokens, vocabulary);

  it('maps words outside the vocabulary to the unknown id', () => {
    expect(tokens).toHaveLength(12);
    expect(ids).toEqual([2, 5, 3, 11, 1, 1, 2, 1, 3, 1, 1, 1]);
    expect(ids.filter((id) => id === UNKNOWN_ID)).toHaveLength(6);
    expect(decode(ids, vocabulary).slice(0, 5)).toEqual(['the', 'acting', 'was', 'great', '<unk>']);
  });

  it('never gives a real token the padding id', () => {
    expect(encode(['<pad>'], vocabulary)).toEqual([UNKNOWN_ID]);
  });

  it('pads after (or before) and truncates the end (or the start)', () => {
    expect(padSequence([5, 6], 4)).toEqual([5, 6, PAD_ID, PAD_ID]);
    expect(padSequence([5, 6], 4, { padding: 'pre' })).toEqual([PAD_ID, PAD_ID, 5, 6]);
    expect(padSequence([1, 2, 3, 4, 5], 3)).toEqual([1, 2, 3]);
    expect(padSequence([1, 2, 3, 4, 5], 3, { truncating: 'pre' })).toEqual([3, 4, 5]);
    expect(padSequence(ids, 12)).toEqual(ids);
  });

  it('one-hot vectors have a single 1', () => {
    expect(oneHot(2, 5)).toEqual([0, 0, 1, 0, 0]);
    expect(() => oneHot(5, 5)).toThrow();
  });
});

describe('skipGramPairs', () => {
  it('pairs each word with its neighbours within the window', () => {
    const pairs = skipGramPairs(['the', 'cat', 'sat'], 1).map((p) => `${p.centre}→${p.context}`);
    expect(pairs).toEqual(['the→cat', 'cat→the', 'cat→sat', 'sat→cat']);
  });
  it('counts 2·c pairs per word away from the ends', () => {
    const tokens = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(skipGramPairs(tokens, 2)).toHaveLength(2 * 2 * 7 - 2 - 4);
    expect(skipGramPairs(tokens, 2).filter((p) => p.position === 3)).toHaveLength(4);
  });
});
