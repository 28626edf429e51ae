/**
 * Exact conversions between decimal.js Decimals, short rationals and BigFloats. A
 * decimal string such as `0.7` is a rational 7/10 that no binary float holds exactly:
 * the engine keeps it as a rational where that pays (series whose argument is short)
 * and rounds it to a BigFloat once, with a stated rounding mode, everywhere else.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { ln10Fixed, ln2Fixed } from './constants.js';
import { expApprox } from './exp.js';
import { add, type BigFloat, bitLength, divInts, fromFixed, make, mul, type Rounding, roundMan, top, trim } from './float.js';

/**
 * An exact rational num/den with den > 0 (not necessarily in lowest terms).
 *
 * @example
 * ```ts
 * const seventenths: Rational = { num: 7n, den: 10n };
 * ```
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const pow5Cache = new Map<number, bigint>();
const pow10Cache = new Map<number, bigint>();

/**
 * 5^n as a BigInt (cached for the exponents in use).
 *
 * @example
 * ```ts
 * pow5(3); // 125n
 * ```
 */
export function pow5(n: number): bigint {
  let v = pow5Cache.get(n);
  if (v === undefined) {
    v = 5n ** BigInt(n);
    if (pow5Cache.size > 256) pow5Cache.clear();
    pow5Cache.set(n, v);
  }
  return v;
}

/**
 * 10^n as a BigInt (cached).
 *
 * @example
 * ```ts
 * pow10(3); // 1000n
 * ```
 */
export function pow10(n: number): bigint {
  let v = pow10Cache.get(n);
  if (v === undefined) {
    v = 10n ** BigInt(n);
    if (pow10Cache.size > 256) pow10Cache.clear();
    pow10Cache.set(n, v);
  }
  return v;
}

/**
 * A finite Decimal as `int · 10^exp10` with a signed BigInt `int` free of trailing zeros.
 * Throws RangeError for NaN and ±Infinity.
 *
 * @example
 * ```ts
 * decimalParts(new Decimal('-0.0700')); // { int: -7n, exp10: -2 }
 * ```
 */
export function decimalParts(x: Decimal): { int: bigint; exp10: number } {
  if (!x.isFinite()) throw new RangeError(`not a finite number: ${x.toString()}`);
  if (x.isZero()) return { int: 0n, exp10: 0 };
  const d = x.d;
  let s = String(d[0]);
  for (let i = 1; i < d.length; i++) s += String(d[i]).padStart(7, '0');
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  const exp10 = x.e - (end - 1);
  const int = BigInt(s.slice(0, end));
  return { int: x.s < 0 ? -int : int, exp10 };
}

/**
 * A Decimal as an exact rational.
 *
 * @example
 * ```ts
 * ratFromDecimal(new Decimal('0.25')); // { num: 25n, den: 100n }
 * ```
 */
export function ratFromDecimal(x: Decimal): Rational {
  const { int, exp10 } = decimalParts(x);
  return exp10 >= 0 ? { num: int * pow10(exp10), den: 1n } : { num: int, den: pow10(-exp10) };
}

/**
 * A rational rounded to a BigFloat of `prec` bits (correctly rounded).
 *
 * @example
 * ```ts
 * ratToFloat({ num: 1n, den: 3n }, 53); // 1/3 to 53 bits
 * ```
 */
export function ratToFloat(r: Rational, prec: number, mode: Rounding = 'nearest'): BigFloat {
  if (r.den === 1n) return trim(roundMan(r.num, 0, bitLength(r.num < 0n ? -r.num : r.num), prec, mode));
  return divInts(r.num, r.den, 0, prec, mode);
}

/**
 * A Decimal rounded to a BigFloat of `prec` bits (exact when it fits). Throws
 * RangeError for NaN and ±Infinity.
 *
 * @example
 * ```ts
 * fromDecimal(new Decimal('0.5'), 10); // exactly 1/2
 * ```
 */
export function fromDecimal(x: Decimal, prec: number, mode: Rounding = 'nearest'): BigFloat {
  const { int, exp10 } = decimalParts(x);
  if (int === 0n) return make(0n, 0);
  if (exp10 >= 0) {
    const m = int * pow5(exp10);
    return trim(roundMan(m, exp10, bitLength(m < 0n ? -m : m), prec, mode));
  }
  return divInts(int, pow5(-exp10), exp10, prec, mode);
}

const LOG10_2 = Math.LOG10E * Math.LN2;

