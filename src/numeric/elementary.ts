/**
 * The real elementary and special functions gradproof evaluates, at any decimal
 * precision (tested up to 2000 significant digits).
 *
 * Every function works internally at the caller's precision plus guard digits and
 * rounds exactly once at the end, so results are correct to within one unit in the
 * last place of `D.precision` significant digits. decimal.js's own transcendental
 * functions are not used: its `ln`, `log10`, trigonometric and inverse
 * trigonometric functions refuse precisions above about 1020 digits (they rely on
 * stored constants), and its `exp` is slow at high precision. Instead this module
 * builds everything from a small core:
 *
 * - π by the Chudnovsky series (cached per precision);
 * - square and cube roots by Newton's method with precision doubling;
 * - `expm1` by Taylor series after halving the argument, then the doubling
 *   formula `expm1(2y) = expm1(y)·(expm1(y) + 2)`, and `exp` by squaring (the
 *   series and the doublings in decimal fixed point on BigInt integers, as are the
 *   versine's and erf's series below: ten times faster than decimal.js operations
 *   at full length, and still base-10 code of this module's own);
 * - `ln` and `ln1p` by Halley's iteration on `exp`/`expm1` (no cancellation near 1);
 * - sine and cosine from the versine `1 − cos r` (Taylor series after halving,
 *   doubling formula `v(2a) = 2v(2 − v)`) after an argument reduction by π/2 that
 *   retries with more digits whenever the reduced argument loses digits;
 * - `atan` by Taylor series after repeated use of
 *   `atan y = 2·atan(y / (1 + √(1 + y²)))`;
 * - `erf` by the all-positive series
 *   `erf x = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))` and `erfc` by the
 *   continued fraction
 *   `erfc x = 2x e^(−x²)/√π / (2x²+1 − 1·2/(2x²+5 − 3·4/(2x²+9 − …)))` for large
 *   `x` (evaluated by the division-free forward recurrence for its convergents),
 *   otherwise as `1 − erf x` computed with enough extra digits to survive the
 *   subtraction; a cost estimate picks the cheaper of the two.
 *
 * Every other function is an identity over this core, arranged so that no
 * subtraction cancels (for example `asech x = ln1p((1 − x + √((1 − x)(1 + x)))/x)`
 * rather than `acosh(1/x)`).
 *
 * @example
 * ```ts
 * import { Decimal } from 'decimal.js';
 * import { REAL_FUNCTIONS } from './elementary.js';
 * const D = Decimal.clone({ precision: 50 });
 * REAL_FUNCTIONS.erf!.apply(D, [new D(1)]).toString();
 * // '0.8427007929497148693412206350826092592960669979663'
 * ```
 * @module
 */

import { Decimal } from 'decimal.js';
import { DomainError, InputError } from '../errors.js';

/**
 * A decimal.js constructor (the class itself or a clone made with `Decimal.clone`),
 * whose `precision` is the working precision in significant digits.
 *
 * @example
 * ```ts
 * import { Decimal } from 'decimal.js';
 * const D: DecimalCtor = Decimal.clone({ precision: 60 });
 * ```
 */
export type DecimalCtor = typeof Decimal;

/**
 * A real function of one or more real arguments, evaluated at arbitrary precision.
 *
 * @example
 * ```ts
 * import { Decimal } from 'decimal.js';
 * const D = Decimal.clone({ precision: 30 });
 * const log = REAL_FUNCTIONS.log!;
 * log.domain;                         // 'x > 0'
 * log.apply(D, [new D(2)]).toString(); // '0.693147180559945309417232121458'
 * ```
 */
export interface RealFunction {
  readonly name: string;
  /** number of arguments; 'variadic' means one or more (min, max) */
  readonly arity: number | 'variadic';
  /** human-readable real domain, e.g. 'x > 0', '|x| ≤ 1', 'all reals' */
  readonly domain: string;
  /**
   * Evaluate at `D.precision` significant digits (`D` is a Decimal clone whose
   * precision is the working precision). Throws `DomainError(reason)` outside the
   * real domain (the reason names the function and the violated condition, e.g.
   * `'log(x) needs x > 0'`) and when the result overflows the decimal exponent
   * range. Never returns NaN or ±Infinity (a result below the smallest
   * representable magnitude underflows to 0). Throws `InputError` for a wrong
   * number of arguments.
   */
  apply(D: DecimalCtor, args: readonly Decimal[], hint?: ArgumentHint): Decimal;
}

/**
 * What a caller knows exactly about a function's argument. erf and erfc use `square`,
 * the exact x² (GELU's erf(z/√2) has x² = z²/2, a short decimal when z is): their series
 * and continued fraction then multiply by a short number instead of a full-length 2x².
 * The value returned is erf (erfc) at x; `square` must be x² of the true argument, of
 * which x is the rounded value.
 *
 * @example
 * ```ts
 * import { Decimal } from 'decimal.js';
 * const D = Decimal.clone({ precision: 50 });
 * const x = new D(0.7).div(new D(2).sqrt()); // z/√2 at z = 0.7
 * REAL_FUNCTIONS.erf!.apply(D, [x], { square: new Decimal('0.245') });
 * ```
 */
export interface ArgumentHint {
  readonly square?: Decimal;
}

// ---------------------------------------------------------------------------
// Working precision
// ---------------------------------------------------------------------------

/** Guard digits added to the caller's precision before any computation. */
const GUARD = 20;

const ctorCache = new Map<number, DecimalCtor>();

/** A decimal.js constructor with default settings, `precision` q and half-even rounding. */
function W(q: number): DecimalCtor {
  let C = ctorCache.get(q);
  if (C === undefined) {
    if (ctorCache.size > 512) ctorCache.clear();
    C = Decimal.clone({
      defaults: true,
      precision: q,
      rounding: Decimal.ROUND_HALF_EVEN,
    });
    ctorCache.set(q, C);
  }
  return C;
}

