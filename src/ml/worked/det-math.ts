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

const LG1 = 6.666666666666735e-1;
const LG2 = 3.999999999940942e-1;
const LG3 = 2.857142874366239e-1;
const LG4 = 2.2222198432149784e-1;
const LG5 = 1.818357216161805e-1;
const LG6 = 1.5313837699209373e-1;
const LG7 = 1.4798198605116586e-1;
const bits = new DataView(new ArrayBuffer(8));

/**
 * ln x, the same on every engine (fdlibm's e_log.c): write x = 2ᵏ·m with m in [√2/2, √2),
 * then ln m = 2s + s·R(s²) with s = (m − 1)/(m + 1).
 */
export function detLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54; // subnormal: scale into the normal range first
    k -= 54;
  }
  bits.setFloat64(0, x);
  let high = bits.getUint32(0);
  k += (high >>> 20) - 1023;
  high &= 0x000fffff;
  const i = (high + 0x95f64) & 0x100000;
  bits.setUint32(0, high | (i ^ 0x3ff00000)); // m or m/2, whichever lies in [√2/2, √2)
  k += i >>> 20;
  const f = bits.getFloat64(0) - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  const halfSquare = 0.5 * f * f;
  return k * LN2_HI - (halfSquare - (s * (halfSquare + r) + k * LN2_LO) - f);
}

/** log₁₀ x, the same on every engine. */
export const log10 = (x: number): number => detLog(x) / Math.LN10;

/** log₂ x, the same on every engine. */
export const log2 = (x: number): number => detLog(x) / Math.LN2;
