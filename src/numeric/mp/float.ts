/**
 * Binary floating-point numbers on JS BigInt: a value is `man · 2^exp` with a signed
 * BigInt mantissa and a JS integer exponent (the exponent is a count, never a value
 * that carries digits). Every operation takes the precision in bits of its result and a
 * rounding mode, and rounds exactly once: round to nearest (ties to even), down (toward
 * −∞), up (toward +∞) or toward zero. This is the model of MPFR and of mpmath's libmp,
 * whose algorithms the engine follows.
 *
 * @module
 */

/**
 * A binary floating-point number `man · 2^exp`. `bits` is the bit length of |man|
 * (0 for zero). Zero is `{ man: 0n, exp: 0, bits: 0 }`.
 *
 * @example
 * ```ts
 * const threeQuarters: BigFloat = { man: 3n, exp: -2, bits: 2 };
 * ```
 */
export interface BigFloat {
  readonly man: bigint;
  readonly exp: number;
  readonly bits: number;
}

/**
 * Rounding of a result to its precision: `nearest` (ties to even), `down` (toward −∞),
 * `up` (toward +∞), `zero` (toward zero).
 *
 * @example
 * ```ts
 * const r: Rounding = 'down';
 * ```
 */
export type Rounding = 'nearest' | 'down' | 'up' | 'zero';

/** The number 0. */
export const ZERO: BigFloat = Object.freeze({ man: 0n, exp: 0, bits: 0 });
/** The number 1. */
export const ONE: BigFloat = Object.freeze({ man: 1n, exp: 0, bits: 1 });

/**
 * Largest binary exponent magnitude the engine accepts for a result: |x| < 2^(2^52)
 * (about 10^(1.36e15), inside decimal.js's exponent range of ±9e15).
 */
export const EXP_LIMIT = 2 ** 52;

const HEX_BITS = [0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4];
const TWO_32 = 0x100000000n;

/**
 * Bit length of a non-negative BigInt (0 for 0).
 *
 * @example
 * ```ts
 * bitLength(255n); // 8
 * ```
 */
