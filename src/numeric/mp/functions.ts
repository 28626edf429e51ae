/**
 * The real functions of gradproof's expressions on the BigInt engine, with the domains,
 * conventions and error messages of the decimal.js functions (`numeric/elementary.ts`):
 * same names, same `DomainError` reasons, same `acot 0 = π/2`, same |x| < 1e4000 limit
 * for the trigonometric functions. Each function returns its value at a working
 * precision with a bound on its absolute error ({@link Approx}); identities are arranged
 * so that no subtraction cancels (as in elementary.ts).
 *
 * @module
 */
import { DomainError, InputError } from '../../errors.js';
import { type Approx, EXACT, EXACT_ONE, EXACT_ZERO, errSum, exact } from './approx.js';
import { ln10Fixed, piFixed } from './constants.js';
import type { Rational } from './convert.js';
import { erfApprox, erfcApprox } from './erf.js';
import { expApprox } from './exp.js';
import { absF, add, type BigFloat, cbrt, cmp, fromFixed, fromInt, mul, neg, ONE, shift, sqrt, sub, top } from './float.js';
import { lnApprox } from './log.js';
import { aAdd, aDiv, aMul, aSqrt, aSub, bottom, ulpOf } from './ops.js';
import { atanApprox, sinCosApprox } from './trig.js';

/**
 * One argument of a function: its value, and what the compiler knows exactly about it
 * (its value as a short rational `q`, its square as a short rational `sq`). Functions
 * whose series take a short argument use them (exp, erf, erfc).
 *
 * @example
 * ```ts
 * const arg: MpArg = { v: fromInt(2), q: { num: 2n, den: 1n } };
 * ```
 */
export interface MpArg {
  readonly v: BigFloat;
  readonly q?: Rational;
  readonly sq?: Rational;
}

/**
 * A real function on the BigInt engine.
 *
 * @example
 * ```ts
 * const log = MP_FUNCTIONS.log!;
 * log.domain; // 'x > 0'
 * log.approx([{ v: fromInt(2) }], 100).v; // ln 2 to ~100 bits
 * ```
 */
export interface MpFunction {
  readonly name: string;
  /** Number of arguments; 'variadic' means one or more (min, max). */
  readonly arity: number | 'variadic';
  /** Human-readable real domain, e.g. 'x > 0'. */
  readonly domain: string;
  /**
   * The value at the arguments (taken as exact), to a relative precision of about `wp`
   * bits, with a bound on its absolute error. Throws `DomainError` outside the domain
   * (the reason names the function, e.g. `'log(x) needs x > 0'`), `InputError` for a
   * wrong number of arguments, and `ExponentRange` when the result leaves the
   * engine's exponent range.
   */
  approx(args: readonly MpArg[], wp: number): Approx;
}

type Impl = (x: BigFloat, wp: number, arg: MpArg) => Approx;

const pi = (p: number): Approx => ({ v: fromFixed(piFixed(p), p), err: 2 - p });
const halfPi = (p: number): Approx => ({ v: fromFixed(piFixed(p), p + 1), err: 1 - p });
const ex = (x: BigFloat): Approx => exact(x);
const negA = (a: Approx): Approx => ({ v: neg(a.v), err: a.err });
const half = (a: Approx): Approx => ({ v: shift(a.v, -1), err: a.err - 1 });
const twice = (a: Approx): Approx => ({ v: shift(a.v, 1), err: a.err + 1 });

/**
 * f(u) for a function whose kernel expects an exact argument, when u is only known with
 * an error: |f(u) − f(û)| ≤ slope · |Δu| with `slope` (log2) a bound on |f′| near û.
 */
function through(f: (x: BigFloat) => Approx, u: Approx, slope: number): Approx {
  const r = f(u.v);
  return u.err === EXACT ? r : { v: r.v, err: errSum(r.err, u.err + slope) };
}

function checkArgs(name: string, arity: number | 'variadic', args: readonly MpArg[]): void {
  if (arity === 'variadic') {
    if (args.length < 1) throw new InputError(`${name} takes at least one argument, got none`);
  } else if (args.length !== arity) {
    throw new InputError(`${name} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`);
  }
}

function unary(name: string, domain: string, ok: ((x: BigFloat) => boolean) | undefined, impl: Impl, reason = `${name}(x) needs ${domain}`): MpFunction {
  return Object.freeze({
    name,
    arity: 1,
    domain,
    approx(args: readonly MpArg[], wp: number): Approx {
      checkArgs(name, 1, args);
      const arg = args[0]!;
      if (ok !== undefined && !ok(arg.v)) throw new DomainError(reason);
      return impl(arg.v, wp, arg);
    },
  });
}