/** `x = m · 10^e` with `1 ≤ m < 10` as JS numbers (for seeding iterations). */
function split(x: Decimal): [number, number] {
  const s = x.abs().toSignificantDigits(17).toExponential();
  const i = s.indexOf('e');
  return [Number(s.slice(0, i)), Number(s.slice(i + 1))];
}

/**
 * Precisions for an iteration that multiplies the number of correct digits by
 * `factor` per step, ending at `q`; the first entry is at most `first`.
 */
function schedule(q: number, factor: number, first: number): number[] {
  const out = [q];
  let p = q;
  while (p > first) {
    p = Math.ceil(p / factor) + 4;
    if (p >= out[out.length - 1]!) break;
    out.push(p);
  }
  return out.reverse();
}

/** True when |t| < |s| · 10^(−q) (t is negligible next to s at q digits). */
function negligible(t: Decimal, s: Decimal, q: number): boolean {
  return t.isZero() || (!s.isZero() && t.e < s.e - q - 1);
}

// ---------------------------------------------------------------------------
// Core: roots, exp, ln, π
// ---------------------------------------------------------------------------

/** √a for a ≥ 0, to q digits (Newton with precision doubling). */
function sqrtW(a: Decimal, q: number): Decimal {
  if (a.isZero()) return new (W(q))(0);
  let [m, e] = split(a);
  if (e % 2 !== 0) {
    m *= 10;
    e -= 1;
  }
  let y = new (W(q))(`${Math.sqrt(m)}e${e / 2}`);
  for (const p of schedule(q, 2, 28)) {
    const C = W(p);
    y = new C(y);
    y = y.plus(new C(a).div(y)).times(0.5);
  }
  return y;
}

/** ∛a for any real a, to q digits (Newton with precision doubling). */
function cbrtW(a: Decimal, q: number): Decimal {
  if (a.isZero()) return new (W(q))(0);
  const abs = a.abs();
  let [m, e] = split(abs);
  const r = ((e % 3) + 3) % 3;
  m *= 10 ** r;
  e -= r;
  let y = new (W(q))(`${Math.cbrt(m)}e${e / 3}`);
  for (const p of schedule(q, 2, 28)) {
    const C = W(p);
    y = new C(y);
    // y ← (2y + a/y²)/3
    y = y
      .times(2)
      .plus(new C(abs).div(y.times(y)))
      .div(3);
  }
  return a.isNeg() ? y.neg() : y;
}

/** x·10^P rounded half-even to an integer (x's exact digits, whatever its context's precision). */
function scaled(x: Decimal, P: number): bigint {
  return BigInt(x.toFixed(P, Decimal.ROUND_HALF_EVEN).replace('.', ''));
}

/**
 * eˣ − 1 for |x| < 1 (and 0 < x < 100, for expW), relative error ~10^(−q) (~10^(−q + x.e + 1)
 * above 1, where each of the last doublings may double the relative error: expW's guard
 * digits cover them, as they covered its squarings): Taylor series of r = x/2ᵏ, then k doublings
 * `expm1(2y) = expm1(y)·(expm1(y) + 2)`. The arithmetic is decimal fixed point on BigInt
 * (integers counting units of 10^(−P), truncating division): each series term and each
 * doubling costs one integer product and one integer division instead of two decimal.js
 * operations at full length, ten times slower. With P chosen so that r keeps qq + 4
 * significant digits, each truncation is below 10^(−qq−4) relative to r; the doublings keep
 * that relative error (they grow m and its error alike, by at most e^1.72 in all), so the
 * T + 2k + 2 truncations stay below 10^(−qq) of the result.
 */
function expm1Small(x: Decimal, q: number): Decimal {
  if (x.isZero()) return new (W(q))(0);
  const k = Math.max(
    0,
    Math.ceil(1.6 * Math.sqrt(q)) + Math.ceil((x.e + 1) * 3.33),
  );
  const qq = q + 3 + Math.ceil(Math.log10(k + 1));
  // eˣ − 1 = x(1 + x/2 + x²/6 + …): below 10^(−qq), x²/6 is beyond the digits asked for
  // (and a fixed point of 10^(−P) for such an x would be needlessly long)
  if (x.e < -qq) {
    const C = W(qq);
    return new C(x).times(new C(x).div(2).plus(1));
  }
  // |x| ≥ 10^x.e, so |r| ≥ 10^(x.e − 0.302k) keeps P + x.e − ⌈0.302k⌉ ≥ qq + 4 digits
  const P = qq + 4 - x.e + Math.ceil(0.302 * k);
  const S = 10n ** BigInt(P);
  const r = scaled(x, P) / (1n << BigInt(k));
  let term = r;
  let sum = r;
  for (let n = 2n; ; n++) {
    term = (term * r) / (S * n);
    if (term === 0n) break;
    sum += term;
  }
  let m = sum;
  const two = 2n * S;
  for (let i = 0; i < k; i++) m = (m * (m + two)) / S;
  return new (W(qq))(`${m}e-${P}`);
}

/** Above this |x|, eˣ leaves decimal.js's exponent range (±9e15). */
const EXP_LIMIT = 2.1e16;

/** eˣ to q digits; +Infinity on overflow, 0 on underflow. */
function expW(x: Decimal, q: number): Decimal {
  const C = W(q);
  if (x.isZero()) return new C(1);
  if (x.gt(EXP_LIMIT)) return new C(Number.POSITIVE_INFINITY);
  if (x.lt(-EXP_LIMIT)) return new C(0);
  if (x.isNeg()) return new C(1).div(expW(x.neg(), q + 2));
  const j = Math.max(0, Math.ceil((x.e + 1) * 3.33));
  const qq = q + Math.max(0, x.e + 1) + 4 + Math.ceil(Math.log10(j + 1));
  const Cq = W(qq);
  // below 100, the j squarings of E = 1 + m are j more doublings of m, in expm1Small's fixed point
  if (x.e <= 1) return new Cq(expm1Small(x, qq)).plus(1);
  const y = new Cq(x).div(new Cq(2).pow(j));
  let E = new Cq(expm1Small(y, qq)).plus(1);
  for (let i = 0; i < j; i++) E = E.times(E);
  return E;
}

