/**
 * Looking inside a learned embedding matrix (row-major V × d, read back once): nearest
 * neighbours of a word by cosine similarity, and a 2-D principal-component view of a few words.
 * Pure functions on Float32Arrays.
 */
import { RESERVED_IDS } from '../data/text';

/** Rows scaled to unit length (zero rows stay zero), as a new array. */
export function normalizeRows(matrix: Float32Array, dim: number): Float32Array {
  const out = new Float32Array(matrix.length);
  for (let start = 0; start < matrix.length; start += dim) {
    let norm = 0;
    for (let j = 0; j < dim; j++) norm += matrix[start + j] ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < dim; j++) out[start + j] = matrix[start + j] * scale;
  }
  return out;
}

/** A word id and its cosine similarity to the query. */
export interface Neighbour {
  id: number;
  similarity: number;
}

/**
 * The `k` ids whose rows have the highest cosine similarity to row `id` (itself and the reserved
 * padding and unknown ids excluded), most similar first; ties go to the lower id.
 * `unit` must hold unit-length rows ({@link normalizeRows}).
 */
export function nearestNeighbours(unit: Float32Array, dim: number, id: number, k: number): Neighbour[] {
  const rows = unit.length / dim;
  if (!(id >= 0 && id < rows)) throw new Error(`Id ${id} is outside the ${rows} rows`);
  const scores: Neighbour[] = [];
  for (let other = RESERVED_IDS; other < rows; other++) {
    if (other === id) continue;
    let dot = 0;
    for (let j = 0; j < dim; j++) dot += unit[id * dim + j] * unit[other * dim + j];
    scores.push({ id: other, similarity: dot });
  }
  return scores.sort((a, b) => b.similarity - a.similarity || a.id - b.id).slice(0, k);
}

/** The first two principal components of some rows, and the rows projected onto them. */
export interface Pca2d {
  /** [x, y] per chosen row, in the order given. */
  points: [number, number][];
  /** Share of the total variance each of the two components explains. */
  explained: [number, number];
}

/**
 * PCA of the rows `ids`: centre them, find the two leading eigenvectors of their covariance by
 * power iteration with deflation (deterministic start, 200 iterations), project. Each axis is
 * oriented so that its largest component is positive. Pure.
 */
export function pca2d(matrix: Float32Array, dim: number, ids: readonly number[]): Pca2d {
  const n = ids.length;
  const mean = new Float64Array(dim);
  for (const id of ids) for (let j = 0; j < dim; j++) mean[j] += matrix[id * dim + j] / n;
  const centred = ids.map((id) => Float64Array.from({ length: dim }, (_, j) => matrix[id * dim + j] - mean[j]));
  const cov = Array.from({ length: dim }, () => new Float64Array(dim));
  for (const row of centred) for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) cov[a][b] += row[a] * row[b];
  const total = cov.reduce((s, row, a) => s + row[a], 0);
  const axes: Float64Array[] = [];
  const values: number[] = [];
  for (let c = 0; c < 2; c++) {
    let v = Float64Array.from({ length: dim }, (_, j) => 1 + j / dim);
    let value = 0;
    for (let iter = 0; iter < 200; iter++) {
      const next = new Float64Array(dim);
      for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) next[a] += cov[a][b] * v[b];
      for (const axis of axes) {
        const dot = next.reduce((s, x, j) => s + x * axis[j], 0);
        for (let j = 0; j < dim; j++) next[j] -= dot * axis[j];
      }
      const norm = Math.hypot(...next);
      if (norm === 0) break;
      value = norm;
      v = next.map((x) => x / norm);
    }
    let largest = 0;
    for (let j = 1; j < dim; j++) if (Math.abs(v[j]) > Math.abs(v[largest])) largest = j;
    if (v[largest] < 0) v = v.map((x) => -x);
    axes.push(v);
    values.push(value);
  }
  const project = (row: Float64Array, axis: Float64Array) => row.reduce((s, x, j) => s + x * axis[j], 0);
  return {
    points: centred.map((row) => [project(row, axes[0]), project(row, axes[1])]),
    explained: [total > 0 ? values[0] / total : 0, total > 0 ? values[1] / total : 0],
  };
}

/** Common words of reviews with a clear polarity (and a few neutral ones), for the 2-D view. */
export const SENTIMENT_WORDS = {
  positive: [
    'great',
    'excellent',
    'wonderful',
    'best',
    'love',
    'loved',
    'amazing',
    'perfect',
    'brilliant',
    'beautiful',
    'enjoyed',
    'favorite',
    'superb',
    'fantastic',
    'fun',
    'good',
  ],
  negative: [
    'bad',
    'worst',
    'awful',
    'terrible',
    'boring',
    'waste',
    'poor',
    'horrible',
    'stupid',
    'dull',
    'worse',
    'mess',
    'disappointing',
    'poorly',
    'ridiculous',
    'lame',
  ],
  neutral: ['movie', 'film', 'plot', 'actors', 'story', 'scene', 'director', 'character'],
} as const;