function extremum(name: 'min' | 'max'): MpFunction {
  return Object.freeze({
    name,
    arity: 'variadic' as const,
    domain: 'all reals',
    approx(args: readonly MpArg[]): Approx {
      checkArgs(name, 'variadic', args);
      let best = args[0]!.v;
      for (const a of args) if (name === 'min' ? cmp(a.v, best) < 0 : cmp(a.v, best) > 0) best = a.v;
      return exact(best);
    },
  });
}

/** f(|x|) with the sign of x (odd functions). */
function odd(f: Impl): Impl {
  return (x, wp, arg) => {
    const a = absF(x);
    const q = arg.q && arg.q.num < 0n ? { num: -arg.q.num, den: arg.q.den } : arg.q;
    const r = f(a, wp, { v: a, q, sq: arg.sq });
    return x.man < 0n ? negA(r) : r;
  };
}

const isPositive = (x: BigFloat): boolean => x.man > 0n;
const isNonZero = (x: BigFloat): boolean => x.man !== 0n;
const absAtMostOne = (x: BigFloat): boolean => cmp(absF(x), ONE) <= 0;
const absAtLeastOne = (x: BigFloat): boolean => cmp(absF(x), ONE) >= 0;

/** e^x − 1 keeping relative precision near 0. */
export function expm1Approx(x: BigFloat, wp: number, q?: Rational): Approx {
  if (x.man === 0n) return EXACT_ZERO;
  const m = top(x);
  if (m < -wp / 2 - 4) {
    // e^x − 1 = x + x²/2 + θx³/4 with |θ| ≤ 1 for |x| ≤ 1
    const v = add(x, shift(mul(x, x), -1), wp + 4);
    return { v, err: errSum(3 * m - 2, top(v) - wp - 4) };
  }
  const E = expApprox(x, wp + 4 + Math.max(0, -m), q);
  return { v: sub(E.v, ONE), err: E.err };
}

/** ln(1 + u) for an approximate u > −1/2, keeping relative precision near 0. */
function ln1pApprox(u: Approx, wp: number): Approx {
  if (u.v.man === 0n && u.err === EXACT) return EXACT_ZERO;
  const m = top(u.v);
  // |d ln(1 + u)/du| = 1/(1 + u) ≤ 2 for u ≥ −1/2 (and |Δu| small)
  if (m < -wp - 4) return { v: u.v, err: errSum(2 * m, u.err + 1) };
  const r = lnApprox(add(ONE, u.v), wp);
  return { v: r.v, err: errSum(r.err, u.err + 1) };
}

/** sinh |x|. */
function sinhAbs(a: BigFloat, wp: number, arg?: MpArg): Approx {
  if (a.man === 0n) return EXACT_ZERO;
  const p = wp + 6;
  if (cmp(a, ONE) < 0) {
    // sinh a = m(m + 2)/(2(m + 1)) with m = e^a − 1
    const m = expm1Approx(a, p, arg?.q);
    return half(aDiv(aMul(m, aAdd(m, ex(fromInt(2)), p), p), aAdd(m, EXACT_ONE, p), p));
  }
  const E = expApprox(a, p, arg?.q);
  return half(aSub(E, aDiv(EXACT_ONE, E, p), p));
}

/** tanh |x|. */
function tanhAbs(a: BigFloat, wp: number): Approx {
  if (a.man === 0n) return EXACT_ZERO;
  // 1 − tanh a < 2e^(−2a) < 2^(−wp−4)
  if (bottom(a) > 0 && lowerBound(a) > ((wp + 6) * Math.LN2) / 2) return { v: ONE, err: -wp - 4 };
  const p = wp + 6;
  // tanh a = −m/(m + 2) with m = e^(−2a) − 1 ∈ (−1, 0)
  const m = expm1Approx(neg(shift(a, 1)), p);
  return negA(aDiv(m, aAdd(m, ex(fromInt(2)), p), p));
}

/** asinh |x|. */
function asinhAbs(a: BigFloat, wp: number): Approx {
  if (a.man === 0n) return EXACT_ZERO;
  const p = wp + 6;
  // asinh a = ln(2a) + θ/(4a²): the correction is below 2^(−wp−4)
  if (bottom(a) > wp / 2 + 4) return lnApprox(shift(a, 1), p);
  // asinh a = ln1p(a + a²/(√(a² + 1) + 1))
  const A = ex(a);
  const a2 = aMul(A, A, p);
  const u = aAdd(A, aDiv(a2, aAdd(aSqrt(aAdd(a2, EXACT_ONE, p), p), EXACT_ONE, p), p), p);
  return ln1pApprox(u, p);
}

