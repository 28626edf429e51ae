/**
 * Exact constants of the form r · ∏ bᵢ^kᵢ: a rational r times powers of primes, π and e
 * with rational exponents (√2 = 2^(1/2), √(2/π) = 2^(1/2)·π^(−1/2), 1/(e√π) =
 * e^(−1)·π^(−1/2)). Products, quotients and rational powers stay exact; a sum is exact
 * only when both terms carry the same powers. The form is canonical (prime exponents
 * kept in [0, 1), their integer parts folded into r), so two constants with the same
 * form are equal; constants with different forms are told apart by their enclosures.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { applyFunction, eInterval, piInterval } from './functions.js';
import { compareRational, parseRational, type Rational, rational } from './exact.js';
import { div, type Interval, type IntervalContext, mul, point, powInt } from './interval.js';

/**
 * An exact constant r · ∏ base^exponent (bases: primes written in decimal, `pi`, `e`).
 *
 * @example
 * ```ts
 * const invSqrt2: Const = { r: { n: 1n, d: 1n }, f: new Map([['2', { n: -1n, d: 2n }]]) }; // normalised: ½·2^(1/2)
 * ```
 */
export interface Const {
  readonly r: Rational;
  readonly f: ReadonlyMap<string, Rational>;
}

const R0 = rational(0n);
const R1 = rational(1n);