/** Integer quotient n/d (n ≥ 0, d > 0) rounded by `mode` (for a value of sign `neg`). */
function divRoundInt(n: bigint, d: bigint, mode: Rounding, neg: boolean): bigint {
  const q = n / d;
  const r = n - q * d;
  if (r === 0n) return q;
  if (mode === 'nearest') {
    const twice = 2n * r;
    return twice > d || (twice === d && (q & 1n) === 1n) ? q + 1n : q;
  }
  if (mode === 'zero') return q;
  return mode === 'up' !== neg ? q + 1n : q;
}

/**
 * x rounded to `digits` significant decimal digits, as a Decimal (nearest: ties to even;
 * down/up: toward −∞/+∞). The Decimal holds exactly the rounded value; it is an instance
 * of `ctor` (a decimal.js constructor whose precision then governs arithmetic on it).
 *
 * @example
 * ```ts
 * toDecimal(make(1n, -1), 5).toString(); // '0.5'
 * ```
 */
export function toDecimal(x: BigFloat, digits: number, mode: Rounding = 'nearest', ctor: typeof Decimal = Decimal): Decimal {
  if (x.man === 0n) return new ctor(0);
  if (Math.abs(x.exp) > HUGE_EXP) return toDecimalHuge(x, digits, mode, ctor);
  const neg = x.man < 0n;
  const m = neg ? -x.man : x.man;
  // floor(log10 |x|), possibly one too high (|x| < 2^top)
  let e10 = Math.floor((x.exp + x.bits) * LOG10_2);
  const lo = pow10(digits - 1);
  const hi = lo * 10n;
  for (let attempt = 0; ; attempt++) {
    const s = digits - 1 - e10;
    // |x|·10^s = m · 5^s · 2^(exp + s)
    let n = s >= 0 ? m * pow5(s) : m;
    let d = s < 0 ? pow5(-s) : 1n;
    const t = x.exp + s;
    if (t >= 0) n <<= BigInt(t);
    else d <<= BigInt(-t);
    // the exponent guess may be one off: check the unrounded |x|·10^s ∈ [10^(digits−1), 10^digits)
    if (n < lo * d || n >= hi * d) {
      if (attempt > 3) throw new Error('toDecimal did not settle');
      e10 += n >= hi * d ? 1 : -1;
      continue;
    }
    let N = divRoundInt(n, d, mode, neg);
    let sOut = s;
    if (N === hi) {
      // rounding carried into a new digit: 10^digits · 10^−s = 10^(digits−1) · 10^−(s−1)
      N = lo;
      sOut = s - 1;
    }
    return new ctor(`${neg ? '-' : ''}${N.toString()}e${-sOut}`);
  }
}

/** Above this binary exponent, 5^|exp| is too long to form: toDecimal goes through 10^f. */
const HUGE_EXP = 200000;

/**
 * toDecimal for |exp| > HUGE_EXP: 2^E = 10^K · 10^f with K = ⌊E·log10 2⌋, and 10^f =
 * e^(f·ln 10) computed by the engine with guard bits. The result is within one unit of
 * the last digit (nearest), and a true bound (down/up) from the stated error.
 */
function toDecimalHuge(x: BigFloat, digits: number, mode: Rounding, ctor: typeof Decimal): Decimal {
  const E = x.exp;
  const P = Math.ceil(digits * 3.321928094887362) + 40;
  const lgE = Math.ceil(Math.log2(Math.abs(E))) + 2;
  // t = E·log10 2 = E·ln 2/ln 10 to P + 8 bits after the point
  const W = P + 8 + lgE;
  const t = (BigInt(E) * ((ln2Fixed(W) << BigInt(W)) / ln10Fixed(W))) >> BigInt(lgE);
  const Wt = W - lgE;
  const one = 1n << BigInt(Wt);
  const K = t >> BigInt(Wt); // floor
  const f = t - K * one;
  // 10^f = e^(f·ln 10), f ∈ [0, 1)
  const arg = fromFixed((f * ln10Fixed(Wt)) >> BigInt(Wt), Wt);
  const e = expApprox(arg, P);
  const y = mul(make(x.man, 0), e.v, P);
  // relative error: t (|E|·2^−W·2 + 2^−Wt), exp's own, the product's rounding
  const relErr = -P + 4;
  let v = y;
  if (mode !== 'nearest') {
    const step = make(1n, top(y) + relErr);
    const down = mode === 'down' || (mode === 'zero' && x.man > 0n);
    v = add(y, down ? make(-1n, step.exp) : step, P, down ? 'down' : 'up');
  }
  // v · 10^K: convert v (moderate exponent), then shift the decimal exponent by K
  const d = toDecimal(v, digits, mode);
  return new ctor(`${d.toExponential(digits - 1).replace(/e([+-]\d+)$/, (_m, k: string) => `e${(BigInt(k) + K).toString()}`)}`);
}