/** A power of two ≤ |x| (a double, for thresholds only). */
function lowerBound(x: BigFloat): number {
  const b = bottom(x);
  return b > 1000 ? Number.POSITIVE_INFINITY : 2 ** b;
}

/**
 * atan of an approximate argument: |atan′| ≤ 1, and ≤ 4/t² on [t/2, 3t/2] for t ≥ 1
 * (asin and acos near ±1 pass large t).
 */
function atanOf(u: Approx, p: number): Approx {
  const b = bottom(u.v);
  const slope = b >= 0 && u.err < b - 1 ? 2 - 2 * b : 0;
  return through((x) => atanApprox(x, p), u, slope);
}

/** The real functions, keyed by name. */
const table: Record<string, MpFunction> = {
  sqrt: unary(
    'sqrt',
    'x ≥ 0',
    (x) => x.man >= 0n,
    (x, wp) => {
      const v = sqrt(x, wp);
      // an exact root is short (√4 = 2): checked only then
      const exactRoot = 2 * v.bits <= x.bits + 2 && cmp(mul(v, v), x) === 0;
      return { v, err: exactRoot ? EXACT : ulpOf(v, wp) };
    },
  ),
  cbrt: unary('cbrt', 'all reals', undefined, (x, wp) => {
    const v = cbrt(x, wp);
    const exactRoot = 3 * v.bits <= x.bits + 3 && cmp(mul(mul(v, v), v), x) === 0;
    return { v, err: exactRoot ? EXACT : ulpOf(v, wp) };
  }),
  exp: unary('exp', 'all reals', undefined, (x, wp, arg) => expApprox(x, wp, arg.q)),
  log: unary('log', 'x > 0', isPositive, (x, wp) => lnApprox(x, wp)),
  log10: unary('log10', 'x > 0', isPositive, (x, wp, arg) => {
    const k = powerOfTen(x, arg.q);
    if (k !== undefined) return { v: fromInt(k), err: EXACT, fromExact: arg.q !== undefined };
    const p = wp + 6;
    const L = { v: fromFixed(ln10Fixed(p), p), err: 2 - p };
    return aDiv(lnApprox(x, p), L, p);
  }),
  abs: unary('abs', 'all reals', undefined, (x) => exact(absF(x))),
  sign: unary('sign', 'all reals', undefined, (x) => exact(fromInt(x.man === 0n ? 0 : x.man < 0n ? -1 : 1))),
  min: extremum('min'),
  max: extremum('max'),

  sin: unary('sin', 'all reals', undefined, (x, wp) => sinCosApprox(x, wp, 'sin').sin),
  cos: unary('cos', 'all reals', undefined, (x, wp) => sinCosApprox(x, wp, 'cos').cos),
  tan: unary('tan', 'x ≠ π/2 + kπ', undefined, (x, wp) => {
    const { sin, cos } = sinCosApprox(x, wp + 4, 'tan');
    if (cos.v.man === 0n) throw new DomainError('tan(x) needs cos(x) ≠ 0');
    return aDiv(sin, cos, wp + 4);
  }),
  sec: unary('sec', 'x ≠ π/2 + kπ', undefined, (x, wp) => {
    const { cos } = sinCosApprox(x, wp + 4, 'sec');
    if (cos.v.man === 0n) throw new DomainError('sec(x) needs cos(x) ≠ 0');
    return aDiv(EXACT_ONE, cos, wp + 4);
  }),
  csc: unary('csc', 'x ≠ kπ', isNonZero, (x, wp) => aDiv(EXACT_ONE, sinCosApprox(x, wp + 4, 'csc').sin, wp + 4), 'csc(x) needs sin(x) ≠ 0 (x ≠ kπ)'),
  cot: unary(
    'cot',
    'x ≠ kπ',
    isNonZero,
    (x, wp) => {
      const { sin, cos } = sinCosApprox(x, wp + 4, 'cot');
      return aDiv(cos, sin, wp + 4);
    },
    'cot(x) needs sin(x) ≠ 0 (x ≠ kπ)',
  ),

  asin: unary(
    'asin',
    '|x| ≤ 1',
    absAtMostOne,
    odd((a, wp) => {
      if (a.man === 0n) return EXACT_ZERO;
      const p = wp + 6;
      if (cmp(a, ONE) === 0) return halfPi(p);
      // asin a = atan(a/√((1 − a)(1 + a))), 1 ± a exact
      const d = ex(mulExact(sub(ONE, a), add(ONE, a)));
      return atanOf(aDiv(ex(a), aSqrt(d, p), p), p);
    }),
  ),
  acos: unary('acos', '|x| ≤ 1', absAtMostOne, (x, wp) => {
    const p = wp + 6;
    if (cmp(x, fromInt(-1)) === 0) return pi(p);
    // acos x = 2·atan(√((1 − x)/(1 + x)))
    const t = aDiv(ex(sub(ONE, x)), ex(add(ONE, x)), p);
    return twice(atanOf(aSqrt(t, p), p));
  }),
  atan: unary('atan', 'all reals', undefined, (x, wp) => atanApprox(x, wp)),
  asec: unary('asec', '|x| ≥ 1', absAtLeastOne, (x, wp) => {
    const p = wp + 6;
    if (cmp(x, fromInt(-1)) === 0) return pi(p);
    // asec x = acos(1/x) = 2·atan(√((x − 1)/(x + 1)))
    const t = aDiv(ex(sub(x, ONE)), ex(add(x, ONE)), p);
    return twice(atanOf(aSqrt(t, p), p));
  }),
  acsc: unary(
    'acsc',
    '|x| ≥ 1',
    absAtLeastOne,
    odd((a, wp) => {
      const p = wp + 6;
      if (cmp(a, ONE) === 0) return halfPi(p);
      // acsc a = asin(1/a) = atan(1/√((a − 1)(a + 1)))
      const s = aSqrt(ex(mulExact(sub(a, ONE), add(a, ONE))), p);
      return atanOf(aDiv(EXACT_ONE, s, p), p);
    }),
  ),
  acot: unary('acot', 'all reals', undefined, (x, wp) => {
    const p = wp + 6;
    // convention: acot x = atan(1/x) ∈ (−π/2, π/2] for x ≠ 0, acot 0 = π/2
    if (x.man === 0n) return halfPi(p);
    if (cmp(absF(x), ONE) >= 0) return atanOf(aDiv(EXACT_ONE, ex(x), p), p);
    // |x| < 1: sign(x)·π/2 − atan x, where |atan x| < π/4 (no cancellation)
    const hp = halfPi(p);
    return aSub(x.man < 0n ? negA(hp) : hp, atanApprox(x, p), p);
  }),

  sinh: unary('sinh', 'all reals', undefined, odd(sinhAbs)),
  cosh: unary('cosh', 'all reals', undefined, (x, wp, arg) => {
    const p = wp + 6;
    const E = expApprox(absF(x), p, arg.q && { num: arg.q.num < 0n ? -arg.q.num : arg.q.num, den: arg.q.den });
    return half(aAdd(E, aDiv(EXACT_ONE, E, p), p));
  }),
  tanh: unary('tanh', 'all reals', undefined, odd(tanhAbs)),
  sech: unary('sech', 'all reals', undefined, (x, wp) => {
    const p = wp + 6;
    // sech x = 2e/(1 + e²) with e = e^(−|x|)
    const e = expApprox(neg(absF(x)), p);
    return twice(aDiv(e, aAdd(EXACT_ONE, aMul(e, e, p), p), p));
  }),
  csch: unary(
    'csch',
    'x ≠ 0',
    isNonZero,
    odd((a, wp) => {
      const p = wp + 6;
      if (cmp(a, ONE) < 0) return aDiv(EXACT_ONE, sinhAbs(a, p), p);
      // csch a = 2e/(1 − e²) with e = e^(−a) ≤ 1/e
      const e = expApprox(neg(a), p);
      return twice(aDiv(e, aSub(EXACT_ONE, aMul(e, e, p), p), p));
    }),
  ),
  coth: unary(
    'coth',
    'x ≠ 0',
    isNonZero,
    odd((a, wp) => aDiv(EXACT_ONE, tanhAbs(a, wp + 6), wp + 6)),
  ),
  asinh: unary('asinh', 'all reals', undefined, odd(asinhAbs)),
  acosh: unary('acosh', 'x ≥ 1', (x) => cmp(x, ONE) >= 0, (x, wp) => {
    if (cmp(x, ONE) === 0) return EXACT_ZERO;
    const p = wp + 6;
    // acosh x = ln(2x) − θ/(4x²)
    if (bottom(x) > wp / 2 + 4) return lnApprox(shift(x, 1), p);
    // acosh x = ln1p(d + √(d(x + 1))) with d = x − 1 (exact)
    const d = sub(x, ONE);
    return ln1pApprox(aAdd(ex(d), aSqrt(ex(mulExact(d, add(x, ONE))), p), p), p);
  }),
  atanh: unary(
    'atanh',
    '|x| < 1',
    (x) => cmp(absF(x), ONE) < 0,
    odd((a, wp) => {
      if (a.man === 0n) return EXACT_ZERO;
      const p = wp + 6;
      // atanh a = ½·ln1p(2a/(1 − a))
      return half(ln1pApprox(aDiv(ex(shift(a, 1)), ex(sub(ONE, a)), p), p));
    }),
  ),
  asech: unary(
    'asech',
    '0 < x ≤ 1',
    (x) => x.man > 0n && cmp(x, ONE) <= 0,
    (x, wp) => {
      if (cmp(x, ONE) === 0) return EXACT_ZERO;
      const p = wp + 6;
      // asech x = ln1p((d + √(d(1 + x)))/x) with d = 1 − x (exact)
      const d = sub(ONE, x);
      const s = aSqrt(ex(mulExact(d, add(ONE, x))), p);
      return ln1pApprox(aDiv(aAdd(ex(d), s, p), ex(x), p), p);
    },
  ),
  acsch: unary(
    'acsch',
    'x ≠ 0',
    isNonZero,
    // asinh is well conditioned in the relative sense: |asinh′(u)·u/asinh u| ≤ 1
    odd((a, wp) => {
      const p = wp + 6;
      const u = aDiv(EXACT_ONE, ex(a), p + 4);
      const r = asinhAbs(u.v, p);
      return { v: r.v, err: errSum(r.err, u.err - bottom(u.v) + top(r.v) + 1) };
    }),
  ),
  acoth: unary(
    'acoth',
    '|x| > 1',
    (x) => cmp(absF(x), ONE) > 0,
    odd((a, wp) => {
      const p = wp + 6;
      // acoth a = ½·ln1p(2/(a − 1)), a − 1 exact
      return half(ln1pApprox(aDiv(ex(fromInt(2)), ex(sub(a, ONE)), p), p));
    }),
  ),
  erf: unary('erf', 'all reals', undefined, (x, wp, arg) => erfApprox(x, wp, arg.sq ?? square(arg.q))),
  erfc: unary('erfc', 'all reals', undefined, (x, wp, arg) => erfcApprox(x, wp, arg.sq ?? square(arg.q))),
};

