/**
 * The unlabelled text skip-gram learns from, and the (centre, context, negatives) batches it
 * trains on (Mikolov et al. 2013): reviews become one stream of word ids (labels are never read),
 * frequent words are thinned out, every word predicts the words within a random window around it,
 * and each true pair is contrasted with words drawn from the unigram distribution raised to 3/4.
 * Pure and seeded: the same seed gives the same batches on every machine.
 */
import { mulberry32, type Rng } from '../../lib/random';
import { RESERVED_IDS } from '../data/text';
import type { TextSplit } from '../data/text-dataset';

export interface CorpusOptions {
  /** Ids ≥ this are out of the vocabulary and dropped (as are padding and the unknown id). */
  vocabularySize: number;
  /** Use the first `maxReviews` reviews of the split (all when omitted). */
  maxReviews?: number;
}

/** Word ids of many reviews, back to back, with the review boundaries (a window never crosses one). */
export interface Corpus {
  ids: Int32Array;
  /** reviews + 1 entries; review r is ids[starts[r] … starts[r + 1]). */
  starts: Int32Array;
  /** How often each id occurs in `ids`. */
  counts: Float64Array;
  vocabularySize: number;
}

/** The reviews of a split as one stream of in-vocabulary word ids. Reads `split` (labels ignored). */
export function buildCorpus(split: TextSplit, options: CorpusOptions): Corpus {
  const { vocabularySize } = options;
  const reviews = Math.min(split.count, options.maxReviews ?? split.count);
  const ids: number[] = [];
  const starts = new Int32Array(reviews + 1);
  const counts = new Float64Array(vocabularySize);
  for (let r = 0; r < reviews; r++) {
    for (let i = split.offsets[r]; i < split.offsets[r + 1]; i++) {
      const id = split.ids[i];
      if (id < RESERVED_IDS || id >= vocabularySize) continue;
      ids.push(id);
      counts[id]++;
    }
    starts[r + 1] = ids.length;
  }
  return { ids: Int32Array.from(ids), starts, counts, vocabularySize };
}

/**
 * Probability of keeping each occurrence of an id (word2vec's subsampling): 1 for rare words,
 * about √(t/f) for a word of frequency f > t, so "the" and "a" stop dominating the pairs.
 */
export function keepProbabilities(counts: Float64Array, threshold: number): Float64Array {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => {
    if (c === 0) return 0;
    const ratio = threshold / (c / total);
    return Math.min(1, Math.sqrt(ratio) + ratio);
  });
}

/**
 * Draws ids from counts^power (3/4 in word2vec: rarer words are drawn more often than their
 * frequency) by binary search in the cumulative distribution.
 */
export class NegativeSampler {
  private readonly cumulative: Float64Array;

  constructor(counts: Float64Array, power = 0.75) {
    this.cumulative = new Float64Array(counts.length);
    let sum = 0;
    counts.forEach((c, i) => (this.cumulative[i] = sum += c > 0 ? c ** power : 0));
    if (!(sum > 0)) throw new Error('The corpus has no words to sample');
  }

  sample(rng: Rng): number {
    const target = rng() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** One batch of training pairs: for pair i, centres[i] should predict contexts[i] and not negatives[i·n … i·n + n). */
export interface PairBatch {
  centres: Int32Array;
  contexts: Int32Array;
  negatives: Int32Array;
  size: number;
}

export interface PairOptions {
  /** Largest distance between a centre and its context; each centre draws its window from 1 … window. */
  window: number;
  /** Negative words per true pair. */
  negatives: number;
  /** Subsampling threshold t (word2vec uses 1e-3 … 1e-5). */
  subsample: number;
  seed: number;
}

/**
 * An endless, seeded stream of pair batches: walks the corpus in a random review order, one
 * thinned review at a time, and starts a new pass when it runs out. `epoch` counts finished passes.
 */
export class PairStream {
  private readonly rng: Rng;
  private readonly keep: Float64Array;
  private readonly sampler: NegativeSampler;
  private readonly order: Int32Array;
  private cursor = 0;
  private pending: { centre: number; context: number }[] = [];
  epoch = 0;

  constructor(
    private readonly corpus: Corpus,
    private readonly options: PairOptions,
  ) {
    if (!(options.window >= 1 && options.negatives >= 1)) throw new Error('Window and negatives must be at least 1');
    this.rng = mulberry32(options.seed);
    this.keep = keepProbabilities(corpus.counts, options.subsample);
    this.sampler = new NegativeSampler(corpus.counts);
    const reviews = corpus.starts.length - 1;
    if (reviews === 0 || corpus.ids.length === 0) throw new Error('The corpus is empty');
    this.order = Int32Array.from({ length: reviews }, (_, i) => i);
    this.shuffle();
  }

  next(size: number): PairBatch {
    while (this.pending.length < size) this.readReview();
    const pairs = this.pending.splice(0, size);
    const n = this.options.negatives;
    const negatives = new Int32Array(size * n);
    for (let i = 0; i < negatives.length; i++) negatives[i] = this.sampler.sample(this.rng);
    return {
      centres: Int32Array.from(pairs, (p) => p.centre),
      contexts: Int32Array.from(pairs, (p) => p.context),
      negatives,
      size,
    };
  }

  private shuffle(): void {
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = Math.floor(this.rng() * (i + 1));
      [this.order[i], this.order[j]] = [this.order[j], this.order[i]];
    }
  }

  private readReview(): void {
    if (this.cursor === this.order.length) {
      this.cursor = 0;
      this.epoch++;
      this.shuffle();
    }
    const r = this.order[this.cursor++];
    const words: number[] = [];
    for (let i = this.corpus.starts[r]; i < this.corpus.starts[r + 1]; i++) {
      const id = this.corpus.ids[i];
      if (this.rng() < this.keep[id]) words.push(id);
    }
    const pairs: { centre: number; context: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      const reach = 1 + Math.floor(this.rng() * this.options.window);
      for (let j = Math.max(0, i - reach); j <= Math.min(words.length - 1, i + reach); j++) {
        if (j !== i) pairs.push({ centre: words[i], context: words[j] });
      }
    }
    // Shuffle within the review so a batch does not hold one centre's pairs back to back.
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = Math.floor(this.rng() * (i + 1));
      [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
    }
    for (const pair of pairs) this.pending.push(pair);
  }
}
