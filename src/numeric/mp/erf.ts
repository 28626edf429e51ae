/**
 * erf and erfc on BigInt fixed point.
 *
 * - erf x = (2x/√π)·e^(−x²)·S, S = Σ_{n≥0} (2x²)^n / (1·3·…·(2n+1)): every term positive,
 *   so nothing cancels. When the caller knows x² exactly as a short rational (GELU's
 *   x = z/√2 gives 2x² = z² with z a short decimal), each term costs a multiplication
 *   and a division by short integers instead of a full-length product, and at high
 *   precision the sum is taken exactly by binary splitting.
 * - erfc x for large x: the asymptotic series e^(−x²)/(x√π)·Σ (−1)^n (2n−1)!!/(2x²)^n,
 *   whose error is below its first omitted term; used once its smallest term is below
 *   the precision asked for. Otherwise erfc x = 1 − erf x with the extra bits the
 *   subtraction loses (x²·log2 e + log2(x + 1)).
 *
 * @module
 */
import { type Approx, EXACT_ONE, EXACT_ZERO, errSum } from './approx.js';
import { invSqrtPiFixed, splitSeries } from './constants.js';
import { type Rational, ratToFloat } from './convert.js';
import { expApprox } from './exp.js';
import { absF, add, type BigFloat, bitLength, div, fromFixed, mul, neg, ONE, sqrt, sub, toFixed, top } from './float.js';
import { toDouble } from './log.js';
import { ExponentRange } from './range.js';

const LOG2_E = Math.LOG2E;

/** Above this many bits a short rational series goes to binary splitting. */
const SPLIT_MIN_BITS = 600;

/** Whether a rational is short next to wp bits. */
function isShort(q: Rational, wp: number): boolean {
  return (bitLength(q.num < 0n ? -q.num : q.num) + bitLength(q.den)) * 16 <= wp;
}

/** 2/√π as a BigFloat at p bits (within 8 units of p). */
function twoOverSqrtPi(p: number): BigFloat {
  return fromFixed(invSqrtPiFixed(p) << 1n, p);
}

/** Number of terms of S at P bits: past the peak (n ≈ x²) and P bits below it. */
function seriesTerms(x2: number, P: number): number {
  const c = 2 * x2;
  let lt = 0;
  let lmax = 0;
  for (let n = 1; ; n++) {
    lt += Math.log2(c / (2 * n + 1));
    if (lt > lmax) lmax = lt;
    if (2 * n + 1 > c && lt < lmax - P - 4) return n + 1;
  }
}

/**
 * S = Σ_{n<N} c^n/(1·3·…·(2n+1)) · 2^P for a fixed-point c = C·2^−P, by rectangular
 * splitting: the coefficients 1/(1·3·…) are divided down one by one (short divisions),
 * and full-length products are needed only once per block of u terms and for the u
 * powers of c (about N/u + 2u instead of N).
 */
function seriesRectangular(C0: bigint, P0: number, N: number, c: number): bigint {
  const u = Math.max(1, Math.floor(Math.sqrt(N / 2)));
  // a lacks up to c^(u−1) of its term: that many guard bits keep its truncations negligible
  const guard = Math.ceil(Math.max(0, (u - 1) * Math.log2(c))) + 4;
  const P = P0 + guard;
  const C = C0 << BigInt(guard);
  const W = BigInt(P);
  const one = 1n << W;
  const powers: bigint[] = [one, C];
  for (let i = 2; i <= u; i++) powers.push((powers[i - 1]! * C) >> W);
  const cu = powers[u]!;
  const sums: bigint[] = new Array<bigint>(u).fill(0n);
  // a = c^(n − n mod u)/(1·3·…·(2n+1)): the power of c still missing is c^(n mod u)
  let a = one;
  let n = 0;
  while (n < N && a !== 0n) {
    for (let j = 0; j < u && n < N; j++, n++) {
      if (n > 0) a /= BigInt(2 * n + 1);
      sums[j]! += a;
    }
    a = (a * cu) >> W;
  }
  let S = sums[0]!;
  for (let j = 1; j < u; j++) S += (sums[j]! * powers[j]!) >> W;
  return S >> BigInt(guard);
}

