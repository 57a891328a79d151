/**
 * Finite-difference estimates of a derivative, and how their error depends on the step h.
 * The truncation error shrinks with h (like h for the forward difference, like h² for the
 * central one) while floating-point round-off grows like ε/h, so each estimate is best at
 * a middle step, not at the smallest one.
 */

/** A differentiable function of one number. */
export type ScalarFunction = (x: number) => number;

/** (f(x + h) − f(x)) / h: error of order h. */
export function forwardDifference(f: ScalarFunction, x: number, h: number): number {
  return (f(x + h) - f(x)) / h;
}

/** (f(x + h) − f(x − h)) / 2h: error of order h², the estimate gradient checks use. */
export function centralDifference(f: ScalarFunction, x: number, h: number): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** Both estimates at one step h = 10^(−exponent), with their absolute errors. */
export interface DifferenceRow {
  /** k in h = 10⁻ᵏ. */
  exponent: number;
  h: number;
  forward: number;
  /** |forward − exact|. */
  forwardError: number;
  central: number;
  /** |central − exact|. */
  centralError: number;
}

/** A sweep of steps for one function at one point. */
export interface DifferenceSweep {
  x: number;
  /** f′(x), from the analytic derivative. */
  exact: number;
  rows: DifferenceRow[];
  /** The row where the forward difference is closest to the exact derivative. */
  bestForward: DifferenceRow;
  /** The row where the central difference is closest to the exact derivative. */
  bestCentral: DifferenceRow;
}

/** The exponents k of the default steps h = 10⁻¹ … 10⁻¹². */
export const defaultStepExponents: readonly number[] = Array.from({ length: 12 }, (_, i) => i + 1);

/** The step 10⁻ᵏ as the double nearest to the decimal (1 / 10ᵏ is correctly rounded; 10 ** −k is not always). */
export function stepOf(exponent: number): number {
  return 1 / 10 ** exponent;
}

function best(rows: readonly DifferenceRow[], error: (r: DifferenceRow) => number): DifferenceRow {
  return rows.reduce((a, b) => (error(b) < error(a) ? b : a));
}

/**
 * Forward and central differences of f at x for every step 10⁻ᵏ, compared with the exact
 * derivative df(x). Throws when no steps are given.
 */
export function differenceSweep(
  f: ScalarFunction,
  df: ScalarFunction,
  x: number,
  exponents: readonly number[] = defaultStepExponents,
): DifferenceSweep {
  if (exponents.length === 0) throw new Error('differenceSweep: no steps');
  const exact = df(x);
  const rows = exponents.map((exponent): DifferenceRow => {
    const h = stepOf(exponent);
    const forward = forwardDifference(f, x, h);
    const central = centralDifference(f, x, h);
    return {
      exponent,
      h,
      forward,
      forwardError: Math.abs(forward - exact),
      central,
      centralError: Math.abs(central - exact),
    };
  });
  return {
    x,
    exact,
    rows,
    bestForward: best(rows, (r) => r.forwardError),
    bestCentral: best(rows, (r) => r.centralError),
  };
}
