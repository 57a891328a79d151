/**
 * exp and tanh written with + − × ÷ only, which IEEE 754 makes identical on every platform.
 *
 * `Math.exp` is allowed to differ by an ulp between JavaScript engines, and does between Node 20
 * and current Chromium. The book's figures are prerendered in Node and hydrated in the browser,
 * so a figure that shows round-off-level numbers (finite-difference errors near 1e-11) would show
 * different numbers on the two sides. These functions give the same bits everywhere.
 *
 * The algorithm is fdlibm's e_exp.c (Sun Microsystems, 1993): reduce x = k·ln2 + r with
 * |r| ≤ ln2/2, approximate exp(r) with a rational function of r (error < 1 ulp), scale by 2ᵏ.
 */

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889634;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
const OVERFLOW = 7.09782712893383973096e2;
const UNDERFLOW = -7.4513321910194110842e2;

/** 2ᵏ for an integer k, by repeated doubling/halving (exact). */
function powerOfTwo(k: number): number {
  let result = 1;
  const factor = k > 0 ? 2 : 0.5;
  for (let i = Math.abs(k); i > 0; i--) result *= factor;
  return result;
}

/** eˣ, the same on every engine. */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return 1 + x;
  let k = 0;
  let hi = x;
  let lo = 0;
  if (ax > 0.5 * LN2_HI) {
    k = ax < 1.5 * LN2_HI ? (x < 0 ? -1 : 1) : Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
  }
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // Scale in two halves so that 2ᵏ itself never overflows or underflows for extreme k.
  const half = Math.trunc(k / 2);
  return y * powerOfTwo(half) * powerOfTwo(k - half);
}

/** tanh x = 1 − 2 / (e²ˣ + 1), the same on every engine. */
export function detTanh(x: number): number {
  if (x > 20) return 1;
  if (x < -20) return -1;
  if (Math.abs(x) < 1e-8) return x;
  return 1 - 2 / (detExp(2 * x) + 1);
}
