import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  cleanText,
  countTokens,
  encodeText,
  encodeTokens,
  PAD_ID,
  tokenize,
  tokenizeWithSpans,
  truncateVocabulary,
  UNKNOWN_ID,
  vocabularyFromWords,
  writeFixedLength,
} from '../../src/ml/data/text';
import {
  dedupeTexts,
  encodeSplit,
  fixedLengthIds,
  prepareTextDataset,
  proportionalSizes,
} from '../../src/ml/data/text-dataset';

describe('tokenize', () => {
  it('lower-cases, splits off punctuation, keeps contractions whole', () => {
    expect(tokenize("Great film, didn't LOVE it!")).toEqual(['great', 'film', ',', "didn't", 'love', 'it', '!']);
    expect(tokenize('Wow!!! 10/10')).toEqual(['wow', '!', '!', '!', '10', '/', '10']);
  });

  it('removes HTML tags (IMDB has <br /> everywhere) and decodes entities', () => {
    expect(tokenize('Good.<br /><br />Bad <i>acting</i>')).toEqual(['good', '.', 'bad', 'acting']);
    expect(tokenize('Tom &amp; Jerry &quot;fun&quot; &#39;ok&#39; &#x263A;')).toEqual([
      'tom',
      '&',
      'jerry',
      '"',
      'fun',
      '"',
      "'",
      'ok',
      "'",
      '☺',
    ]);
    // A lone "<" is text, not a tag.
    expect(tokenize('3 < 5')).toEqual(['3', '<', '5']);
  });

  it('handles Unicode: accents, other scripts, full-width forms, curly apostrophes, emoji', () => {
    expect(tokenize('Café CRÈME brûlée')).toEqual(['café', 'crème', 'brûlée']);
    // Decomposed "é" (e + combining accent) becomes the composed form under NFKC.
    expect(tokenize('Cafe\u0301')).toEqual(['café']);
    expect(tokenize('ＧＲＥＡＴ movie')).toEqual(['great', 'movie']);
    expect(tokenize('It’s good')).toEqual(["it's", 'good']);
    expect(tokenize('Отличный фильм 🎬👍')).toEqual(['отличный', 'фильм', '🎬', '👍']);
    expect(tokenize('映画が好き')).toEqual(['映画が好き']);
  });

  it('gives no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  \n\t <br /> ')).toEqual([]);
  });

  it('reports where each token sits in the cleaned text', () => {
    const { text, tokens } = tokenizeWithSpans('Not <b>bad</b>!');
    expect(text).toBe('not  bad !');
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['not', 'bad', '!']);
    expect(cleanText('A<br/>B')).toBe('a b');
  });
});

describe('vocabulary', () => {
  const docs = [tokenize('good good film'), tokenize('bad film'), tokenize('good, bad')];
  const vocabulary = buildVocabulary(countTokens(docs), 5);

  it('reserves 0 for padding and 1 for unknown words, then ranks by frequency (ties alphabetically)', () => {
    // good ×3, bad ×2, film ×2, "," ×1: "bad" before "film" (tie), the comma does not fit in 5 ids.
    expect(vocabulary.words).toEqual(['<pad>', '<unk>', 'good', 'bad', 'film']);
    expect(vocabulary.ids.get('good')).toBe(2);
    expect(vocabulary.ids.has(',')).toBe(false);
  });

  it('does not depend on the order of the documents', () => {
    expect(buildVocabulary(countTokens([...docs].reverse()), 5).words).toEqual(vocabulary.words);
  });

  it('a smaller vocabulary is a prefix of a larger one', () => {
    expect(truncateVocabulary(vocabulary, 3).words).toEqual(['<pad>', '<unk>', 'good']);
    expect(truncateVocabulary(vocabulary, 99)).toBe(vocabulary);
  });

  it('rejects word lists without the reserved tokens, or with a word twice', () => {
    expect(() => vocabularyFromWords(['a', 'b'])).toThrow(/must start/);
    expect(() => vocabularyFromWords(['<pad>', '<unk>', 'x', 'x'])).toThrow(/twice/);
    expect(() => buildVocabulary(new Map(), 1)).toThrow(/at least 2/);
  });

  it('ignores the reserved tokens as words, and honours a minimum count', () => {
    const counts = new Map([
      ['<pad>', 9],
      ['a', 3],
      ['b', 1],
    ]);
    expect(buildVocabulary(counts, 10, 2).words).toEqual(['<pad>', '<unk>', 'a']);
  });
});

