/**
 * Classification metrics on plain typed arrays (after a single read-back from the device).
 * Pure functions: they read their arguments and return new values.
 */

/** Fraction of positions where `predicted` equals `actual` (NaN for no examples). */
export function accuracy(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkSameLength(actual, predicted);
  let correct = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] === predicted[i]) correct++;
  return actual.length === 0 ? NaN : correct / actual.length;
}

/**
 * The index of the largest value in each row of a row-major `rows × numClasses` matrix
 * (e.g. softmax probabilities). Ties go to the lower index, like tf.argMax.
 */
export function argmaxRows(values: ArrayLike<number>, numClasses: number): Int32Array {
  if (numClasses <= 0 || values.length % numClasses !== 0) {
    throw new Error(`${values.length} values do not make rows of ${numClasses}`);
  }
  const rows = values.length / numClasses;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < numClasses; c++) if (values[r * numClasses + c] > values[r * numClasses + best]) best = c;
    out[r] = best;
  }
  return out;
}

/** Counts of (actual class, predicted class) pairs. */
export interface ConfusionMatrix {
  numClasses: number;
  /** Row-major numClasses × numClasses: `counts[actual * numClasses + predicted]`. */
  counts: Int32Array;
  /** Number of examples counted. */
  total: number;
}

/** Tallies actual vs predicted classes; throws on a class outside 0 … numClasses − 1. */
export function confusionMatrix(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  numClasses: number,
): ConfusionMatrix {
  checkSameLength(actual, predicted);
  const counts = new Int32Array(numClasses * numClasses);
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const p = predicted[i];
    if (!(a >= 0 && a < numClasses && p >= 0 && p < numClasses && Number.isInteger(a) && Number.isInteger(p))) {
      throw new Error(`Example ${i}: class ${a} or prediction ${p} is outside 0…${numClasses - 1}`);
    }
    counts[a * numClasses + p]++;
  }
  return { numClasses, counts, total: actual.length };
}

/** The diagonal's share of the total: the accuracy the matrix describes (NaN when empty). */
export function confusionAccuracy(matrix: ConfusionMatrix): number {
  let correct = 0;
  for (let c = 0; c < matrix.numClasses; c++) correct += matrix.counts[c * matrix.numClasses + c];
  return matrix.total === 0 ? NaN : correct / matrix.total;
}

/** Per class: of the examples of that class, the share predicted as it (NaN for an absent class). */
export function recallPerClass(matrix: ConfusionMatrix): number[] {
  const n = matrix.numClasses;
  return Array.from({ length: n }, (_, c) => {
    let row = 0;
    for (let p = 0; p < n; p++) row += matrix.counts[c * n + p];
    return row === 0 ? NaN : matrix.counts[c * n + c] / row;
  });
}

/** Per class: of the examples predicted as that class, the share that are it (NaN if never predicted). */
export function precisionPerClass(matrix: ConfusionMatrix): number[] {
  const n = matrix.numClasses;
  return Array.from({ length: n }, (_, c) => {
    let column = 0;
    for (let a = 0; a < n; a++) column += matrix.counts[a * n + c];
    return column === 0 ? NaN : matrix.counts[c * n + c] / column;
  });
}

function checkSameLength(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw new Error(`${a.length} labels but ${b.length} predictions`);
}
