/**
 * The exponential function on BigInt fixed point (mpmath's algorithm): reduce by
 * multiples of ln 2, halve the argument r times, sum the even (cosh) series with
 * rectangular splitting, recover sinh = √(cosh² − 1), and square r times. For a short
 * rational argument at high precision, the series is summed exactly by binary
 * splitting instead.
 *
 * @module
 */
import { type Approx, EXACT_ONE, errSum } from './approx.js';
import { eFixed, ln2Fixed, splitSeries } from './constants.js';
import type { Rational } from './convert.js';
import { add, type BigFloat, bitLength, div, EXP_LIMIT, fromFixed, isqrt, mul, ONE, toFixed, top } from './float.js';
import { ExponentRange } from './range.js';

/**
 * e^x · 2^prec for a fixed-point x (x · 2^−prec, |x · 2^−prec| ≤ 2), within 4 units.
 *
 * @example
 * ```ts
 * expFixed(1n << 60n, 60); // e · 2^60
 * ```
 */
export function expFixed(x: bigint, prec: number): bigint {
  if (x === 0n) return 1n << BigInt(prec);
  const negative = x < 0n;
  let a0 = negative ? -x : x;
  const xmag = bitLength(a0) - prec;
  const r = Math.max(0, xmag + Math.floor(0.5 * Math.sqrt(prec)));
  // sinh = √(cosh² − 1) (sin = √(1 − cos²)) loses the bits of a small argument twice over,
  // and r doublings lose 2r: mpmath's 10 + 2·max(r, −xmag) falls short when both apply
  const extra = 10 + 2 * r + 2 * Math.max(0, -xmag);
  const wp = prec + extra;
  const W = BigInt(wp);
  a0 <<= BigInt(extra - r);
  const one = 1n << W;
  const c = coshSeries(a0, wp, false);
  const s = isqrt(c * c - (one << W));
  let v = negative ? c - s : c + s;
  for (let i = 0; i < r; i++) v = (v * v) >> W;
  return v >> BigInt(extra);
}

/**
 * cosh x (alternating = false) or cos x (true) for a small fixed-point x at wp bits:
 * the even series, with rectangular splitting above 1500 bits.
 */
export function coshSeries(x: bigint, wp: number, alternating: boolean): bigint {
  const W = BigInt(wp);
  const one = 1n << W;
  const x2 = (x * x) >> W;
  if (wp < 1500) {
    const x4 = (x2 * x2) >> W;
    let a = x2;
    let s0 = 0n;
    let s1 = 0n;
    let k = 2;
    while (a !== 0n) {
      a /= BigInt((k - 1) * k);
      s0 += a;
      k += 2;
      a /= BigInt((k - 1) * k);
      s1 += a;
      k += 2;
      a = (a * x4) >> W;
    }
    s1 = (x2 * s1) >> W;
    return alternating ? one - s0 + s1 : one + s0 + s1;
  }
  const u = Math.max(2, Math.floor(0.3 * wp ** 0.35));
  const powers: bigint[] = [one, x2];
  for (let i = 1; i < u; i++) powers.push((powers[i]! * x2) >> W);
  const last = powers[u]!;
  const sums: bigint[] = new Array<bigint>(u).fill(0n);
  let a = x2;
  let k = 2;
  while (a !== 0n) {
    for (let i = 0; i < u; i++) {
      a /= BigInt((k - 1) * k);
      if (alternating && (k & 2) !== 0) sums[i]! -= a;
      else sums[i]! += a;
      k += 2;
    }
    a = (a * last) >> W;
  }
  let c = one + sums[0]!;
  for (let i = 1; i < u; i++) c += (sums[i]! * powers[i]!) >> W;
  return c;
}

/** Above this many bits a short rational argument goes to binary splitting. */
const SPLIT_MIN_BITS = 900;

/**
 * e^x at about wp bits of relative precision, with its error bound. `q`, when given,
 * is x as an exact rational: at high precision a short one is summed by binary
 * splitting. Throws {@link ExponentRange} when e^x leaves the exponent range.
 *
 * @example
 * ```ts
 * expApprox(ONE, 100).v; // e to ~100 bits
 * ```
 */