export function bitLength(x: bigint): number {
  if (x < TWO_32) return 32 - Math.clz32(Number(x));
  const n = Number(x);
  if (n < 2 ** 1020) {
    // log2 of the (rounded) double is the bit length − 1, up to one either way
    let e = Math.floor(Math.log2(n));
    if (x >> BigInt(e) === 0n) e -= 1;
    else if (x >> BigInt(e + 1) !== 0n) e += 1;
    return e + 1;
  }
  const s = x.toString(16);
  return (s.length - 1) * 4 + HEX_BITS[Number.parseInt(s[0]!, 16)]!;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/**
 * The BigFloat `man · 2^exp` (exact, no rounding).
 *
 * @example
 * ```ts
 * make(3n, -2); // 0.75
 * ```
 */
export function make(man: bigint, exp: number): BigFloat {
  if (man === 0n) return ZERO;
  return trim({ man, exp, bits: bitLength(abs(man)) });
}

/**
 * The same number with the trailing zero bits of its mantissa moved to the exponent, so
 * that `bits` counts only significant bits (exactness tests rely on it).
 *
 * @example
 * ```ts
 * trim({ man: 4n, exp: 0, bits: 3 }); // { man: 1n, exp: 2, bits: 1 }
 * ```
 */
export function trim(x: BigFloat): BigFloat {
  if ((x.man & 1n) === 1n || x.man === 0n) return x;
  const m = abs(x.man);
  const tz = bitLength(m & -m) - 1;
  return { man: x.man >> BigInt(tz), exp: x.exp + tz, bits: x.bits - tz };
}

/**
 * The integer n as a BigFloat (exact).
 *
 * @example
 * ```ts
 * fromInt(-5n); // { man: -5n, exp: 0, bits: 3 }
 * ```
 */
export function fromInt(n: bigint | number): BigFloat {
  return make(BigInt(n), 0);
}

/**
 * Rounds `man · 2^exp` (where `bits` is the bit length of |man|) to `prec` bits.
 *
 * @example
 * ```ts
 * roundMan(7n, 0, 3, 2, 'nearest'); // 8 = { man: 2n, exp: 2 } (7 → 8, ties to even)
 * ```
 */
export function roundMan(man: bigint, exp: number, bits: number, prec: number, mode: Rounding): BigFloat {
  if (man === 0n) return ZERO;
  if (bits <= prec) return { man, exp, bits };
  const neg = man < 0n;
  const m = neg ? -man : man;
  const drop = bits - prec;
  const D = BigInt(drop);
  let q = m >> D;
  let up: boolean;
  if (mode === 'nearest') {
    if (((m >> (D - 1n)) & 1n) === 0n) up = false;
    else up = (q & 1n) === 1n || BigInt.asUintN(drop - 1, m) !== 0n;
  } else if (mode === 'zero') {
    up = false;
  } else {
    up = mode === 'up' !== neg && BigInt.asUintN(drop, m) !== 0n;
  }
  let e = exp + drop;
  if (up) {
    q += 1n;
    if (q >> BigInt(prec) !== 0n) {
      q >>= 1n;
      e += 1;
    }
  }
  return { man: neg ? -q : q, exp: e, bits: prec };
}

/**
 * Rounds x to `prec` bits (Infinity: unchanged).
 *
 * @example
 * ```ts
 * round(make(7n, 0), 2, 'down'); // 6
 * ```
 */
export function round(x: BigFloat, prec: number, mode: Rounding = 'nearest'): BigFloat {
  return x.bits <= prec ? x : roundMan(x.man, x.exp, x.bits, prec, mode);
}

/**
 * −x (exact).
 *
 * @example
 * ```ts
 * neg(ONE); // −1
 * ```
 */
export function neg(x: BigFloat): BigFloat {
  return x.man === 0n ? ZERO : { man: -x.man, exp: x.exp, bits: x.bits };
}

/**
 * |x| (exact).
 *
 * @example
 * ```ts
 * absF(fromInt(-3)); // 3
 * ```
 */
export function absF(x: BigFloat): BigFloat {
  return x.man < 0n ? { man: -x.man, exp: x.exp, bits: x.bits } : x;
}

/**
 * −1, 0 or 1.
 *
 * @example
 * ```ts
 * sign(fromInt(-3)); // -1
 * ```
 */
export function sign(x: BigFloat): number {
  return x.man === 0n ? 0 : x.man < 0n ? -1 : 1;
}

/**
 * x · 2^n (exact).
 *
 * @example
 * ```ts
 * shift(ONE, -1); // 0.5
 * ```
 */
export function shift(x: BigFloat, n: number): BigFloat {
  return x.man === 0n ? ZERO : { man: x.man, exp: x.exp + n, bits: x.bits };
}

/**
 * An upper bound on log2 |x|: |x| < 2^top(x) (−∞ for 0).
 *
 * @example
 * ```ts
 * top(fromInt(5)); // 3
 * ```
 */
export function top(x: BigFloat): number {
  return x.man === 0n ? Number.NEGATIVE_INFINITY : x.exp + x.bits;
}

/**
 * a + b rounded to `prec` bits (exact when `prec` is Infinity).
 *
 * @example
 * ```ts
 * add(ONE, shift(ONE, -1), 53); // 1.5
 * ```
 */
export function add(a: BigFloat, b: BigFloat, prec = Number.POSITIVE_INFINITY, mode: Rounding = 'nearest'): BigFloat {
  if (a.man === 0n) return round(b, prec, mode);
  if (b.man === 0n) return round(a, prec, mode);
  let x = a;
  let y = b;
  if (y.exp + y.bits > x.exp + x.bits) {
    x = b;
    y = a;
  }
  if (prec !== Number.POSITIVE_INFINITY) {
    // y below half a unit of x extended to prec + 3 bits: only its sign matters (a sticky bit)
    const ext = Math.max(0, prec + 3 - x.bits);
    const low = x.exp - ext;
    if (y.exp + y.bits < low) {
      const m = (x.man << BigInt(ext + 1)) + (y.man > 0n ? 1n : -1n);
      // the sticky unit may take 2^k down to 2^k − 1, one bit shorter
      return roundMan(m, low - 1, bitLength(abs(m)), prec, mode);
    }
  }
  let m: bigint;
  let e: number;
  if (x.exp >= y.exp) {
    m = (x.man << BigInt(x.exp - y.exp)) + y.man;
    e = y.exp;
  } else {
    m = x.man + (y.man << BigInt(y.exp - x.exp));
    e = x.exp;
  }
  if (m === 0n) return ZERO;
  return roundMan(m, e, bitLength(abs(m)), prec, mode);
}

/**
 * a − b rounded to `prec` bits.
 *
 * @example
 * ```ts
 * sub(ONE, ONE); // 0
 * ```
 */
export function sub(a: BigFloat, b: BigFloat, prec = Number.POSITIVE_INFINITY, mode: Rounding = 'nearest'): BigFloat {
  return add(a, neg(b), prec, mode);
}

/**
 * a · b rounded to `prec` bits.
 *
 * @example
 * ```ts
 * mul(fromInt(3), fromInt(5), 2, 'down'); // 12
 * ```
 */
export function mul(a: BigFloat, b: BigFloat, prec = Number.POSITIVE_INFINITY, mode: Rounding = 'nearest'): BigFloat {
  if (a.man === 0n || b.man === 0n) return ZERO;
  const m = a.man * b.man;
  const guess = a.bits + b.bits;
  const bits = abs(m) >> BigInt(guess - 1) !== 0n ? guess : guess - 1;
  return roundMan(m, a.exp + b.exp, bits, prec, mode);
}

/**
 * (n / d) · 2^exp rounded to `prec` bits, for BigInts n and d > 0. Correctly rounded:
 * the remainder is looked at only when the quotient's guard bits leave the rounding open.
 *
 * @example
 * ```ts
 * divInts(1n, 3n, 0, 10, 'nearest'); // 1/3 to 10 bits
 * ```
 */
export function divInts(n: bigint, d: bigint, exp: number, prec: number, mode: Rounding): BigFloat {
  if (n === 0n) return ZERO;
  const neg = n < 0n;
  const an = neg ? -n : n;
  const s = Math.max(0, prec + 3 + bitLength(d) - bitLength(an));
  const num = an << BigInt(s);
  const q = num / d;
  const qb = bitLength(q);
  const drop = qb - prec;
  let sticky = false;
  if (drop > 0) {
    const low = BigInt.asUintN(drop, q);
    const open = mode === 'nearest' ? low === 1n << BigInt(drop - 1) : mode !== 'zero' && low === 0n;
    if (open) sticky = q * d !== num;
  } else {
    sticky = q * d !== num;
  }
  const m = (q << 1n) | (sticky ? 1n : 0n);
  const r = roundMan(neg ? -m : m, exp - s - 1, qb + 1, prec, mode);
  // an exact quotient (1/4, 0.5 from 5/10) keeps only its significant bits
  return sticky || (drop > 0 && BigInt.asUintN(drop, q) !== 0n) ? r : trim(r);
}

/**
 * a / b rounded to `prec` bits (correctly rounded). Throws RangeError for b = 0.
 *
 * @example
 * ```ts
 * div(ONE, fromInt(3), 60); // 1/3 to 60 bits
 * ```
 */
export function div(a: BigFloat, b: BigFloat, prec: number, mode: Rounding = 'nearest'): BigFloat {
  if (b.man === 0n) throw new RangeError('division by zero');
  if (a.man === 0n) return ZERO;
  const r = divInts(b.man < 0n ? -a.man : a.man, abs(b.man), a.exp - b.exp, prec, mode);
  return r;
}

/**
 * ⌊√n⌋ for a BigInt n ≥ 0 (Newton's method from a half-precision start).
 *
 * @example
 * ```ts
 * isqrt(99n); // 9n
 * ```
 */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < TWO_52) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r -= 1n;
    while ((r + 1n) * (r + 1n) <= n) r += 1n;
    return r;
  }
  const b = bitLength(n);
  let x: bigint;
  if (b <= 1024) {
    // a start from the top 52 bits (≥ √n, ~26 correct bits), then Newton steps from above
    const s = (b - 51) >> 1;
    const S = BigInt(s);
    x = (BigInt(Math.floor(Math.sqrt(Number(n >> (2n * S))))) + 1n) << S;
    for (let good = 26; good < b / 2 + 2; good *= 2) x = (x + n / x) >> 1n;
  } else {
    const h = Math.floor(b / 4);
    const H = BigInt(h);
    // x ≥ √n with about b/4 correct bits; one Newton step doubles them (from above)
    x = (isqrt(n >> (2n * H)) + 1n) << H;
    x = (x + n / x) >> 1n;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

const TWO_52 = 1n << 52n;

/**
 * √a rounded to `prec` bits (correctly rounded); a ≥ 0. Throws RangeError for a < 0.
 *
 * @example
 * ```ts
 * sqrt(fromInt(2), 53); // √2 to 53 bits
 * ```
 */
export function sqrt(a: BigFloat, prec: number, mode: Rounding = 'nearest'): BigFloat {
  if (a.man < 0n) throw new RangeError('square root of a negative number');
  if (a.man === 0n) return ZERO;
  let s = Math.max(0, 2 * (prec + 2) - a.bits + 1);
  if ((a.exp - s) % 2 !== 0) s += 1;
  const n = a.man << BigInt(s);
  const r = isqrt(n);
  const sticky = r * r !== n;
  const m = (r << 1n) | (sticky ? 1n : 0n);
  const v = roundMan(m, (a.exp - s) / 2 - 1, bitLength(m), prec, mode);
  return sticky ? v : trim(v);
}

/**
 * Compares a and b: −1, 0 or 1.
 *
 * @example
 * ```ts
 * cmp(ONE, fromInt(2)); // -1
 * ```
 */
export function cmp(a: BigFloat, b: BigFloat): number {
  const sa = sign(a);
  const sb = sign(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  const ta = a.exp + a.bits;
  const tb = b.exp + b.bits;
  if (ta !== tb) return (ta > tb ? 1 : -1) * sa;
  const d = sub(a, b);
  return sign(d);
}

/**
 * Whether x is an integer.
 *
 * @example
 * ```ts
 * isInteger(make(3n, 1)); // true
 * ```
 */
export function isInteger(x: BigFloat): boolean {
  if (x.man === 0n || x.exp >= 0) return true;
  if (x.exp + x.bits <= 0) return false;
  return BigInt.asUintN(-x.exp, abs(x.man)) === 0n;
}

/**
 * The integer nearest to x (ties to even), as a BigInt.
 *
 * @example
 * ```ts
 * toBigInt(make(5n, -1)); // 2n (2.5 → 2)
 * ```
 */
export function toBigInt(x: BigFloat, mode: Rounding = 'nearest'): bigint {
  if (x.man === 0n) return 0n;
  if (x.exp >= 0) return x.man << BigInt(x.exp);
  const neg = x.man < 0n;
  const m = neg ? -x.man : x.man;
  const k = -x.exp;
  let q = m >> BigInt(k);
  const low = BigInt.asUintN(k, m);
  let up: boolean;
  if (mode === 'nearest') {
    const half = 1n << BigInt(k - 1);
    up = low > half || (low === half && (q & 1n) === 1n);
  } else if (mode === 'zero') {
    up = false;
  } else {
    up = low !== 0n && mode === 'up' !== neg;
  }
  if (up) q += 1n;
  return neg ? -q : q;
}

/**
 * The fixed-point integer ⌊x · 2^wp⌋ rounded toward −∞ (exact when x·2^wp is an integer).
 *
 * @example
 * ```ts
 * toFixed(shift(ONE, -1), 4); // 8n
 * ```
 */
export function toFixed(x: BigFloat, wp: number): bigint {
  const s = x.exp + wp;
  return s >= 0 ? x.man << BigInt(s) : x.man >> BigInt(-s);
}

/**
 * The BigFloat X · 2^−wp of a fixed-point integer, rounded to `prec` bits.
 *
 * @example
 * ```ts
 * fromFixed(8n, 4, 53); // 0.5
 * ```
 */
export function fromFixed(X: bigint, wp: number, prec = Number.POSITIVE_INFINITY, mode: Rounding = 'nearest'): BigFloat {
  if (X === 0n) return ZERO;
  return roundMan(X, -wp, bitLength(abs(X)), prec, mode);
}

/**
 * ⌊∛n⌋ for a BigInt n ≥ 0 (Newton's method from above, from a half-precision start).
 *
 * @example
 * ```ts
 * icbrt(30n); // 3n
 * ```
 */
export function icbrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('icbrt of a negative number');
  if (n < 1n << 52n) {
    let r = BigInt(Math.round(Math.cbrt(Number(n))));
    while (r * r * r > n) r -= 1n;
    while ((r + 1n) * (r + 1n) * (r + 1n) <= n) r += 1n;
    return r;
  }
  const h = Math.floor(bitLength(n) / 6);
  const H = BigInt(h);
  let x = (icbrt(n >> (3n * H)) + 1n) << H;
  x = (2n * x + n / (x * x)) / 3n;
  while (x * x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/**
 * ∛a rounded to `prec` bits (correctly rounded, any sign).
 *
 * @example
 * ```ts
 * cbrt(fromInt(-27), 53); // −3
 * ```
 */
export function cbrt(a: BigFloat, prec: number, mode: Rounding = 'nearest'): BigFloat {
  if (a.man === 0n) return ZERO;
  const negative = a.man < 0n;
  let s = Math.max(0, 3 * (prec + 2) - a.bits + 1);
  s += (((a.exp - s) % 3) + 3) % 3;
  const n = abs(a.man) << BigInt(s);
  const r = icbrt(n);
  const sticky = r * r * r !== n;
  const m = (r << 1n) | (sticky ? 1n : 0n);
  const v = roundMan(negative ? -m : m, (a.exp - s) / 3 - 1, bitLength(m), prec, mode);
  return sticky ? v : trim(v);
}
