/**
 * Exact arithmetic on short rationals, for the values the compiler knows exactly
 * (literals, variables given as decimals, and sums, products, quotients and integer
 * powers of them while they stay short).
 *
 * @module
 */
import type { Rational } from './convert.js';
import { bitLength } from './float.js';

/** Rationals longer than this (numerator plus denominator bits) are dropped. */
export const RATIONAL_CAP = 4096;

const absB = (x: bigint): bigint => (x < 0n ? -x : x);

/**
 * Numerator plus denominator bits.
 *
 * @example
 * ```ts
 * ratSize({ num: 7n, den: 10n }); // 7
 * ```
 */
export function ratSize(r: Rational): number {
  return bitLength(absB(r.num)) + bitLength(r.den);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = absB(a);
  let y = absB(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * r in lowest terms.
 *
 * @example
 * ```ts
 * ratReduce({ num: 25n, den: 100n }); // { num: 1n, den: 4n }
 * ```
 */
export function ratReduce(r: Rational): Rational {
  const g = gcd(r.num, r.den);
  return g === 1n || g === 0n ? r : { num: r.num / g, den: r.den / g };
}

const capped = (r: Rational): Rational | undefined => (ratSize(r) <= RATIONAL_CAP ? r : undefined);

/**
 * a + b (undefined when either is unknown or the result is too long).
 *
 * @example
 * ```ts
 * ratAdd({ num: 1n, den: 2n }, { num: 1n, den: 3n }); // 5/6
 * ```
 */
export function ratAdd(a: Rational | undefined, b: Rational | undefined): Rational | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a.den === b.den) return capped({ num: a.num + b.num, den: a.den });
  return capped({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
}

/**
 * −a.
 *
 * @example
 * ```ts
 * ratNeg({ num: 1n, den: 2n }); // −1/2
 * ```
 */
export function ratNeg(a: Rational | undefined): Rational | undefined {
  return a && { num: -a.num, den: a.den };
}

/**
 * a · b.
 *
 * @example
 * ```ts
 * ratMul({ num: 1n, den: 2n }, { num: 2n, den: 3n }); // 2/6
 * ```
 */
export function ratMul(a: Rational | undefined, b: Rational | undefined): Rational | undefined {
  if (a === undefined || b === undefined) return undefined;
  return capped({ num: a.num * b.num, den: a.den * b.den });
}

/**
 * a / b (undefined when b is 0).
 *
 * @example
 * ```ts
 * ratDiv({ num: 1n, den: 2n }, { num: -3n, den: 1n }); // −1/6
 * ```
 */
export function ratDiv(a: Rational | undefined, b: Rational | undefined): Rational | undefined {
  if (a === undefined || b === undefined || b.num === 0n) return undefined;
  const s = b.num < 0n ? -1n : 1n;
  return capped({ num: s * a.num * b.den, den: s * b.num * a.den });
}

/**
 * a^n for an integer n (undefined when a is 0 and n < 0, or too long).
 *
 * @example
 * ```ts
 * ratPow({ num: 2n, den: 3n }, -2); // 9/4
 * ```
 */
export function ratPow(a: Rational | undefined, n: number): Rational | undefined {
  if (a === undefined) return undefined;
  if (ratSize(a) * Math.abs(n) > RATIONAL_CAP) return undefined;
  const N = BigInt(Math.abs(n));
  if (n >= 0) return { num: a.num ** N, den: a.den ** N };
  if (a.num === 0n) return undefined;
  const s = a.num < 0n && n % 2 !== 0 ? -1n : 1n;
  return { num: s * a.den ** N, den: absB(a.num) ** N };
}

/**
 * The integer value of r, or undefined when r is not an integer.
 *
 * @example
 * ```ts
 * ratInteger({ num: 6n, den: 3n }); // 2n
 * ```
 */
export function ratInteger(r: Rational): bigint | undefined {
  return r.num % r.den === 0n ? r.num / r.den : undefined;
}