export function expApprox(x: BigFloat, wp: number, q?: Rational): Approx {
  if (x.man === 0n) return EXACT_ONE;
  const mag = top(x);
  if (mag < -wp - 2) {
    // e^x = 1 + x + θx² with |θ| ≤ 1
    return { v: add(ONE, x, wp + 2), err: errSum(2 * mag, -wp - 2) };
  }
  if (mag > 60) throw new ExponentRange(x.man > 0n ? 'overflow' : 'underflow');
  if (q !== undefined && wp >= SPLIT_MIN_BITS && mag <= 20 && isShort(q, wp)) return expRational(q, wp);
  const w2 = wp + 8;
  if (mag <= 1) {
    // |x| < 2: no reduction; truncating x costs at most one unit of w2
    const t = toFixed(x, w2);
    const y = expFixed(t, w2);
    return { v: fromFixed(y, w2), err: -w2 + 5 };
  }
  const wpmod = w2 + mag;
  const t = toFixed(x, wpmod);
  const L = ln2Fixed(wpmod);
  let n = t / L;
  let r = t - n * L;
  if (r < 0n) {
    n -= 1n;
    r += L;
  }
  if (n > BigInt(EXP_LIMIT)) throw new ExponentRange('overflow');
  if (n < -BigInt(EXP_LIMIT)) throw new ExponentRange('underflow');
  // r ∈ [0, ln 2): its error is |n|·2 units of wpmod plus truncations, ≤ 4 units of w2
  r >>= BigInt(mag);
  const y = expFixed(r, w2);
  const k = Number(n);
  return { v: fromFixed(y, w2 - k), err: k - w2 + 5 };
}

/** Whether a rational is short enough next to wp bits for the exact series to pay. */
function isShort(q: Rational, wp: number): boolean {
  const size = bitLength(q.num < 0n ? -q.num : q.num) + bitLength(q.den);
  return size * 16 <= wp;
}

/**
 * e^(p/q) by e^k · e^f with k the nearest integer and f = p/q − k ∈ [−1/2, 1/2]:
 * e^f by binary splitting of its Taylor series, e^k by squaring the cached e.
 */
function expRational(q: Rational, wp: number): Approx {
  const k = roundDiv(q.num, q.den);
  const fnum = q.num - k * q.den;
  const kk = Number(k);
  const absK = Math.abs(kk);
  const guard = 8 + Math.ceil(Math.log2(absK + 1));
  const P = wp + guard;
  // e^f: Σ f^j/j! with f = fnum/den; terms until |f|^N/N! < 2^−(P+4) (|f| ≤ 1/2)
  let ef: bigint;
  if (fnum === 0n) {
    ef = 1n << BigInt(P);
  } else {
    let terms = 1;
    for (let lg = 0; lg < P + 4; terms++) lg += 1 + Math.log2(terms);
    const { Q, T } = splitSeries(
      () => fnum,
      (j) => q.den * BigInt(j),
      1,
      terms,
    );
    ef = ((Q + T) << BigInt(P)) / Q;
  }
  const efF = fromFixed(ef, P);
  if (kk === 0) return { v: efF, err: top(efF) - P + 2, fromExact: true };
  // e^|k| by binary powering of e: (1 + δ)^|k| with the rounding of each product gives a
  // relative error ≤ (|k| + 2·log2|k| + 4)·2^(1−P)
  const eF = fromFixed(eFixed(P), P);
  let acc = ONE;
  let base = eF;
  for (let m = absK; m > 0; m = Math.floor(m / 2)) {
    if (m % 2 === 1) acc = mul(acc, base, P);
    if (m > 1) base = mul(base, base, P);
  }
  const v = kk > 0 ? mul(acc, efF, P) : div(efF, acc, P);
  return { v, err: top(v) + Math.log2(absK + 2 * Math.log2(absK + 1) + 6) + 1 - P, fromExact: true };
}

/** Nearest integer to n/d (d > 0), ties away from zero. */
function roundDiv(n: bigint, d: bigint): bigint {
  const twice = 2n * n + (n < 0n ? -d : d);
  return twice / (2n * d);
}