/** The exact product of two floats. */
const mulExact = (a: BigFloat, b: BigFloat): BigFloat => mul(a, b);

function square(q: Rational | undefined): Rational | undefined {
  return q && { num: q.num * q.num, den: q.den * q.den };
}

/** k when x is exactly 10^k (from the exact rational when known). */
function powerOfTen(x: BigFloat, q: Rational | undefined): number | undefined {
  if (q !== undefined) {
    if (q.num <= 0n) return undefined;
    let n = q.num;
    let d = q.den;
    let k = 0;
    while (n % 10n === 0n) {
      n /= 10n;
      k++;
    }
    while (d % 10n === 0n) {
      d /= 10n;
      k--;
    }
    return n === 1n && d === 1n ? k : undefined;
  }
  // a float is an integer power of ten 10^k (k ≥ 0) when its mantissa is 5^k and exponent k
  if (x.exp < 0 || x.man <= 0n) return undefined;
  let m = x.man;
  let k = 0;
  while (m % 5n === 0n) {
    m /= 5n;
    k++;
  }
  return m === 1n && k === x.exp ? k : undefined;
}

/**
 * The real functions of the BigInt engine, keyed by name: `sqrt cbrt exp log log10 abs
 * sign min max sin cos tan sec csc cot asin acos atan asec acsc acot sinh cosh tanh sech
 * csch coth asinh acosh atanh asech acsch acoth erf erfc` (the list of
 * `symbolic/functions.ts`). Conventions as in `REAL_FUNCTIONS` (numeric/elementary.ts).
 *
 * @example
 * ```ts
 * MP_FUNCTIONS.erf!.approx([{ v: fromInt(1) }], 200).v; // erf 1 to ~200 bits
 * MP_FUNCTIONS.log!.approx([{ v: fromInt(0) }], 200); // throws DomainError('log(x) needs x > 0')
 * ```
 */
export const MP_FUNCTIONS: Readonly<Record<string, MpFunction>> = Object.freeze(table);