describe('encoding to a fixed length', () => {
  const vocabulary = vocabularyFromWords(['<pad>', '<unk>', 'the', 'film', 'was', 'great', 'bad']);

  it('maps unknown words to 1 and pads with 0 after the text', () => {
    expect(encodeTokens(tokenize('The film was superb'), vocabulary)).toEqual([2, 3, 4, UNKNOWN_ID]);
    expect(Array.from(encodeText('The film was superb', vocabulary, 6))).toEqual([2, 3, 4, 1, PAD_ID, PAD_ID]);
  });

  it('cuts long texts at the start by default (keeps the end, where the verdict usually is), or at the end', () => {
    const text = 'the film was bad , the film was great';
    expect(Array.from(encodeText(text, vocabulary, 3))).toEqual([3, 4, 5]); // "film was great"
    expect(Array.from(encodeText(text, vocabulary, 3, 'end'))).toEqual([2, 3, 4]); // "the film was"
  });

  it('encodes an empty text as all padding, and a very long text in linear time', () => {
    expect(Array.from(encodeText('', vocabulary, 4))).toEqual([0, 0, 0, 0]);
    const long = 'great film . '.repeat(100_000); // 300,000 tokens
    const start = performance.now();
    const ids = encodeText(long, vocabulary, 200);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(ids).toHaveLength(200);
    expect(ids[199]).toBe(UNKNOWN_ID); // the final "." is not in this vocabulary
    expect(ids[198]).toBe(3);
  });

  it('writes into a shared buffer at an offset, mapping ids beyond a smaller vocabulary to unknown', () => {
    const out = new Int32Array(8).fill(-1);
    writeFixedLength([2, 9, 3], 4, out, 4, { vocabularySize: 5 });
    expect(Array.from(out)).toEqual([-1, -1, -1, -1, 2, UNKNOWN_ID, 3, 0]);
    expect(() => writeFixedLength([1], 0, out)).toThrow(/length/);
  });
});

describe('a labelled text data set', () => {
  const texts = [
    'Great film, loved it',
    'Terrible film, hated it',
    'Great acting',
    'Boring and bad',
    'Great fun',
    'Bad bad bad',
    'Loved the music',
    'Hated the ending',
    'Great',
    'Bad',
  ];
  const labels = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0];

  it('drops exact duplicates, keeping the first, and counts those with the other label', () => {
    const result = dedupeTexts(['a', 'b', 'a', 'a', 'c'], [1, 0, 1, 0, 1]);
    expect(Array.from(result.keep)).toEqual([0, 1, 4]);
    expect(result.duplicates).toBe(2);
    expect(result.conflicting).toBe(1);
  });

  it('splits stratified and seeded, builds the vocabulary from the training split only', () => {
    const sizes = { train: 6, validation: 2, test: 2 };
    const a = prepareTextDataset(texts, labels, { vocabularySize: 50, maxLength: 8, sizes, seed: 3 });
    const b = prepareTextDataset(texts, labels, { vocabularySize: 50, maxLength: 8, sizes, seed: 3 });
    expect(a).toEqual(b);
    for (const name of ['train', 'validation', 'test'] as const) {
      const split = a.splits[name];
      expect(split.count).toBe(sizes[name]);
      expect(split.labels.reduce((s, l) => s + l, 0)).toBe(sizes[name] / 2); // stratified: half positive
    }
    // Words that occur only in validation or test texts are unknown to the vocabulary.
    const trainWords = new Set<string>();
    const { train } = a.splits;
    for (let i = 0; i < train.ids.length; i++) trainWords.add(a.vocabulary.words[train.ids[i]]);
    for (const word of a.vocabulary.words.slice(2)) expect(trainWords.has(word)).toBe(true);
    expect(() =>
      prepareTextDataset(['x'], [2], {
        vocabularySize: 5,
        maxLength: 4,
        sizes: { train: 1, validation: 0, test: 0 },
        seed: 1,
      }),
    ).toThrow(/not 0 or 1/);
  });

  it('stores ragged sequences and turns them into fixed-length rows', () => {
    const vocabulary = vocabularyFromWords(['<pad>', '<unk>', 'great', 'film']);
    const split = encodeSplit([tokenize('great film great film'), tokenize('film')], [1, 0], vocabulary, 3);
    expect(Array.from(split.offsets)).toEqual([0, 3, 4]);
    expect(Array.from(split.ids)).toEqual([3, 2, 3, 3]); // the last 3 of 4, then "film"
    expect(Array.from(fixedLengthIds(split, 2, 3))).toEqual([2, 1, 1, 0]); // film (id 3) unknown at V = 3
  });

  it('sizes a small CSV 80 / 10 / 10', () => {
    expect(proportionalSizes(100)).toEqual({ train: 80, validation: 10, test: 10 });
    expect(proportionalSizes(12)).toEqual({ train: 10, validation: 1, test: 1 });
  });
});
