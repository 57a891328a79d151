/**
 * Mean squared error and mean absolute error of a set of predictions, with every
 * intermediate value a worked example needs to show.
 */

/** One sample's contribution to the averages. */
export interface ErrorRow {
  /** 1-based sample number, as printed in a table. */
  index: number;
  /** The true value y. */
  target: number;
  /** The prediction ŷ. */
  prediction: number;
  /** y − ŷ. */
  error: number;
  /** |y − ŷ|. */
  absoluteError: number;
  /** (y − ŷ)². */
  squaredError: number;
}

/** Everything computed on the way to MSE and MAE. */
export interface ErrorSummary {
  rows: ErrorRow[];
  /** n, the number of samples. */
  count: number;
  /** Σ (y − ŷ)². */
  sumSquaredError: number;
  /** Σ |y − ŷ|. */
  sumAbsoluteError: number;
  /** MSE = Σ (y − ŷ)² / n. */
  mse: number;
  /** MAE = Σ |y − ŷ| / n. */
  mae: number;
  /** RMSE = √MSE, in the units of y. */
  rmse: number;
}

/**
 * The ten samples of seed article 002's MSE example (y = 2…11). Their squared errors are
 * 0.25, 0.04, 0.64, 0.81, 1.00, 0.64, 0.81, 1.00, 0.81, 0.64: the sum is 6.64 and the MSE
 * 0.664 (the article prints different squared errors and an MSE of 0.05).
 */
export const seedMseExample = {
  targets: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  predictions: [1.5, 2.8, 3.2, 4.1, 5.0, 6.2, 7.1, 8.0, 9.1, 10.2],
} as const;

/**
 * Per-sample errors and their means. Throws when the arrays differ in length or are empty,
 * because an average over mismatched or no samples has no meaning.
 */
export function errorSummary(targets: readonly number[], predictions: readonly number[]): ErrorSummary {
  if (targets.length !== predictions.length) {
    throw new Error(`errorSummary: ${targets.length} targets but ${predictions.length} predictions`);
  }
  if (targets.length === 0) throw new Error('errorSummary: no samples');
  const rows = targets.map((target, i): ErrorRow => {
    const prediction = predictions[i];
    const error = target - prediction;
    return {
      index: i + 1,
      target,
      prediction,
      error,
      absoluteError: Math.abs(error),
      squaredError: error * error,
    };
  });
  const count = rows.length;
  const sumSquaredError = rows.reduce((s, r) => s + r.squaredError, 0);
  const sumAbsoluteError = rows.reduce((s, r) => s + r.absoluteError, 0);
  const mse = sumSquaredError / count;
  return {
    rows,
    count,
    sumSquaredError,
    sumAbsoluteError,
    mse,
    mae: sumAbsoluteError / count,
    rmse: Math.sqrt(mse),
  };
}