/** Rational arithmetic. */
export const Q = {
  add: (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d),
  mul: (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d),
  neg: (a: Rational): Rational => ({ n: -a.n, d: a.d }),
  inv: (a: Rational): Rational => rational(a.d, a.n),
  isInt: (a: Rational): boolean => a.d === 1n,
  /** ⌊a⌋ */
  floor: (a: Rational): bigint => (a.n >= 0n ? a.n / a.d : -((-a.n + a.d - 1n) / a.d)),
  eq: (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d,
  cmp: compareRational,
};

/** A rational as a constant. */
export const constOf = (r: Rational): Const => ({ r, f: new Map() });
/** The constant 0. */
export const C0: Const = constOf(R0);
/** The constant 1. */
export const C1: Const = constOf(R1);
/** π. */
export const CPI: Const = { r: R1, f: new Map([['pi', R1]]) };
/** e. */
export const CE: Const = { r: R1, f: new Map([['e', R1]]) };

const isPrimeBase = (b: string): boolean => b !== 'pi' && b !== 'e';

/** Folds integer parts of prime exponents into r and drops zero exponents. */
function normalize(r: Rational, f: Map<string, Rational>): Const {
  if (r.n === 0n) return C0;
  let rr = r;
  const out = new Map<string, Rational>();
  for (const [b, k] of [...f.entries()].sort(([a], [c]) => (a < c ? -1 : 1))) {
    if (k.n === 0n) continue;
    if (isPrimeBase(b)) {
      const whole = Q.floor(k);
      const frac = Q.add(k, rational(-whole));
      if (whole !== 0n) {
        const p = BigInt(b);
        rr = whole > 0n ? Q.mul(rr, rational(p ** whole)) : Q.mul(rr, rational(1n, p ** -whole));
      }
      if (frac.n !== 0n) out.set(b, frac);
    } else {
      out.set(b, k);
    }
  }
  return { r: rr, f: out };
}

/**
 * The product of two constants.
 *
 * @example
 * ```ts
 * formatConst(mulConst(powConst(constOf(rational(2n)), rational(-1n, 2n))!, powConst(constOf(rational(2n)), rational(-1n, 2n))!)); // '1/2'
 * ```
 */
export function mulConst(a: Const, b: Const): Const {
  const f = new Map(a.f);
  for (const [k, v] of b.f) f.set(k, Q.add(f.get(k) ?? R0, v));
  return normalize(Q.mul(a.r, b.r), f);
}

/** Prime factors of a positive integer by trial division (the cofactor left above 10⁶ is kept whole). */
function factor(n: bigint): Map<string, bigint> {
  const out = new Map<string, bigint>();
  let m = n;
  for (let p = 2n; p * p <= m && p < 1000000n; p += p === 2n ? 1n : 2n) {
    while (m % p === 0n) {
      out.set(p.toString(), (out.get(p.toString()) ?? 0n) + 1n);
      m /= p;
    }
  }
  if (m > 1n) out.set(m.toString(), (out.get(m.toString()) ?? 0n) + 1n);
  return out;
}

/**
 * cᵏ for a rational k, or undefined when it is not real (a negative constant to a power
 * with an even denominator) or not exact (0 to a power ≤ 0).
 *
 * @example
 * ```ts
 * formatConst(powConst(constOf(rational(8n)), rational(2n, 3n))!); // '4'
 * ```
 */
export function powConst(c: Const, k: Rational): Const | undefined {
  if (c.r.n === 0n) return k.n > 0n ? C0 : undefined;
  if (Q.isInt(k)) {
    const e = k.n;
    const r = e >= 0n ? rational(c.r.n ** e, c.r.d ** e) : rational(c.r.d ** -e, c.r.n ** -e);
    const f = new Map<string, Rational>();
    for (const [b, v] of c.f) f.set(b, Q.mul(v, k));
    return normalize(r, f);
  }
  const negative = c.r.n < 0n;
  if (negative && k.d % 2n === 0n) return undefined;
  const f = new Map<string, Rational>();
  for (const [b, v] of c.f) f.set(b, Q.mul(v, k));
  const num = factor(negative ? -c.r.n : c.r.n);
  const den = factor(c.r.d);
  for (const [p, e] of num) f.set(p, Q.add(f.get(p) ?? R0, Q.mul(rational(e), k)));
  for (const [p, e] of den) f.set(p, Q.add(f.get(p) ?? R0, Q.mul(rational(-e), k)));
  // (−x)^(p/q) with odd q is (−1)^p · x^(p/q)
  const sign = negative && k.n % 2n !== 0n ? -1n : 1n;
  return normalize(rational(sign), f);
}

const sameForm = (a: Const, b: Const): boolean => {
  if (a.f.size !== b.f.size) return false;
  for (const [k, v] of a.f) {
    const w = b.f.get(k);
    if (!w || !Q.eq(v, w)) return false;
  }
  return true;
};

/**
 * a + b when it is exact (same powers, or one of them 0), else undefined.
 *
 * @example
 * ```ts
 * addConst(CPI, CPI);             // 2π
 * addConst(CPI, constOf(rational(1n))); // undefined
 * ```
 */
export function addConst(a: Const, b: Const): Const | undefined {
  if (a.r.n === 0n) return b;
  if (b.r.n === 0n) return a;
  if (!sameForm(a, b)) return undefined;
  return normalize(Q.add(a.r, b.r), new Map(a.f));
}

/**
 * −c.
 *
 * @example
 * ```ts
 * formatConst(negConst(constOf(rational(1n, 2n)))); // '-1/2'
 * ```
 */
export function negConst(c: Const): Const {
  return { r: Q.neg(c.r), f: c.f };
}

/**
 * Whether two constants are provably equal (same canonical form).
 *
 * @example
 * ```ts
 * constEquals(powConst(constOf(rational(4n)), rational(1n, 2n))!, constOf(rational(2n))); // true
 * ```
 */
export function constEquals(a: Const, b: Const): boolean {
  return Q.eq(a.r, b.r) && sameForm(a, b);
}

/** The rational value, when the constant is rational. */
export function constRational(c: Const): Rational | undefined {
  return c.f.size === 0 ? c.r : undefined;
}

/** A key naming the powers (for grouping terms whose coefficients may add exactly). */
export function formKey(c: Const): string {
  return [...c.f.entries()].map(([b, k]) => `${b}^${k.n}/${k.d}`).join('*');
}

/**
 * The constant as text: `1/2`, `2^(1/2)*pi^(-1/2)`.
 *
 * @example
 * ```ts
 * formatConst(CPI); // 'pi'
 * ```
 */
export function formatConst(c: Const): string {
  const r = c.r.d === 1n ? c.r.n.toString() : `${c.r.n}/${c.r.d}`;
  const f = [...c.f.entries()].map(([b, k]) => (Q.eq(k, R1) ? b : `${b}^(${k.d === 1n ? k.n : `${k.n}/${k.d}`})`));
  if (f.length === 0) return r;
  return c.r.n === 1n && c.r.d === 1n ? f.join('*') : `${r}*${f.join('*')}`;
}

/**
 * An enclosure of the constant.
 *
 * @example
 * ```ts
 * formatInterval(encloseConst(intervalContext(10), CPI)); // '[3.141592652, 3.141592656]'
 * ```
 */
export function encloseConst(ctx: IntervalContext, c: Const): Interval {
  const key = `${ctx.precision}|${c.r.n}/${c.r.d}|${formKey(c)}`;
  const hit = constCache.get(key);
  if (hit) return hit;
  const out = encloseConstUncached(ctx, c);
  if (constCache.size > 4096) constCache.clear();
  constCache.set(key, out);
  return out;
}

const constCache = new Map<string, Interval>();

function encloseConstUncached(ctx: IntervalContext, c: Const): Interval {
  let out = div(ctx, point(new Decimal(c.r.n.toString())), point(new Decimal(c.r.d.toString())));
  for (const [b, k] of c.f) {
    const base = b === 'pi' ? piInterval(ctx) : b === 'e' ? eInterval(ctx) : point(b);
    const power = Q.isInt(k)
      ? powInt(ctx, base, k.n)
      : applyFunction(ctx, 'exp', [mul(ctx, div(ctx, point(new Decimal(k.n.toString())), point(new Decimal(k.d.toString()))), applyFunction(ctx, 'log', [base]))]);
    out = mul(ctx, out, power);
  }
  return out;
}

/**
 * A decimal string as a constant.
 *
 * @example
 * ```ts
 * formatConst(constFromDecimal('0.5')!); // '1/2'
 * ```
 */
export function constFromDecimal(text: string): Const | undefined {
  const r = parseRational(text);
  return r ? constOf(r) : undefined;
}
