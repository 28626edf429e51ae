/**
 * Sine, cosine and arctangent on BigInt fixed point. sin and cos: reduce modulo π/2
 * (retrying with more bits of π while the reduced argument is small enough to have lost
 * relative precision), sum the alternating even series for cos after r halvings, undo
 * them by cos 2a = 2cos²a − 1, and take sin = √(1 − cos²) (mpmath's method). atan:
 * Newton's iteration y ← y − cos y·(sin y − t·cos y) on tan y = t, doubling the precision
 * at each step, after atan x = π/2 − atan(1/x) for |x| > 1.
 *
 * @module
 */
import { DomainError } from '../../errors.js';
import { type Approx, EXACT, EXACT_ONE, EXACT_ZERO, errSum } from './approx.js';
import { piFixed } from './constants.js';
import { coshSeries } from './exp.js';
import { absF, type BigFloat, bitLength, div, fromFixed, isqrt, neg, ONE, toFixed, top } from './float.js';
import { toDouble } from './log.js';

/**
 * cos x and sin x, each · 2^prec, for a fixed-point |x · 2^−prec| ≤ π/4 + 1/4 (absolute
 * error a few units).
 *
 * @example
 * ```ts
 * cosSinFixed(0n, 60); // [2n ** 60n, 0n]
 * ```
 */
export function cosSinFixed(x: bigint, prec: number): [bigint, bigint] {
  const P = BigInt(prec);
  if (x === 0n) return [1n << P, 0n];
  const negative = x < 0n;
  let a = negative ? -x : x;
  const xmag = bitLength(a) - prec;
  const r = Math.max(0, xmag + Math.floor(0.5 * Math.sqrt(prec)));
  // sinh = √(cosh² − 1) (sin = √(1 − cos²)) loses the bits of a small argument twice over,
  // and r doublings lose 2r: mpmath's 10 + 2·max(r, −xmag) falls short when both apply
  const extra = 10 + 2 * r + 2 * Math.max(0, -xmag);
  const wp = prec + extra;
  const W = BigInt(wp);
  a <<= BigInt(extra - r);
  const one = 1n << W;
  let c = coshSeries(a, wp, true);
  const pshift = W - 1n;
  for (let i = 0; i < r; i++) c = ((c * c) >> pshift) - one;
  const d = (one << W) - c * c;
  let s = isqrt(d < 0n ? -d : d);
  if (negative) s = -s;
  const E = BigInt(extra);
  return [c >> E, s >> E];
}

/** 10^4000: sin, cos and their relatives refuse |x| ≥ 1e4000, as the decimal.js functions do. */
const TRIG_LIMIT_BITS = 13287;

/**
 * sin x and cos x with their error bounds (relative precision about wp bits each).
 * Throws DomainError for |x| ≥ 1e4000 (`name` names the function in the message).
 *
 * @example
 * ```ts
 * sinCosApprox(ONE, 100).sin.v; // sin 1 to ~100 bits
 * ```
 */
