import { mulberry32, shuffleInPlace } from '../../lib/random';

/** Example indices for each named split, e.g. `{ train: Int32Array, validation: …, test: … }`. */
export type SplitIndices<K extends string> = Record<K, Int32Array>;

/**
 * How many examples of each class go to each split: `counts[c][s]` for class `classes[c]`
 * and split `s` (in the order the sizes were given). Pure.
 *
 * Every count is the proportional share `n_c · size_s / N` rounded down or up (so it is within
 * ±1 of proportional), every class total is `n_c` (minus a proportional share left unused when
 * the sizes add up to less than N) and every split total is exactly its size. This is
 * "controlled rounding": start from the floors, then hand the missing units of each split to the
 * classes that still miss the most (ties: the larger fractional part, then the lower class),
 * which is the greedy construction of the Gale–Ryser theorem and always succeeds here.
 */
export function stratifiedCounts(classCounts: readonly number[], sizes: readonly number[]): number[][] {
  const total = classCounts.reduce((a, b) => a + b, 0);
  const used = sizes.reduce((a, b) => a + b, 0);
  if (sizes.some((s) => !Number.isInteger(s) || s < 0)) throw new Error('Split sizes must be non-negative integers');
  if (used > total) throw new Error(`Split sizes add up to ${used} but there are only ${total} examples`);
  // A hidden last column holds the examples no split asked for.
  const columns = used < total ? [...sizes, total - used] : [...sizes];
  const exact = classCounts.map((n) => columns.map((size) => (n * size) / total));
  const counts = exact.map((row) => row.map(Math.floor));
  const rowMissing = classCounts.map((n, c) => n - counts[c].reduce((a, b) => a + b, 0));
  columns.forEach((size, s) => {
    const missing = size - counts.reduce((sum, row) => sum + row[s], 0);
    const order = classCounts
      .map((_, c) => c)
      .filter((c) => rowMissing[c] > 0)
      .sort((a, b) => rowMissing[b] - rowMissing[a] || (exact[b][s] % 1) - (exact[a][s] % 1) || a - b);
    if (order.length < missing) throw new Error('Stratified rounding failed: no feasible assignment');
    for (const c of order.slice(0, missing)) {
      counts[c][s] += 1;
      rowMissing[c] -= 1;
    }
  });
  if (rowMissing.some((m) => m !== 0)) throw new Error('Stratified rounding failed: class totals do not add up');
  return counts.map((row) => row.slice(0, sizes.length));
}

/**
 * Splits examples into disjoint named sets of the given sizes, stratified by label: each class
 * appears in each split in proportion to its frequency (within ±1 example). Deterministic for a
 * seed: each class's examples are shuffled with a seeded generator before being dealt out, and
 * each split is shuffled again so that classes are mixed. Pure: returns new index arrays.
 *
 * @param labels one integer class label per example
 * @param sizes  examples per split, e.g. `{ train: 8000, validation: 1000, test: 1000 }`;
 *               they may add up to less than `labels.length` (the rest is left out)
 */
export function stratifiedSplit<K extends string>(
  labels: ArrayLike<number>,
  sizes: Record<K, number>,
  seed: number,
): SplitIndices<K> {
  const rng = mulberry32(seed);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    let members = byClass.get(label);
    if (!members) byClass.set(label, (members = []));
    members.push(i);
  }
  const classes = [...byClass.keys()].sort((a, b) => a - b);
  const members = classes.map((c) => shuffleInPlace(byClass.get(c) ?? [], rng));
  const names = Object.keys(sizes) as K[];
  const counts = stratifiedCounts(
    members.map((m) => m.length),
    names.map((name) => sizes[name]),
  );
  const result = {} as SplitIndices<K>;
  const offsets = members.map(() => 0);
  names.forEach((name, s) => {
    const indices: number[] = [];
    members.forEach((list, c) => {
      indices.push(...list.slice(offsets[c], offsets[c] + counts[c][s]));
      offsets[c] += counts[c][s];
    });
    result[name] = shuffleInPlace(Int32Array.from(indices), rng);
  });
  return result;
}