/** erf a for a > 0 by the positive series (relative precision about wp bits). */
function erfSeries(a: BigFloat, wp: number, sq?: Rational): Approx {
  const x2 = toDouble(a) ** 2;
  const N = seriesTerms(x2, wp + 10);
  const lgN = Math.ceil(Math.log2(N + 1));
  const P = wp + 10 + lgN;
  const W = BigInt(P);
  const one = 1n << W;
  let S: bigint;
  if (sq !== undefined && isShort(sq, P)) {
    const p = 2n * sq.num;
    const d = sq.den;
    if (P >= SPLIT_MIN_BITS) {
      const { Q, T } = splitSeries(
        () => p,
        (j) => d * BigInt(2 * j + 1),
        1,
        N,
      );
      S = ((Q + T) << W) / Q;
    } else {
      S = one;
      let t = one;
      for (let n = 1; n < N && t !== 0n; n++) {
        t = (t * p) / (d * BigInt(2 * n + 1));
        S += t;
      }
    }
  } else {
    S = seriesRectangular(toFixed(squareOf(a, 2 * P, sq), P + 1), P, N, 2 * x2);
  }
  const E = expOfMinusSquare(a, P, sq);
  const v = mul(mul(mul(argument(a, P, sq), twoOverSqrtPi(P), P), E.v, P), fromFixed(S, P), P);
  // relative errors: 2/√π, e^(−x²), S (N truncations), three roundings, the argument's root
  const rel = errSum(-P + 3, E.err - top(E.v) + 1, -P + lgN + 1, -P + 2, -P + 2);
  return { v, err: top(v) + rel };
}

/**
 * e^(−a²) at P bits: from the exact rational a² when known (its rounding to a float
 * is counted in the error), else from the exact square of the float a.
 */
function expOfMinusSquare(a: BigFloat, P: number, sq?: Rational): Approx {
  if (sq === undefined) return expApprox(neg(mul(a, a)), P);
  const arg = neg(ratToFloat(sq, P + 4));
  const E = expApprox(arg, P, { num: -sq.num, den: sq.den });
  // |Δ(e^u)| ≤ e^u·2|Δu| for |Δu| ≤ 1/2, with |Δu| ≤ 2^(top(u) − P − 4)
  return { v: E.v, err: errSum(E.err, top(E.v) + top(arg) - P - 2) };
}

/** erf x from x itself (sq, when given, only makes the series' x² short), with its error bound. */
function erfCore(x: BigFloat, wp: number, sq?: Rational): Approx {
  if (x.man === 0n) return EXACT_ZERO;
  const a = absF(x);
  const mag = top(a);
  let r: Approx;
  if (mag < -wp / 2 - 4) {
    // erf a = (2/√π)(a − θa³/3), θ ∈ [0, 1]
    const v = mul(argument(a, wp + 8, sq), twoOverSqrtPi(wp + 8), wp + 4);
    r = { v, err: errSum(top(v) - wp - 2, 3 * mag - 1) };
  } else if (mag >= 1 && toDouble(a) ** 2 >= (wp + 4) / LOG2_E) {
    // 0 < erfc a < e^(−a²)/(a√π) < 2^(−wp−4)
    r = { v: ONE, err: -wp - 4 };
  } else {
    r = erfSeries(a, wp, sq);
  }
  return x.man < 0n ? { v: neg(r.v), err: r.err } : r;
}

