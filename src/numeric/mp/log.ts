/**
 * The natural logarithm: x = m · 2^k with m ∈ [3/4, 3/2), ln x = k·ln 2 + ln m, and ln m
 * by Halley's iteration y ← y + 2(m − e^y)/(m + e^y) on the fixed-point exponential,
 * tripling the precision at each step. Near 1 the working precision grows by the digits
 * ln m loses to the leading 1 of m, so the result keeps its relative precision.
 *
 * @module
 */
import { type Approx, EXACT_ZERO, errSum } from './approx.js';
import { ln2Fixed } from './constants.js';
import { expFixed } from './exp.js';
import { type BigFloat, bitLength, fromFixed, ONE, shift, sub, toFixed, top } from './float.js';

/** A double close to x (for seeding iterations only; 0 when x underflows a double). */
export function toDouble(x: BigFloat): number {
  if (x.man === 0n) return 0;
  const s = Math.max(0, x.bits - 60);
  const m = Number(x.man >> BigInt(s));
  const e = x.exp + s;
  if (e > 1000 || e < -1000) return e > 0 ? m * 2 ** 1000 * 2 ** (e - 1000) : m * 2 ** -1000 * 2 ** (e + 1000);
  return m * 2 ** e;
}

/**
 * ln m · 2^p for a fixed-point m (m · 2^−p ∈ [1/2, 2]), within 16 units, seeded by
 * `seed` ≈ ln m (a double).
 */
function lnFixed(m: bigint, p: number, seed: number): bigint {
  const steps: number[] = [p];
  // the double seed is good to ~48 bits; each Halley step triples the good bits
  while (steps[steps.length - 1]! > 120) steps.push(Math.ceil(steps[steps.length - 1]! / 3) + 8);
  steps.reverse();
  let prev = 50;
  let y = BigInt(Math.round(seed * 2 ** 50));
  for (const q of steps) {
    const Q = BigInt(q);
    y = q >= prev ? y << BigInt(q - prev) : y >> BigInt(prev - q);
    const M = m >> BigInt(p - q);
    const E = expFixed(y, q);
    y += ((M - E) << (Q + 1n)) / (M + E);
    prev = q;
  }
  return y;
}

/** ln(1 + k/2^7) · 2^p for the table of reduction points a = 1 + k/128. */
const TABLE_SHIFT = 7;
const table = new Map<number, { readonly prec: number; readonly value: bigint }>();

function tableEntry(k: number, p: number): bigint {
  const hit = table.get(k);
  // at least 64 bits beyond the request, so that the truncated value does not depend on
  // which precision happened to be computed first
  if (hit !== undefined && hit.prec >= p + 64) return hit.value >> BigInt(hit.prec - p);
  const prec = Math.max(p + 64, hit ? Math.ceil(hit.prec * 1.25) : 0);
  const a = BigInt(128 + k) << BigInt(prec - TABLE_SHIFT);
  const value = lnFixed(a, prec, Math.log1p(k / 128));
  table.set(k, { prec, value });
  return value >> BigInt(prec - p);
}

/** Up to this many bits ln m goes through the table; above, through Halley's iteration. */
const TABLE_MAX_BITS = 1500;

/**
 * ln m · 2^p for a fixed-point m ∈ [3/4, 3/2]·2^p (p ≤ 1500), within 2·(p/16 + 4) units:
 * ln m = ln a + 2·atanh((m − a)/(m + a)) with a = 1 + k/128 the nearest table point, so
 * that |(m − a)/(m + a)| < 2^−8 and the atanh series gains 16 bits per term.
 */
function lnTable(m: bigint, p: number): bigint {
  const P = BigInt(p);
  const one = 1n << P;
  const sh = BigInt(p - TABLE_SHIFT);
  const k = Number((m - one + (1n << (sh - 1n))) >> sh);
  const a = one + (BigInt(k) << sh);
  const v = ((m - a) << P) / (m + a);
  // the series on |v| (a right shift of a negative number would never reach 0)
  const av = v < 0n ? -v : v;
  const v2 = (av * av) >> P;
  let s = av;
  let t = av;
  for (let j = 3; ; j += 2) {
    t = (t * v2) >> P;
    if (t === 0n) break;
    s += t / BigInt(j);
  }
  return (k === 0 ? 0n : tableEntry(k, p)) + 2n * (v < 0n ? -s : s);
}

/** ln m · 2^p for m = 1 + d (m fixed at p bits), by the table or by Halley's iteration. */
function lnOfFixed(m: bigint, p: number, d: BigFloat): bigint {
  return p <= TABLE_MAX_BITS ? lnTable(m, p) : lnFixed(m, p, Math.log1p(toDouble(d)));
}

/**
 * ln x for x > 0, with its error bound (relative precision about wp bits).
 *
 * @example
 * ```ts
 * lnApprox(fromInt(2), 100).v; // ln 2 to ~100 bits
 * ```
 */
export function lnApprox(x: BigFloat, wp: number): Approx {
  if (x.man <= 0n) throw new RangeError('ln of a non-positive number');
  // x = m·2^k with m ∈ [3/4, 3/2): the top two bits of the mantissa decide
  let k = x.exp + x.bits;
  if (x.bits === 1 || x.man >> BigInt(x.bits - 2) === 2n) k -= 1;
  const m = shift(x, -k);
  const d = sub(m, ONE);
  if (k === 0) {
    if (d.man === 0n) return EXACT_ZERO;
    const dm = top(d);
    // ln(1 + d) = d + θd² with |θ| ≤ 1 for |d| ≤ 1/2
    if (dm < -wp - 4) return { v: d, err: 2 * dm };
    const p = wp + 12 - Math.min(0, dm);
    const y = lnOfFixed(toFixed(m, p), p, d);
    return { v: fromFixed(y, p), err: -p + 8 };
  }
  // |ln x| ≥ ln 2 − ln 1.5 > 1/4: an absolute precision of wp + 8 bits suffices
  const kb = bitLength(BigInt(Math.abs(k)));
  const p = wp + 12 + kb;
  const lm = d.man === 0n ? 0n : lnOfFixed(toFixed(m, p), p, d);
  const y = BigInt(k) * ln2Fixed(p) + lm;
  return { v: fromFixed(y, p), err: errSum(-p + 8, -p + 1 + kb + 1) };
}
