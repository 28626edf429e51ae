/**
 * Values with an error bound, as the engine's kernels return them, and the one place
 * where such a value is rounded to its final precision (nearest, or outward for
 * interval bounds).
 *
 * @module
 */
import { add, type BigFloat, make, ONE, type Rounding, round, ZERO } from './float.js';

/**
 * A value `v` and a bound on its absolute error: |true − v| ≤ 2^err (`err` is −∞ when
 * `v` is exact).
 *
 * @example
 * ```ts
 * const third: Approx = { v: div(ONE, fromInt(3), 64), err: -66 };
 * ```
 */
export interface Approx {
  readonly v: BigFloat;
  readonly err: number;
  /**
   * Set by a function that computed from its argument's exact rational (`q`), not from
   * its rounded float: the float's own error then does not reach the result.
   */
  readonly fromExact?: boolean;
}

/** log2 of the error bound of an exact value. */
export const EXACT = Number.NEGATIVE_INFINITY;

/**
 * An exact value.
 *
 * @example
 * ```ts
 * exact(ONE); // { v: 1, err: -Infinity }
 * ```
 */
export function exact(v: BigFloat): Approx {
  return { v, err: EXACT };
}

/** Exact 0 and 1. */
export const EXACT_ZERO: Approx = { v: ZERO, err: EXACT };
export const EXACT_ONE: Approx = { v: ONE, err: EXACT };

/**
 * log2(2^a + 2^b + …), rounded up: the bound of a sum of errors.
 *
 * @example
 * ```ts
 * errSum(-10, -10); // -9
 * ```
 */
export function errSum(...errs: number[]): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const e of errs) if (e > m) m = e;
  if (m === Number.NEGATIVE_INFINITY || m === Number.POSITIVE_INFINITY) return m;
  let s = 0;
  for (const e of errs) s += 2 ** (e - m);
  // a little above the exact log2 so that float rounding never makes the bound too small
  return m + Math.log2(s) * (1 + 1e-12) + 1e-9;
}

/**
 * Rounds an approximate value to `prec` bits: to nearest, or outward by its error bound
 * (`down` gives a number ≤ the true value, `up` one ≥ it; `zero` rounds toward zero when
 * the sign is certain).
 *
 * @example
 * ```ts
 * finish({ v: ONE, err: -100 }, 53, 'down'); // the largest 53-bit float ≤ 1 − 2^−100
 * ```
 */
export function finish(a: Approx, prec: number, mode: Rounding): BigFloat {
  if (mode === 'nearest' || a.err === EXACT) return round(a.v, prec, mode);
  let m = mode;
  const e = Math.ceil(a.err);
  if (m === 'zero') {
    // toward zero: the bound nearer to 0, or 0 itself when the sign is not certain
    if (a.v.man === 0n || a.v.exp + a.v.bits - 1 <= e) return ZERO;
    m = a.v.man > 0n ? 'down' : 'up';
  }
  const delta = make(m === 'down' ? -1n : 1n, e);
  return add(a.v, delta, prec, m);
}
