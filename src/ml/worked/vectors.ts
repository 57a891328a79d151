/**
 * Cosine similarity and Euclidean distance of two vectors, with the per-component terms
 * and the norms a worked example shows.
 */

/** Per-component terms of the sums below. */
export interface ComponentTerms {
  /** 1-based component number. */
  index: number;
  a: number;
  b: number;
  /** aᵢ·bᵢ, a term of the dot product. */
  product: number;
  /** aᵢ², a term of ‖a‖². */
  aSquared: number;
  /** bᵢ², a term of ‖b‖². */
  bSquared: number;
  /** aᵢ − bᵢ. */
  difference: number;
  /** (aᵢ − bᵢ)², a term of the squared distance. */
  differenceSquared: number;
}

/** Everything computed on the way to the cosine similarity and the distance. */
export interface VectorComparison {
  terms: ComponentTerms[];
  /** a·b = Σ aᵢbᵢ. */
  dot: number;
  /** ‖a‖² = Σ aᵢ². */
  normASquared: number;
  /** ‖b‖² = Σ bᵢ². */
  normBSquared: number;
  /** ‖a‖. */
  normA: number;
  /** ‖b‖. */
  normB: number;
  /** cos θ = a·b / (‖a‖‖b‖); NaN when either vector is zero (no direction). */
  cosine: number;
  /** θ in degrees, from the cosine (clamped to [−1, 1] against rounding). */
  angleDegrees: number;
  /** Σ (aᵢ − bᵢ)². */
  distanceSquared: number;
  /** ‖a − b‖ = √(Σ (aᵢ − bᵢ)²). */
  distance: number;
}

/** The vectors of seed article 003's example. */
export const seedVectorExample = { a: [1, 2, 3], b: [4, 5, 6] } as const;

/**
 * Compares two vectors of the same length. Throws on a length mismatch or empty vectors.
 * Example: (1,2,3) and (4,5,6) give dot 32, ‖b‖² = 77, cosine 32/√(14·77) ≈ 0.9746 and
 * distance 3√3 ≈ 5.196.
 */
export function compareVectors(a: readonly number[], b: readonly number[]): VectorComparison {
  if (a.length !== b.length) throw new Error(`compareVectors: lengths ${a.length} and ${b.length} differ`);
  if (a.length === 0) throw new Error('compareVectors: empty vectors');
  const terms = a.map((ai, i): ComponentTerms => {
    const bi = b[i];
    const difference = ai - bi;
    return {
      index: i + 1,
      a: ai,
      b: bi,
      product: ai * bi,
      aSquared: ai * ai,
      bSquared: bi * bi,
      difference,
      differenceSquared: difference * difference,
    };
  });
  const sum = (pick: (t: ComponentTerms) => number) => terms.reduce((s, t) => s + pick(t), 0);
  const dot = sum((t) => t.product);
  const normASquared = sum((t) => t.aSquared);
  const normBSquared = sum((t) => t.bSquared);
  const normA = Math.sqrt(normASquared);
  const normB = Math.sqrt(normBSquared);
  const cosine = normA === 0 || normB === 0 ? Number.NaN : dot / (normA * normB);
  const distanceSquared = sum((t) => t.differenceSquared);
  return {
    terms,
    dot,
    normASquared,
    normBSquared,
    normA,
    normB,
    cosine,
    angleDegrees: (Math.acos(Math.min(1, Math.max(-1, cosine))) * 180) / Math.PI,
    distanceSquared,
    distance: Math.sqrt(distanceSquared),
  };
}