/** erfc a for large a > 0 by the asymptotic series (relative precision about wp bits). */
function erfcAsymptotic(a: BigFloat, wp: number, sq?: Rational): Approx {
  const P = wp + 12;
  const W = BigInt(P);
  const one = 1n << W;
  let S = one;
  let t = one;
  // |t_n| decreases while 2n − 1 < 2a²; the caller made its minimum smaller than 2^−P
  if (sq !== undefined && isShort(sq, P)) {
    const p = 2n * sq.num;
    const d = sq.den;
    for (let n = 1; t !== 0n; n++) {
      t = -(t * BigInt(2 * n - 1) * d) / p;
      S += t;
    }
  } else {
    // U = 1/(2a²) · 2^P
    const U = toFixed(div(ONE, squareOf(a, P + 4, sq), P + 4), P - 1);
    for (let n = 1; t !== 0n; n++) {
      t = -((t * BigInt(2 * n - 1) * U) >> W);
      S += t;
    }
  }
  const E = expOfMinusSquare(a, P, sq);
  const inv = div(fromFixed(invSqrtPiFixed(P), P), argument(a, P, sq), P);
  const v = mul(mul(inv, E.v, P), fromFixed(S, P), P);
  const rel = errSum(-P + 4, E.err - top(E.v) + 1, -P + 8, -P + 2);
  return { v, err: top(v) + rel };
}

/** erfc x from x itself (as erfCore), with its error bound; throws ExponentRange on underflow. */
function erfcCore(x: BigFloat, wp: number, sq?: Rational): Approx {
  if (x.man === 0n) return EXACT_ONE;
  if (x.man < 0n) {
    const e = erfCore(absF(x), wp + 2, sq);
    return { v: add(ONE, e.v, wp + 4), err: errSum(e.err, -wp - 3) };
  }
  const ad = toDouble(x);
  const a2 = ad * ad;
  if (a2 > 2 ** 52 / LOG2_E) throw new ExponentRange('underflow');
  if (a2 >= (wp + 16) / LOG2_E + 2) return erfcAsymptotic(x, wp, sq);
  const extra = Math.ceil(a2 * LOG2_E + Math.log2(ad + 1)) + 4;
  const e = erfCore(x, wp + extra, sq);
  return { v: sub(ONE, e.v), err: e.err };
}

/** a² as the series use it: from the exact square of the true argument when known (never mixed with the rounded a). */
function squareOf(a: BigFloat, P: number, sq?: Rational): BigFloat {
  return sq === undefined ? mul(a, a) : ratToFloat(sq, P);
}

/**
 * The argument a > 0 as the series use it: with the exact square sq of the true argument,
 * √sq at P bits (relative error below 2^(−P+1)), so that the prefactor and the series'
 * x² belong to one argument and the result is erf at the true argument; else a itself.
 */
function argument(a: BigFloat, P: number, sq?: Rational): BigFloat {
  return sq === undefined ? a : sqrt(ratToFloat(sq, P + 4), P + 2);
}

/**
 * erf x with its error bound (relative precision about wp bits). `sq`, when given, is
 * the exact square of the true argument, of which x is the rounded value: the result is
 * then erf at the true argument (`fromExact`), so x's own error does not reach it.
 *
 * @example
 * ```ts
 * erfApprox(ONE, 100).v; // erf 1 to ~100 bits
 * ```
 */
export function erfApprox(x: BigFloat, wp: number, sq?: Rational): Approx {
  const r = erfCore(x, wp, sq);
  return sq === undefined ? r : { ...r, fromExact: true };
}

/**
 * erfc x = 1 − erf x with its error bound (relative precision about wp bits). `sq`, when
 * given, is the exact square of the true argument (see {@link erfApprox}). Throws
 * {@link ExponentRange} (underflow) when erfc x is below the engine's range.
 *
 * @example
 * ```ts
 * erfcApprox(fromInt(30), 100).v; // 2.56…e-393 to ~100 bits
 * ```
 */
export function erfcApprox(x: BigFloat, wp: number, sq?: Rational): Approx {
  const r = erfcCore(x, wp, sq);
  return sq === undefined ? r : { ...r, fromExact: true };
}
