/**
 * Overfitting made visible: polynomials of increasing degree fitted by least squares to a small,
 * noisy, seeded dataset, with training, validation and test error for each degree.
 *
 * Data: x uniform on [−1, 1], y = sin(πx) + noise with standard deviation σ. The fit uses the
 * Legendre polynomials P₀ … P_d as features (the same polynomials as 1, x, …, x^d, but far
 * better conditioned on [−1, 1]) and solves the least-squares problem with a Householder QR
 * factorisation. An optional L2 penalty λ·Σ_{k≥1} c_k² (the constant term is not penalised)
 * turns it into ridge regression.
 */
import { deriveSeed, mulberry32, type Rng } from '../../lib/random';
import { detLog } from './det-math';

/** A standard normal sample (Box–Muller); advances `rng` twice. */
export function gaussian(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]: log(u) is finite
  const v = rng();
  return Math.sqrt(-2 * detLog(u)) * Math.cos(2 * Math.PI * v);
}

/** The function the data come from. */
export function trueFunction(x: number): number {
  return Math.sin(Math.PI * x);
}

export interface Points {
  x: number[];
  y: number[];
}

export interface OverfittingData {
  train: Points;
  validation: Points;
  test: Points;
}

export interface OverfittingDataConfig {
  seed: number;
  /** Training points. */
  trainSize: number;
  validationSize: number;
  testSize: number;
  /** Standard deviation σ of the noise added to y. */
  noise: number;
}

export const defaultDataConfig: OverfittingDataConfig = {
  seed: 6,
  trainSize: 13,
  validationSize: 30,
  testSize: 200,
  noise: 0.3,
};

/** `n` noisy samples from one seeded stream. */
function sample(n: number, noise: number, rng: Rng): Points {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = 2 * rng() - 1;
    x.push(xi);
    y.push(trueFunction(xi) + noise * gaussian(rng));
  }
  return { x, y };
}

/**
 * Three disjoint samples of the same distribution. Each split has its own seeded stream, so
 * changing the training-set size leaves the validation and test sets as they were.
 */
export function makeOverfittingData(config: OverfittingDataConfig = defaultDataConfig): OverfittingData {
  return {
    train: sample(config.trainSize, config.noise, mulberry32(deriveSeed(config.seed, 0))),
    validation: sample(config.validationSize, config.noise, mulberry32(deriveSeed(config.seed, 1))),
    test: sample(config.testSize, config.noise, mulberry32(deriveSeed(config.seed, 2))),
  };
}

/** P₀(x) … P_d(x) by the recurrence (k+1)P_{k+1} = (2k+1)x P_k − k P_{k−1}. */
export function legendre(x: number, degree: number): number[] {
  const p = [1];
  if (degree >= 1) p.push(x);
  for (let k = 1; k < degree; k++) p.push(((2 * k + 1) * x * p[k] - k * p[k - 1]) / (k + 1));
  return p;
}

/**
 * Least squares: the c minimising ‖A c − b‖² for a tall matrix A (rows ≥ columns, full column
 * rank), by Householder QR. A and b are not modified.
 */
export function leastSquares(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const m = A.length;
  const n = A[0]?.length ?? 0;
  if (m < n) throw new Error(`leastSquares: ${m} equations for ${n} unknowns`);
  const R = A.map((row) => [...row]);
  const y = [...b];
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += R[i][k] ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) throw new Error('leastSquares: the columns are linearly dependent');
    const alpha = R[k][k] > 0 ? -norm : norm;
    const v = new Array<number>(m).fill(0);
    for (let i = k; i < m; i++) v[i] = R[i][k];
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < m; i++) vv += v[i] ** 2;
    if (vv === 0) continue;
    // Apply H = I − 2vvᵀ/(vᵀv) to the remaining columns and to y.
    for (let j = k; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += v[i] * R[i][j];
      const f = (2 * dot) / vv;
      for (let i = k; i < m; i++) R[i][j] -= f * v[i];
    }
    let dot = 0;
    for (let i = k; i < m; i++) dot += v[i] * y[i];
    const f = (2 * dot) / vv;
    for (let i = k; i < m; i++) y[i] -= f * v[i];
  }
  // Back substitution on the upper triangle R c = (Qᵀb)[0..n).
  const c = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let j = i + 1; j < n; j++) s -= R[i][j] * c[j];
    if (R[i][i] === 0) throw new Error('leastSquares: the columns are linearly dependent');
    c[i] = s / R[i][i];
  }
  return c;
}

/** A fitted polynomial: coefficients of P₀ … P_d. */
export interface PolyModel {
  degree: number;
  /** The L2 strength λ it was fitted with. */
  lambda: number;
  coefficients: number[];
}

/** Evaluates the model at x. */
export function predict(model: PolyModel, x: number): number {
  const p = legendre(x, model.degree);
  return p.reduce((s, pk, k) => s + pk * model.coefficients[k], 0);
}

/**
 * Fits a degree-d polynomial minimising (1/n)Σ(yᵢ − p(xᵢ))² + λ·Σ_{k=1..d} c_k². With λ = 0 it needs
 * at least d + 1 points; with λ > 0 any degree works (the penalty rows keep the system full rank).
 */
export function fitPolynomial(data: Points, degree: number, lambda = 0): PolyModel {
  const n = data.x.length;
  const rows = data.x.map((x) => legendre(x, degree));
  const rhs = [...data.y];
  if (lambda > 0) {
    // ‖y − Φc‖² + nλ‖c₁..d‖²: append √(nλ)·e_k rows with target 0.
    const r = Math.sqrt(n * lambda);
    for (let k = 1; k <= degree; k++) {
      const row = new Array<number>(degree + 1).fill(0);
      row[k] = r;
      rows.push(row);
      rhs.push(0);
    }
  }
  return { degree, lambda, coefficients: leastSquares(rows, rhs) };
}

/** Mean squared error of the model on the points. */
export function mse(model: PolyModel, data: Points): number {
  let sum = 0;
  data.x.forEach((x, i) => {
    sum += (data.y[i] - predict(model, x)) ** 2;
  });
  return sum / data.x.length;
}

/** Errors of one degree. */
export interface DegreeRow {
  degree: number;
  trainMse: number;
  validationMse: number;
  testMse: number;
}

/** Fits every degree 0 … maxDegree and measures it on all three splits. */
export function degreeSweep(data: OverfittingData, maxDegree: number, lambda = 0): DegreeRow[] {
  return Array.from({ length: maxDegree + 1 }, (_, degree) => {
    const model = fitPolynomial(data.train, degree, lambda);
    return {
      degree,
      trainMse: mse(model, data.train),
      validationMse: mse(model, data.validation),
      testMse: mse(model, data.test),
    };
  });
}

/** The row with the lowest validation error: the degree model selection picks (never by test error). */
export function bestByValidation(rows: readonly DegreeRow[]): DegreeRow {
  return rows.reduce((best, r) => (r.validationMse < best.validationMse ? r : best), rows[0]);
}