export function sinCosApprox(x: BigFloat, wp: number, name = 'sin'): { sin: Approx; cos: Approx } {
  if (x.man === 0n) return { sin: EXACT_ZERO, cos: EXACT_ONE };
  const mag = top(x);
  if (mag < -wp / 2 - 4) {
    // sin x = x − θx³/6, cos x = 1 − θ'x²/2 with θ, θ' ∈ [0, 1]
    return { sin: { v: x, err: 3 * mag - 2 }, cos: { v: ONE, err: 2 * mag - 1 } };
  }
  if (mag > TRIG_LIMIT_BITS && (mag > TRIG_LIMIT_BITS + 1 || toFixed(absF(x), 0) >= 10n ** 4000n)) {
    throw new DomainError(`${name}(x) needs |x| < 1e4000 (argument reduction limit)`);
  }
  let n = 0n;
  let r: bigint;
  let wpmod: number;
  if (mag <= -1) {
    wpmod = wp + 10 - mag;
    r = toFixed(x, wpmod);
  } else {
    for (let extra = 20; ; extra *= 2) {
      wpmod = wp + mag + extra;
      const t = toFixed(x, wpmod);
      const halfPi = piFixed(wpmod - 1);
      n = floorDiv(2n * t + halfPi, 2n * halfPi);
      r = t - n * halfPi;
      // the error of r is below 2^(mag+2) units: keep wp + 10 bits of r above it
      if (bitLength(r < 0n ? -r : r) > mag + wp + 12) break;
      if (extra > 10 * (wp + mag) + 4000) throw new DomainError(`${name}(x) could not be reduced modulo π/2 accurately`);
    }
  }
  const [c, s] = cosSinFixed(r, wpmod);
  const err = Math.max(mag, 0) + 3 - wpmod;
  const q = Number(((n % 4n) + 4n) % 4n);
  const C = { v: fromFixed(c, wpmod), err };
  const S = { v: fromFixed(s, wpmod), err };
  const negA = (a: Approx): Approx => ({ v: neg(a.v), err: a.err });
  switch (q) {
    case 0:
      return { sin: S, cos: C };
    case 1:
      return { sin: C, cos: negA(S) };
    case 2:
      return { sin: negA(S), cos: negA(C) };
    default:
      return { sin: negA(C), cos: S };
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** atan t · 2^p for a fixed-point t ∈ [0, 1] · 2^p (Newton on tan, within 8 units). */
function atanFixed(t: bigint, p: number, seed: number): bigint {
  const steps: number[] = [p];
  // the double seed is good to ~48 bits; each Newton step doubles the good bits
  while (steps[steps.length - 1]! > 80) steps.push(Math.ceil(steps[steps.length - 1]! / 2) + 8);
  steps.reverse();
  let prev = 50;
  let y = BigInt(Math.round(seed * 2 ** 50));
  for (const q of steps) {
    const Q = BigInt(q);
    y = q >= prev ? y << BigInt(q - prev) : y >> BigInt(prev - q);
    const T = t >> BigInt(p - q);
    const [c, s] = cosSinFixed(y, q);
    y -= (c * (s - ((T * c) >> Q))) >> Q;
    prev = q;
  }
  return y;
}

/** atan(k/128) · 2^p for the table of reduction points. */
const atanTableCache = new Map<number, { readonly prec: number; readonly value: bigint }>();

function atanEntry(k: number, p: number): bigint {
  const hit = atanTableCache.get(k);
  // 64 bits beyond the request: the truncated value does not depend on the order of requests
  if (hit !== undefined && hit.prec >= p + 64) return hit.value >> BigInt(hit.prec - p);
  const prec = Math.max(p + 64, hit ? Math.ceil(hit.prec * 1.25) : 0);
  const value = atanFixed(BigInt(k) << BigInt(prec - 7), prec, Math.atan(k / 128));
  atanTableCache.set(k, { prec, value });
  return value >> BigInt(prec - p);
}

/** Up to this many bits atan goes through the table; above, through Newton's iteration. */
const ATAN_TABLE_MAX_BITS = 1500;

/**
 * atan t · 2^p for a fixed-point t ∈ [0, 1]·2^p: atan t = atan a + atan((t − a)/(1 + a·t))
 * with a = k/128 the nearest table point, so that the alternating series of the second
 * term has |w| < 2^−8 and gains 16 bits per term.
 */
function atanTable(t: bigint, p: number): bigint {
  const P = BigInt(p);
  const one = 1n << P;
  const sh = BigInt(p - 7);
  const k = Number((t + (1n << (sh - 1n))) >> sh);
  const a = BigInt(k) << sh;
  const w = ((t - a) << P) / (one + ((a * t) >> P));
  const aw = w < 0n ? -w : w;
  const w2 = (aw * aw) >> P;
  let s = aw;
  let term = aw;
  for (let j = 3; ; j += 2) {
    term = (term * w2) >> P;
    if (term === 0n) break;
    const q = term / BigInt(j);
    s += (j & 2) === 0 ? q : -q;
  }
  return (k === 0 ? 0n : atanEntry(k, p)) + (w < 0n ? -s : s);
}

/**
 * atan x with its error bound (relative precision about wp bits).
 *
 * @example
 * ```ts
 * atanApprox(ONE, 100).v; // π/4 to ~100 bits
 * ```
 */
export function atanApprox(x: BigFloat, wp: number): Approx {
  if (x.man === 0n) return EXACT_ZERO;
  const mag = top(x);
  // atan x = x − θx³/3, θ ∈ [0, 1]
  if (mag < -wp / 3 - 2) return { v: x, err: 3 * mag - 1 };
  const a = absF(x);
  const invert = mag > 1 || (mag === 1 && a.man !== 1n << BigInt(a.bits - 1));
  const p = wp + 16 + Math.max(0, -mag);
  let tErr = EXACT;
  let t = a;
  if (invert) {
    t = div(ONE, a, p + 2);
    tErr = top(t) - p - 2;
  }
  const T = toFixed(t, p);
  let y = p <= ATAN_TABLE_MAX_BITS ? atanTable(T, p) : atanFixed(T, p, Math.atan(toDouble(t)));
  if (invert) y = (piFixed(p) >> 1n) - y;
  const v = fromFixed(x.man < 0n ? -y : y, p);
  return { v, err: errSum(-p + 8, tErr) };
}