/** eˣ − 1 to q digits (relative), for any x below the overflow limit. */
function expm1W(x: Decimal, q: number): Decimal {
  if (x.abs().lt(1)) return expm1Small(x, q);
  const C = W(q + 2);
  return new C(expW(x, q + 2)).minus(1);
}

/** ln(1 + u) for |u| < 0.5, relative error ~10^(−q) (Halley on expm1). */
function ln1pSmall(u: Decimal, q: number): Decimal {
  if (u.isZero()) return new (W(q))(0);
  // ln(1 + u) = u·(1 − u/2 + …): the correction is below 10^(−q).
  if (u.e < -q - 2) return new (W(q))(u);
  let y: Decimal =
    u.e < -300 ? new (W(q))(u) : new (W(q))(Math.log1p(u.toNumber()));
  for (const p of schedule(q + 2, 2.5, 40)) {
    const C = W(p);
    const U = new C(u);
    y = new C(y);
    const m = new C(expm1W(y, p));
    // y ← y + 2(x − eʸ)/(x + eʸ) with x − eʸ = u − m, x + eʸ = u + m + 2.
    y = y.plus(U.minus(m).times(2).div(U.plus(m).plus(2)));
  }
  return y;
}

/** ln x for x > 0, relative error ~10^(−q). */
function lnW(x: Decimal, q: number): Decimal {
  if (x.eq(1)) return new (W(q))(0);
  const u = new (W(q + 8))(x).minus(1);
  if (u.abs().lt(0.5)) return ln1pSmall(u, q);
  const [m, e] = split(x);
  const seed = Math.log(m) + e * Math.LN10;
  let y: Decimal = new (W(q))(seed);
  const extra = Math.max(0, Math.ceil(Math.log10(Math.abs(seed))));
  for (const p of schedule(q + 2 + extra, 2.5, 40)) {
    const C = W(p);
    const X = new C(x);
    y = new C(y);
    const E = new C(expW(y, p));
    y = y.plus(X.minus(E).times(2).div(X.plus(E)));
  }
  return y;
}

/** ln(1 + u) for u > −0.5, relative error ~10^(−q). */
function ln1pW(u: Decimal, q: number): Decimal {
  if (u.abs().lt(0.5)) return ln1pSmall(u, q);
  return lnW(new (W(q + 5))(u).plus(1), q);
}

const lnCache = new Map<string, Decimal>();

/** ln 10 to q digits (cached). */
function ln10W(q: number): Decimal {
  const key = `ln10:${q}`;
  let v = lnCache.get(key);
  if (v === undefined) {
    if (lnCache.size > 64) lnCache.clear();
    v = lnW(new (W(q))(10), q);
    lnCache.set(key, v);
  }
  return v;
}

const piCache = new Map<number, Decimal>();

/** π to q digits: Chudnovsky series, cached per precision. */
function piW(q: number): Decimal {
  const hit = piCache.get(q);
  if (hit !== undefined) return hit;
  const C = W(q);
  let best: Decimal | undefined;
  let bestP = 0;
  for (const [p, v] of piCache) {
    if (p >= q + 3 && (best === undefined || p < bestP)) {
      best = v;
      bestP = p;
    }
  }
  let pi: Decimal;
  if (best !== undefined) {
    pi = new C(best).toSignificantDigits(q);
  } else {
    const qq = q + 10;
    const Cq = W(qq);
    // π = 426880·√10005 / Σ tₖ(13591409 + 545140134k),
    // tₖ/tₖ₋₁ = −(6k−5)(2k−1)(6k−1) / (k³ · 640320³/24)
    let t = new Cq(1);
    let s = new Cq(13591409);
    for (let k = 1; ; k++) {
      const K = BigInt(k);
      const num = (6n * K - 5n) * (2n * K - 1n) * (6n * K - 1n);
      const den = K * K * K * 10939058860032000n;
      t = t.times(new Cq(num)).div(new Cq(den)).neg();
      const term = t.times(new Cq(13591409n + 545140134n * K));
      s = s.plus(term);
      if (negligible(term, s, qq)) break;
    }
    pi = new C(426880).times(sqrtW(new Cq(10005), qq)).div(s);
  }
  if (piCache.size > 64) piCache.clear();
  piCache.set(q, pi);
  return pi;
}

// ---------------------------------------------------------------------------
// Trigonometric core
// ---------------------------------------------------------------------------

/** sin/cos need |x| < 10^TRIG_MAX_EXP: argument reduction needs π to that many digits. */
const TRIG_MAX_EXP = 4000;

/** x = r + k·π/2 with |r| ≤ π/4 (approximately); r relative error ~10^(−q), quad = k mod 4. */
function reduceHalfPi(
  x: Decimal,
  q: number,
  name: string,
): { r: Decimal; quad: number } {
  if (x.abs().lt(0.78)) return { r: x, quad: 0 };
  if (x.e >= TRIG_MAX_EXP) {
    throw new DomainError(
      `${name}(x) needs |x| < 1e${TRIG_MAX_EXP} (argument reduction limit)`,
    );
  }
  const cap = 10 * (q + x.e + x.sd()) + 1000;
  let p = q + Math.max(0, x.e + 1) + 5;
  for (;;) {
    const C = W(p);
    const X = new C(x);
    const hp = new C(piW(p)).div(2);
    const k = X.div(hp).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN);
    const kh = k.times(hp);
    const r = X.minus(kh);
    // Absolute error of r is about |k·π/2|·10^(−p); we need it below |r|·10^(−q).
    const need = r.isZero() ? 2 * p : q + 2 + kh.e - r.e;
    if (p >= need) {
      const quad = ((Number(k.mod(4).toString()) % 4) + 4) % 4;
      return { r, quad };
    }
    p = Math.max(need + 5, p + 10);
    if (p > cap) {
      throw new DomainError(
        `${name}(x) could not be reduced modulo π/2 accurately`,
      );
    }
  }
}

