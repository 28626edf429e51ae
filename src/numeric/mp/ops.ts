/**
 * Arithmetic on values with error bounds ({@link Approx}): each operation rounds to the
 * working precision and returns a bound on the absolute error of its result, from the
 * bounds of its operands and its own rounding. Shared by the function table (for
 * identities such as asin a = atan(a/√(1 − a²))) and the expression compiler.
 *
 * @module
 */
import { type Approx, EXACT, errSum } from './approx.js';
import { add, type BigFloat, div, mul, sqrt, sub, top } from './float.js';

/**
 * A lower bound on log2 |x| (−∞ for 0): |x| ≥ 2^bottom(x).
 *
 * @example
 * ```ts
 * bottom(fromInt(5)); // 2
 * ```
 */
export function bottom(x: BigFloat): number {
  return x.man === 0n ? Number.NEGATIVE_INFINITY : x.exp + x.bits - 1;
}

/** log2 of one unit in the last place of v at p bits (its rounding error bound). */
export function ulpOf(v: BigFloat, p: number): number {
  return v.man === 0n ? EXACT : top(v) - p;
}

/**
 * a + b rounded to p bits, with its error bound.
 *
 * @example
 * ```ts
 * aAdd(exact(ONE), exact(ONE), 53); // { v: 2, err: -Infinity }
 * ```
 */
export function aAdd(a: Approx, b: Approx, p: number): Approx {
  const v = add(a.v, b.v, p);
  return { v, err: errSum(a.err, b.err, fits(a.v, b.v, p) ? EXACT : ulpOf(v, p)) };
}

/**
 * a − b rounded to p bits, with its error bound.
 *
 * @example
 * ```ts
 * aSub(exact(ONE), exact(ONE), 53); // { v: 0, err: -Infinity }
 * ```
 */
export function aSub(a: Approx, b: Approx, p: number): Approx {
  const v = sub(a.v, b.v, p);
  return { v, err: errSum(a.err, b.err, fits(a.v, b.v, p) ? EXACT : ulpOf(v, p)) };
}

/** Whether the exact sum of a and b surely fits in p bits (then adding them is exact). */
function fits(a: BigFloat, b: BigFloat, p: number): boolean {
  if (a.man === 0n || b.man === 0n) return (a.man === 0n ? b.bits : a.bits) <= p;
  return Math.max(a.exp + a.bits, b.exp + b.bits) + 1 - Math.min(a.exp, b.exp) <= p;
}

/**
 * a · b rounded to p bits: |Δ(ab)| ≤ |a||Δb| + |b||Δa| + |Δa||Δb| + rounding.
 *
 * @example
 * ```ts
 * aMul(exact(fromInt(3)), exact(fromInt(5)), 53); // { v: 15, err: -Infinity }
 * ```
 */
export function aMul(a: Approx, b: Approx, p: number): Approx {
  const v = mul(a.v, b.v, p);
  const exactBits = a.v.bits + b.v.bits;
  return {
    v,
    err: errSum(a.err + top(b.v), b.err + top(a.v), a.err + b.err, exactBits <= p ? EXACT : ulpOf(v, p)),
  };
}

/**
 * a / b rounded to p bits. |Δ(a/b)| ≤ 2(|Δa|/|b| + |a||Δb|/b²) while |Δb| ≤ |b|/2;
 * beyond that the bound is +∞. Throws RangeError when b is 0.
 *
 * @example
 * ```ts
 * aDiv(exact(ONE), exact(fromInt(4)), 53); // { v: 0.25, err: -Infinity }
 * ```
 */
export function aDiv(a: Approx, b: Approx, p: number): Approx {
  const v = div(a.v, b.v, p);
  const lb = bottom(b.v);
  if (b.err >= lb - 1) return { v, err: Number.POSITIVE_INFINITY };
  const exactDiv = a.err === EXACT && b.err === EXACT && isPowerOfTwo(b.v) && a.v.bits <= p;
  return {
    v,
    err: errSum(a.err - lb + 1, b.err + top(a.v) - 2 * lb + 1, exactDiv ? EXACT : ulpOf(v, p)),
  };
}

function isPowerOfTwo(x: BigFloat): boolean {
  const m = x.man < 0n ? -x.man : x.man;
  return (m & (m - 1n)) === 0n;
}

/**
 * √a rounded to p bits (a ≥ 0; a slightly negative approximation of a non-negative
 * value counts as 0). While |Δa| ≤ a/2 the slope bound 1/√(2a) applies; otherwise
 * |√x − √y| ≤ √|x − y| gives 2^(err/2).
 *
 * @example
 * ```ts
 * aSqrt(exact(fromInt(4)), 53); // { v: 2, … }
 * ```
 */
export function aSqrt(a: Approx, p: number): Approx {
  const x = a.v.man < 0n ? { man: 0n, exp: 0, bits: 0 } : a.v;
  const v = sqrt(x, p);
  const lb = bottom(x);
  let prop: number;
  if (a.err === EXACT) prop = EXACT;
  else if (a.err < lb - 1) prop = a.err - (lb - 1) / 2 - 0.5;
  else prop = a.err / 2;
  // a short exact root (√4 = 2) is exact; a long one never is
  const exactRoot = a.err === EXACT && v.man !== 0n && 2 * v.bits <= x.bits + 2 && sub(mul(v, v), x).man === 0n;
  return { v, err: errSum(prop, exactRoot ? EXACT : ulpOf(v, p)) };
}
