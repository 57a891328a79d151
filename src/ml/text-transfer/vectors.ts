/**
 * Pre-trained word vectors: how skip-gram's raw vectors become the ones a classifier averages, and
 * the binary file the site ships them in (public/data/word-vectors.bin). Pure.
 */

/**
 * Arora et al. (2017)'s "smooth inverse frequency" weighting, applied to each word's vector: scale
 * word w by a / (a + p(w)), p its frequency in the corpus, so that an average over a review is led
 * by its rarer, more telling words, then remove from every vector its component along the first
 * principal direction (frequency-weighted), which all vectors share and which carries no meaning.
 * Both steps are linear per word, so averaging the new vectors equals their sentence embedding.
 * Uses only word counts, never a label. Returns a new array; rows of unseen words become zero.
 */
export function sifVectors(raw: Float32Array, dim: number, counts: Float64Array, a = 1e-3): Float32Array {
  const words = raw.length / dim;
  if (counts.length !== words) throw new Error(`${counts.length} counts for ${words} vectors`);
  const total = counts.reduce((x, y) => x + y, 0);
  const out = new Float32Array(raw.length);
  for (let w = 0; w < words; w++) {
    const p = counts[w] / total;
    const scale = counts[w] > 0 ? a / (a + p) : 0;
    for (let j = 0; j < dim; j++) out[w * dim + j] = raw[w * dim + j] * scale;
  }
  const direction = principalDirection(out, dim, counts);
  for (let w = 0; w < words; w++) {
    let dot = 0;
    for (let j = 0; j < dim; j++) dot += out[w * dim + j] * direction[j];
    for (let j = 0; j < dim; j++) out[w * dim + j] -= dot * direction[j];
  }
  return out;
}

/** Leading eigenvector of Σ_w count(w)·x_w·x_wᵀ by power iteration (deterministic start, 100 rounds). */
function principalDirection(rows: Float32Array, dim: number, weights: Float64Array): Float64Array {
  let u = new Float64Array(dim).fill(1 / Math.sqrt(dim));
  for (let round = 0; round < 100; round++) {
    const next = new Float64Array(dim);
    for (let w = 0; w < weights.length; w++) {
      if (weights[w] === 0) continue;
      let dot = 0;
      for (let j = 0; j < dim; j++) dot += rows[w * dim + j] * u[j];
      for (let j = 0; j < dim; j++) next[j] += weights[w] * dot * rows[w * dim + j];
    }
    const norm = Math.hypot(...next);
    if (norm === 0) return u;
    u = next.map((x) => x / norm);
  }
  return u;
}

/** Version of the layout written by {@link encodeWordVectors}. */
export const WORD_VECTORS_FORMAT_VERSION = 1;
/** Where scripts/prepare-data.ts writes the file, relative to the site's base URL. */
export const WORD_VECTORS_PATH = 'data/word-vectors.bin';

/** What was pre-trained, and how. */
export interface WordVectorsInfo {
  vocabularySize: number;
  dim: number;
  steps: number;
  pairs: number;
  /** Mean skip-gram loss of the reports in the last 10 % of steps (the last report if stopped early). */
  finalLoss: number;
  seed: number;
}

export interface WordVectors {
  info: WordVectorsInfo;
  /** Row-major V × d, ready for the classifier (SIF-weighted). */
  vectors: Float32Array;
}

const MAGIC = [0x57, 0x56, 0x45, 0x43]; // "WVEC"
const HEADER_BYTES = 32;

/**
 * Layout, little-endian: magic "WVEC" | uint32 version | vocabularySize | dim | steps | pairs |
 * seed | float32 finalLoss; then V × d float32 values.
 */
export function encodeWordVectors({ info, vectors }: WordVectors): Uint8Array {
  if (vectors.length !== info.vocabularySize * info.dim) throw new Error('Vectors do not match their shape');
  const bytes = new Uint8Array(HEADER_BYTES + 4 * vectors.length);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  [WORD_VECTORS_FORMAT_VERSION, info.vocabularySize, info.dim, info.steps, info.pairs, info.seed].forEach((v, i) =>
    view.setUint32(4 + 4 * i, v, true),
  );
  view.setFloat32(28, info.finalLoss, true);
  vectors.forEach((v, i) => view.setFloat32(HEADER_BYTES + 4 * i, v, true));
  return bytes;
}

/** Reads {@link encodeWordVectors}' bytes; throws a clear Error on anything else. */
export function decodeWordVectors(input: ArrayBuffer | Uint8Array): WordVectors {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error('Not a word-vector file (expected "WVEC"): rebuild it with npm run data');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, vocabularySize, dim, steps, pairs, seed] = [4, 8, 12, 16, 20, 24].map((o) => view.getUint32(o, true));
  if (version !== WORD_VECTORS_FORMAT_VERSION) {
    throw new Error(`Word vectors have format version ${version}; this code reads ${WORD_VECTORS_FORMAT_VERSION}`);
  }
  const count = vocabularySize * dim;
  if (bytes.byteLength !== HEADER_BYTES + 4 * count) throw new Error('The word-vector file is truncated or too long');
  const vectors = new Float32Array(count);
  for (let i = 0; i < count; i++) vectors[i] = view.getFloat32(HEADER_BYTES + 4 * i, true);
  return { info: { vocabularySize, dim, steps, pairs, seed, finalLoss: view.getFloat32(28, true) }, vectors };
}