/**
 * 1 − cos r for |r| ≲ 0.8, relative error ~10^(−q): Taylor series of 1 − cos(r/2ᵏ), then
 * k doublings `v(2a) = 2v(2 − v)`, in decimal fixed point on BigInt as in expm1Small (P
 * makes (r/2ᵏ)²/2 keep qq + 4 digits; a doubling does not grow the relative error for
 * v ≤ 1: its factor is 2(1 − v)/(2 − v)).
 */
function versineW(r: Decimal, q: number): Decimal {
  if (r.isZero()) return new (W(q))(0);
  const k = Math.max(
    0,
    Math.ceil(1.6 * Math.sqrt(q)) + Math.ceil((r.e + 1) * 3.33),
  );
  const qq = q + 3 + Math.ceil(Math.log10(k + 1));
  // |a| ≥ 10^(r.e − ⌈0.302k⌉), so a²/2 ≥ 10^(2r.e − 2⌈0.302k⌉ − 1)
  const P = qq + 5 - 2 * r.e + 2 * Math.ceil(0.302 * k);
  const S = 10n ** BigInt(P);
  const a = scaled(r, P) / (1n << BigInt(k));
  const a2 = (a * a) / S;
  let term = a2 / 2n;
  let sum = term;
  for (let n = 2n; ; n++) {
    term = -(term * a2) / (S * (2n * n - 1n) * (2n * n));
    if (term === 0n) break;
    sum += term;
  }
  let v = sum;
  const two = 2n * S;
  for (let i = 0; i < k; i++) v = (2n * v * (two - v)) / S;
  return new (W(qq))(`${v}e-${P}`);
}

/** sin x and cos x, each with relative error ~10^(−q). */
function sinCosW(
  x: Decimal,
  q: number,
  name: string,
): { s: Decimal; c: Decimal } {
  const C = W(q + 3);
  if (x.isZero()) return { s: new C(0), c: new C(1) };
  // sin x = x(1 − x²/6 + …), cos x = 1 − x²/2 + …: the corrections are below 10^(−q−4).
  if (x.e < -(q + 6) / 2) return { s: new C(x), c: new C(1) };
  const { r, quad } = reduceHalfPi(x, q + 3, name);
  const v = new C(versineW(r, q + 3));
  const cr = new C(1).minus(v);
  let sr = new C(sqrtW(v.times(new C(2).minus(v)), q + 3));
  if (r.isNeg()) sr = sr.neg();
  switch (quad) {
    case 0:
      return { s: sr, c: cr };
    case 1:
      return { s: cr, c: sr.neg() };
    case 2:
      return { s: sr.neg(), c: cr.neg() };
    default:
      return { s: cr.neg(), c: sr };
  }
}

/** atan a for 0 < a < 1, relative error ~10^(−q). */
function atanSmall(a: Decimal, q: number): Decimal {
  const k = Math.max(
    0,
    Math.ceil(0.7 * Math.sqrt(q)) + Math.ceil((a.e + 1) * 3.33),
  );
  const qq = q + 3 + Math.ceil(Math.log10(2 * k + 1));
  const C = W(qq);
  const one = new C(1);
  let y = new C(a);
  // atan y = 2·atan(y / (1 + √(1 + y²)))
  for (let i = 0; i < k; i++) {
    y = y.div(one.plus(sqrtW(one.plus(y.times(y)), qq)));
  }
  const y2 = y.times(y);
  let pw = y;
  let sum = y;
  for (let n = 1; ; n++) {
    pw = pw.times(y2).neg();
    const term = pw.div(2 * n + 1);
    if (negligible(term, sum, qq)) break;
    sum = sum.plus(term);
  }
  return sum.times(new C(2).pow(k));
}

/** atan x for any real x, relative error ~10^(−q). */
function atanW(x: Decimal, q: number): Decimal {
  const C = W(q + 3);
  if (x.isZero()) return new C(0);
  const ax = new C(x).abs();
  let res: Decimal;
  if (ax.eq(1)) {
    res = new C(piW(q + 3)).div(4);
  } else if (ax.gt(1)) {
    // π/2 − atan(1/|x|) ≥ π/4: no cancellation.
    res = new C(piW(q + 3)).div(2).minus(atanSmall(new C(1).div(ax), q + 3));
  } else {
    res = new C(atanSmall(ax, q + 3));
  }
  return x.isNeg() ? res.neg() : res;
}

// ---------------------------------------------------------------------------
// Error function
// ---------------------------------------------------------------------------

const sqrtPiCache = new Map<number, Decimal>();

/** √π to q digits (cached per precision, as π is). */
function sqrtPiW(q: number): Decimal {
  let v = sqrtPiCache.get(q);
  if (v === undefined) {
    if (sqrtPiCache.size > 64) sqrtPiCache.clear();
    v = sqrtW(piW(q), q);
    sqrtPiCache.set(q, v);
  }
  return v;
}

/** log₁₀|y| for a non-zero Decimal, to about 7 significant digits. */
function log10Abs(y: Decimal): number {
  const w0 = y.d[0]!;
  const len = String(w0).length;
  const mant = (w0 + (y.d[1] ?? 0) / 1e7) / 10 ** (len - 1);
  return y.e + Math.log10(mant);
}

/** Number of base-10⁷ words of a number with d significant digits. */
const words = (d: number): number => Math.ceil(d / 7);

/**
 * Series terms erfSeries needs at P digits (x > 0, as a JS number), or Infinity
 * beyond `cap`. Follows log₁₀ of tₙ = tₙ₋₁·2x²/(2n + 1) until past the peak and P
 * digits below the largest term.
 */
function seriesTerms(x: number, P: number, cap: number): number {
  const c = 2 * x * x;
  let lt = Math.log10(x);
  let lmax = lt;
  for (let n = 1; n <= cap; n++) {
    lt += Math.log10(c / (2 * n + 1));
    if (lt > lmax) lmax = lt;
    if (2 * n + 1 > c && lt < lmax - P - 1) return n;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Steps the continued fraction needs for q digits (x > 0), or Infinity beyond
 * `cap`. Empirical model, within ~15% for 2 ≤ x ≤ 100 and 80 ≤ q ≤ 1000: step k
 * gains 2·log₁₀(1 + x/√k) + log₁₀(1 + x²/k) digits.
 */
function cfSteps(x: number, q: number, cap: number): number {
  let digits = 0;
  for (let k = 1; k <= cap; k++) {
    digits +=
      2 * Math.log10(1 + x / Math.sqrt(k)) + Math.log10(1 + (x * x) / k);
    if (digits >= q + 8) return Math.ceil(1.2 * k) + 5;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Whether the continued fraction (to qCf digits) is cheaper than the series (to
 * seriesDigits digits). Costs count digit-operations: a series term multiplies a
 * seriesDigits-digit number by 2x² and divides it by a small integer; a
 * continued-fraction step multiplies two qCf-digit numbers by bₙ = 2x² + 4n + 1 and
 * two by the small integer aₙ.
 */
function preferContinuedFraction(
  x: Decimal,
  seriesDigits: number,
  qCf: number,
  square?: Decimal,
): boolean {
  const xn = x.toNumber();
  if (xn < 2) return false;
  const cDigits = square ? square.sd() + 1 : 2 * x.sd() + 1;
  const termCost = seriesDigits * (words(Math.min(cDigits, seriesDigits)) + 3);
  const stepCost = qCf * (2 * words(Math.min(cDigits + 1, qCf)) + 4);
  const nCf = cfSteps(xn, qCf, 2e5);
  if (!Number.isFinite(nCf)) return false;
  const cfCost = nCf * stepCost;
  const nS = seriesTerms(xn, seriesDigits, Math.ceil(cfCost / termCost) + 1);
  return cfCost < nS * termCost;
}

/**
 * erf x for x > 0 by the all-positive series, relative error ~10^(−q). With the exact
 * square of the argument, each term multiplies by the short 2x² (a few words) instead
 * of a full-length one.
 */
function erfSeries(x: Decimal, q: number, square?: Decimal): Decimal {
  const x2num = x.toNumber() ** 2;
  const qq = q + 3 + Math.ceil(Math.log10(3 * x2num + 3 * q + 10));
  const C = W(qq);
  // with the exact square, x itself is √square at the working precision (the rounded x the
  // caller passed would make the result a mix of erf at two arguments)
  const X = square ? new C(square).sqrt() : new C(x);
  const x2 = square ? new C(square) : X.times(X);
  const c = x2.times(2);
  // Σ (2x²)ⁿ/(1·3·…·(2n+1)) ≥ 1, the series over X, in decimal fixed point on BigInt (as in
  // expm1Small): each term's truncation is below 10^(−qq−4) of the sum, n of them within qq's guard
  const P = qq + 4;
  const S = 10n ** BigInt(P);
  const cf = scaled(c, P);
  let t = S;
  let s = t;
  for (let n = 1n; ; n++) {
    t = (t * cf) / (S * (2n * n + 1n));
    s += t;
    // Stop once the terms decrease (2n + 1 > 2x²) and are below one unit.
    if (2 * Number(n) + 1 > 2 * x2num && t === 0n) break;
  }
  return X.times(`${s}e-${P}`).times(expW(x2.neg(), qq)).times(2).div(sqrtPiW(qq));
}

/**
 * erfc x for x > 0 (x ≥ 2 in practice) by the continued fraction
 * erfc x = 2x·e^(−x²)/√π / f,  f = b₀ − a₁/(b₁ − a₂/(b₂ − …)),
 * aₙ = (2n−1)(2n), bₙ = 2x² + 4n + 1, relative error ~10^(−q).
 *
 * The convergents Aₙ/Bₙ come from the forward (Wallis) recurrence, which needs
 * no division and only multiplications by bₙ and aₙ (short when x is). It stops
 * when the estimated remaining change is below 10^(−q): successive convergents
 * differ by ∏aₖ/(BₙBₙ₋₁), and the tail of these differences is bounded
 * geometrically from their ratio.
 */
function erfcContinuedFraction(x: Decimal, q: number, square?: Decimal): Decimal {
  const xn = x.toNumber();
  const est = cfSteps(xn, q, 1e7);
  const qq = q + 6 + Math.ceil(Math.log10(Math.min(est, 1e7) + 10));
  const C = W(qq);
  const X = square ? new C(square).sqrt() : new C(x);
  const x2 = square ? new C(square) : X.times(X);
  const z = x2.times(2);
  let Ap = new C(1);
  let A = z.plus(1);
  let Bp = new C(0);
  let B = new C(1);
  let logProd = 0;
  let prevL = Number.POSITIVE_INFINITY;
  for (let n = 1; ; n++) {
    const an = (2 * n - 1) * (2 * n);
    const bn = z.plus(4 * n + 1);
    const An = bn.times(A).minus(Ap.times(an));
    const Bn = bn.times(B).minus(Bp.times(an));
    Ap = A;
    A = An;
    Bp = B;
    B = Bn;
    logProd += Math.log10(an);
    // log₁₀ of |fₙ − fₙ₋₁| / |fₙ| = ∏aₖ / (|Bₙ₋₁|·|Aₙ|)
    const L = logProd - log10Abs(Bp) - log10Abs(A);
    if (L < prevL) {
      const r = 10 ** (L - prevL);
      const tail = L - Math.log10(1 - r);
      if (tail < -qq - 1) break;
    }
    prevL = L;
    if (n > 1e7) {
      throw new DomainError('erfc(x) continued fraction did not converge');
    }
  }
  const f = A.div(B);
  const e = expW(x2.neg(), qq);
  return X.times(2).times(e).div(sqrtPiW(qq).times(f));
}

/** erfc x for x > 0, relative error ~10^(−q); 0 once e^(−x²) underflows. */
function erfcPositive(x: Decimal, q: number, square?: Decimal): Decimal {
  const xn = x.toNumber();
  if (xn * xn > EXP_LIMIT) return new (W(q))(0);
  // 1 − erf x: erfc x > e^(−x²)/(x√π + 2) loses about x²/ln 10 + log₁₀(x + 1) digits.
  const extra = Math.ceil((xn * xn) / Math.LN10 + Math.log10(xn + 1)) + 3;
  if (preferContinuedFraction(x, q + extra, q, square)) {
    return erfcContinuedFraction(x, q, square);
  }
  const C = W(q + extra);
  return new C(1).minus(erfSeries(x, q + extra, square));
}

/** erf x for x ≥ 0, relative error ~10^(−q). */
function erfNonNegative(x: Decimal, q: number, square?: Decimal): Decimal {
  const C = W(q);
  if (x.isZero()) return new C(0);
  const xn = x.toNumber();
  // erfc x < e^(−x²) < 10^(−q−3): erf x rounds to 1.
  if (xn * xn > (q + 3) * Math.LN10) return new C(1);
  // erf x = 1 − erfc x only needs erfc x to about q − x²/ln 10 digits.
  const qCf = Math.max(10, q + 3 - Math.floor((xn * xn) / Math.LN10));
  if (preferContinuedFraction(x, q, qCf, square)) {
    return new C(1).minus(erfcContinuedFraction(x, qCf, square));
  }
  return erfSeries(x, q, square);
}

/**
 * The two ways to erfc x (x ≥ 2), forced, and the cost model's choice between them: for
 * bench/erf-choice.ts, which measures both and checks the choice. Not part of the API.
 *
 * @example
 * ```ts
 * ERFC_PATHS.picksContinuedFraction(new Decimal(5), 100); // the model's choice
 * ```
 */
export const ERFC_PATHS = Object.freeze({
  series(x: Decimal, q: number, square?: Decimal): Decimal {
    const xn = x.toNumber();
    const extra = Math.ceil((xn * xn) / Math.LN10 + Math.log10(xn + 1)) + 3;
    return new (W(q + extra))(1).minus(erfSeries(x, q + extra, square));
  },
  continuedFraction(x: Decimal, q: number, square?: Decimal): Decimal {
    return erfcContinuedFraction(x, q, square);
  },
  picksContinuedFraction(x: Decimal, q: number, square?: Decimal): boolean {
    const xn = x.toNumber();
    const extra = Math.ceil((xn * xn) / Math.LN10 + Math.log10(xn + 1)) + 3;
    return preferContinuedFraction(x, q + extra, q, square);
  },
});

// ---------------------------------------------------------------------------
// Function table
// ---------------------------------------------------------------------------

type Impl = (x: Decimal, q: number, hint?: ArgumentHint) => Decimal;
type Check = (x: Decimal) => boolean;

/** Round a working-precision result once into D, refusing NaN and overflow. */
function finish(D: DecimalCtor, r: Decimal, name: string): Decimal {
  if (r.isNaN()) throw new DomainError(`${name}(x) is undefined here`);
  const out = new D(r).toSignificantDigits(D.precision, D.rounding);
  if (!out.isFinite()) throw new DomainError(`${name}(x) overflows`);
  return out;
}

function checkArgs(
  name: string,
  arity: number | 'variadic',
  args: readonly Decimal[],
): void {
  if (arity === 'variadic') {
    if (args.length < 1) {
      throw new InputError(`${name} takes at least one argument, got none`);
    }
  } else if (args.length !== arity) {
    throw new InputError(
      `${name} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`,
    );
  }
  for (const a of args) {
    if (!a.isFinite()) {
      throw new DomainError(
        `${name} needs finite arguments, got ${a.toString()}`,
      );
    }
  }
}

/**
 * A one-argument function. `ok` is the domain test (the reason is `name(x) needs
 * domain`); `impl` computes with relative error ~10^(−q) at q = precision + GUARD.
 */
function unary(
  name: string,
  domain: string,
  ok: Check | undefined,
  impl: Impl,
  reason = `${name}(x) needs ${domain}`,
): RealFunction {
  return Object.freeze({
    name,
    arity: 1,
    domain,
    apply(D: DecimalCtor, args: readonly Decimal[], hint?: ArgumentHint): Decimal {
      checkArgs(name, 1, args);
      const x = args[0]!;
      if (ok !== undefined && !ok(x)) throw new DomainError(reason);
      return finish(D, impl(x, D.precision + GUARD, hint), name);
    },
  });
}

function extremum(name: 'min' | 'max'): RealFunction {
  return Object.freeze({
    name,
    arity: 'variadic' as const,
    domain: 'all reals',
    apply(D: DecimalCtor, args: readonly Decimal[]): Decimal {
      checkArgs(name, 'variadic', args);
      let best = args[0]!;
      for (const a of args) {
        if (name === 'min' ? a.lt(best) : a.gt(best)) best = a;
      }
      return finish(D, best, name);
    },
  });
}

const isPositive: Check = (x) => x.gt(0);
const isNonZero: Check = (x) => !x.isZero();

/** Apply f to |x| and give the result the sign of x (odd functions). */
function odd(f: Impl): Impl {
  return (x, q, hint) => {
    const r = f(x.abs(), q, hint);
    return x.isNeg() ? r.neg() : r;
  };
}

/** sinh |x|. */
function sinhAbs(a: Decimal, q: number): Decimal {
  const C = W(q + 3);
  if (a.isZero()) return new C(0);
  if (a.lt(1)) {
    // sinh a = (E² − 1)/(2E) with E = 1 + m, E² − 1 = m(m + 2).
    const m = new C(expm1Small(a, q + 3));
    return m.times(m.plus(2)).div(m.plus(1).times(2));
  }
  const E = new C(expW(a, q + 3));
  return E.minus(new C(1).div(E)).div(2);
}

/** tanh |x|. */
function tanhAbs(a: Decimal, q: number): Decimal {
  const C = W(q + 3);
  if (a.isZero()) return new C(0);
  // 1 − tanh a ≈ 2e^(−2a) < 10^(−q−3): rounds to 1.
  if (a.gt(((q + 5) * Math.LN10) / 2)) return new C(1);
  // tanh a = −m/(m + 2) with m = expm1(−2a) ∈ (−1, 0).
  const m = new C(expm1W(new C(a).times(-2), q + 3));
  return m.neg().div(m.plus(2));
}

/** asinh |x|. */
function asinhAbs(a: Decimal, q: number): Decimal {
  const C = W(q + 3);
  if (a.isZero()) return new C(0);
  const A = new C(a);
  // For a > 10^(q/2 + 2), asinh a = ln(2a) + 1/(4a²) − … = ln(2a) to q digits.
  if (a.e > q / 2 + 2) return lnW(A.times(2), q + 3);
  // asinh a = ln1p(a + a²/(√(a² + 1) + 1))
  const a2 = A.times(A);
  const u = A.plus(a2.div(new C(sqrtW(a2.plus(1), q + 3)).plus(1)));
  return ln1pW(u, q + 3);
}

/** The real functions, keyed by name. */
const table: Record<string, RealFunction> = {
  sqrt: unary(
    'sqrt',
    'x ≥ 0',
    (x) => !x.isNeg() || x.isZero(),
    (x, q) => (x.isZero() ? new (W(q))(0) : sqrtW(x, q)),
  ),
  cbrt: unary('cbrt', 'all reals', undefined, cbrtW),
  exp: unary('exp', 'all reals', undefined, expW),
  log: unary('log', 'x > 0', isPositive, lnW),
  log10: unary('log10', 'x > 0', isPositive, (x, q) => {
    // Exact for powers of ten.
    if (x.sd() === 1 && x.toExponential().startsWith('1e')) {
      return new (W(q))(x.e);
    }
    return new (W(q + 3))(lnW(x, q + 3)).div(ln10W(q + 3));
  }),
  abs: unary('abs', 'all reals', undefined, (x) => x.abs()),
  sign: unary(
    'sign',
    'all reals',
    undefined,
    (x, q) => new (W(q))(x.isZero() ? 0 : x.isNeg() ? -1 : 1),
  ),
  min: extremum('min'),
  max: extremum('max'),

  sin: unary('sin', 'all reals', undefined, (x, q) => sinCosW(x, q, 'sin').s),
  cos: unary('cos', 'all reals', undefined, (x, q) => sinCosW(x, q, 'cos').c),
  tan: unary('tan', 'x ≠ π/2 + kπ', undefined, (x, q) => {
    const { s, c } = sinCosW(x, q, 'tan');
    if (c.isZero()) throw new DomainError('tan(x) needs cos(x) ≠ 0');
    return s.div(c);
  }),
  sec: unary('sec', 'x ≠ π/2 + kπ', undefined, (x, q) => {
    const { c } = sinCosW(x, q, 'sec');
    if (c.isZero()) throw new DomainError('sec(x) needs cos(x) ≠ 0');
    return new (W(q + 3))(1).div(c);
  }),
  csc: unary(
    'csc',
    'x ≠ kπ',
    isNonZero,
    (x, q) => new (W(q + 3))(1).div(sinCosW(x, q, 'csc').s),
    'csc(x) needs sin(x) ≠ 0 (x ≠ kπ)',
  ),
  cot: unary(
    'cot',
    'x ≠ kπ',
    isNonZero,
    (x, q) => {
      const { s, c } = sinCosW(x, q, 'cot');
      return c.div(s);
    },
    'cot(x) needs sin(x) ≠ 0 (x ≠ kπ)',
  ),

  asin: unary(
    'asin',
    '|x| ≤ 1',
    (x) => x.abs().lte(1),
    odd((a, q) => {
      const C = W(q + 3);
      if (a.isZero()) return new C(0);
      if (a.eq(1)) return new C(piW(q + 3)).div(2);
      // asin a = atan(a/√((1 − a)(1 + a)))
      const A = new C(a);
      const d = new C(1).minus(A).times(new C(1).plus(A));
      return atanW(A.div(sqrtW(d, q + 3)), q);
    }),
  ),
  acos: unary(
    'acos',
    '|x| ≤ 1',
    (x) => x.abs().lte(1),
    (x, q) => {
      const C = W(q + 3);
      if (x.eq(-1)) return new C(piW(q + 3));
      // acos x = 2·atan(√((1 − x)/(1 + x)))
      const X = new C(x);
      const t = new C(1).minus(X).div(new C(1).plus(X));
      return new C(atanW(sqrtW(t, q + 3), q)).times(2);
    },
  ),
  atan: unary('atan', 'all reals', undefined, atanW),
  asec: unary(
    'asec',
    '|x| ≥ 1',
    (x) => x.abs().gte(1),
    (x, q) => {
      const C = W(q + 3);
      if (x.eq(-1)) return new C(piW(q + 3));
      // asec x = acos(1/x) = 2·atan(√((x − 1)/(x + 1)))
      const X = new C(x);
      const t = X.minus(1).div(X.plus(1));
      return new C(atanW(sqrtW(t, q + 3), q)).times(2);
    },
  ),
  acsc: unary(
    'acsc',
    '|x| ≥ 1',
    (x) => x.abs().gte(1),
    odd((a, q) => {
      const C = W(q + 3);
      if (a.eq(1)) return new C(piW(q + 3)).div(2);
      // acsc a = asin(1/a) = atan(1/√((a − 1)(a + 1)))
      const A = new C(a);
      const s = sqrtW(A.minus(1).times(A.plus(1)), q + 3);
      return atanW(new C(1).div(s), q);
    }),
  ),
  acot: unary('acot', 'all reals', undefined, (x, q) => {
    const C = W(q + 3);
    // Convention: acot x = atan(1/x) ∈ (−π/2, π/2] for x ≠ 0 and acot 0 = π/2.
    if (x.isZero()) return new C(piW(q + 3)).div(2);
    const X = new C(x);
    if (X.abs().gte(1)) return atanW(new C(1).div(X), q);
    // |x| < 1: sign(x)·π/2 − atan x, where |atan x| < π/4 (no cancellation).
    const hp = new C(piW(q + 3)).div(2);
    return (X.isNeg() ? hp.neg() : hp).minus(atanW(X, q + 3));
  }),

  sinh: unary('sinh', 'all reals', undefined, odd(sinhAbs)),
  cosh: unary('cosh', 'all reals', undefined, (x, q) => {
    const C = W(q + 3);
    const E = new C(expW(x.abs(), q + 3));
    return E.plus(new C(1).div(E)).div(2);
  }),
  tanh: unary('tanh', 'all reals', undefined, odd(tanhAbs)),
  sech: unary('sech', 'all reals', undefined, (x, q) => {
    const C = W(q + 3);
    // sech x = 2e/(1 + e²) with e = e^(−|x|) (no overflow for large |x|).
    const e = new C(expW(x.abs().neg(), q + 3));
    return e.times(2).div(new C(1).plus(e.times(e)));
  }),
  csch: unary(
    'csch',
    'x ≠ 0',
    isNonZero,
    odd((a, q) => {
      const C = W(q + 3);
      if (a.lt(1)) return new C(1).div(sinhAbs(a, q + 3));
      // csch a = 2e/(1 − e²) with e = e^(−a) ≤ e^(−1).
      const e = new C(expW(a.neg(), q + 3));
      return e.times(2).div(new C(1).minus(e.times(e)));
    }),
  ),
  coth: unary(
    'coth',
    'x ≠ 0',
    isNonZero,
    odd((a, q) => new (W(q + 3))(1).div(tanhAbs(a, q + 3))),
  ),
  asinh: unary('asinh', 'all reals', undefined, odd(asinhAbs)),
  acosh: unary(
    'acosh',
    'x ≥ 1',
    (x) => x.gte(1),
    (x, q) => {
      const C = W(q + 3);
      if (x.eq(1)) return new C(0);
      const X = new C(x);
      if (x.e > q / 2 + 2) return lnW(X.times(2), q + 3);
      // acosh x = ln1p(d + √(d(x + 1))) with d = x − 1 (exact)
      const d = X.minus(1);
      return ln1pW(d.plus(sqrtW(d.times(X.plus(1)), q + 3)), q + 3);
    },
  ),
  atanh: unary(
    'atanh',
    '|x| < 1',
    (x) => x.abs().lt(1),
    odd((a, q) => {
      const C = W(q + 3);
      if (a.isZero()) return new C(0);
      // atanh a = ½·ln1p(2a/(1 − a))
      const A = new C(a);
      const u = A.times(2).div(new C(1).minus(A));
      return new C(ln1pW(u, q + 3)).div(2);
    }),
  ),
  asech: unary(
    'asech',
    '0 < x ≤ 1',
    (x) => x.gt(0) && x.lte(1),
    (x, q) => {
      const C = W(q + 3);
      if (x.eq(1)) return new C(0);
      // asech x = acosh(1/x) = ln1p((d + √(d(1 + x)))/x) with d = 1 − x (exact)
      const X = new C(x);
      const d = new C(1).minus(X);
      const s = sqrtW(d.times(new C(1).plus(X)), q + 3);
      return ln1pW(d.plus(s).div(X), q + 3);
    },
  ),
  acsch: unary(
    'acsch',
    'x ≠ 0',
    isNonZero,
    // asinh is well conditioned in the relative sense, so 1/x may be rounded first.
    odd((a, q) => asinhAbs(new (W(q + 3))(1).div(a), q)),
  ),
  acoth: unary(
    'acoth',
    '|x| > 1',
    (x) => x.abs().gt(1),
    odd((a, q) => {
      const C = W(q + 3);
      // acoth a = ½·ln((a + 1)/(a − 1)) = ½·ln1p(2/(a − 1)), a − 1 exact
      const u = new C(2).div(new C(a).minus(1));
      return new C(ln1pW(u, q + 3)).div(2);
    }),
  ),
  erf: unary('erf', 'all reals', undefined, odd((x, q, hint) => erfNonNegative(x, q, hint?.square))),
  erfc: unary('erfc', 'all reals', undefined, (x, q, hint) => {
    const C = W(q + 3);
    if (x.isZero()) return new C(1);
    // erfc(−a) = 1 + erf a ∈ (1, 2): no cancellation.
    if (x.isNeg()) return new C(1).plus(erfNonNegative(x.neg(), q + 3, hint?.square));
    return erfcPositive(x, q, hint?.square);
  }),
};

/**
 * The real functions gradproof evaluates numerically, keyed by name: `sqrt cbrt exp
 * log log10 abs sign min max sin cos tan sec csc cot asin acos atan asec acsc acot
 * sinh cosh tanh sech csch coth asinh acosh atanh asech acsch acoth erf erfc`.
 *
 * Conventions: `log` is the natural logarithm; `sign` returns −1, 0 or 1; `cbrt` is
 * real for negative arguments; `asec x = acos(1/x)` and `acsc x = asin(1/x)`;
 * `acot x = atan(1/x)` for x ≠ 0 with `acot 0 = π/2`, so acot takes values in
 * (−π/2, π/2] and jumps at 0 (its derivative −1/(1 + x²) holds everywhere else);
 * `sin`, `cos` and the other trigonometric functions accept |x| < 1e4000.
 *
 * @example
 * ```ts
 * import { Decimal } from 'decimal.js';
 * const D = Decimal.clone({ precision: 20 });
 * REAL_FUNCTIONS.erfc!.apply(D, [new D(30)]).toString(); // '2.5646562037561116e-393'
 * REAL_FUNCTIONS.max!.apply(D, [new D(1), new D(3), new D(2)]).toString(); // '3'
 * REAL_FUNCTIONS.log!.apply(D, [new D(0)]); // throws DomainError('log(x) needs x > 0')
 * ```
 */
export const REAL_FUNCTIONS: Readonly<Record<string, RealFunction>> =
  Object.freeze(table);
