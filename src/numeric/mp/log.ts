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
    const p = wp + 8 - Math.min(0, dm);
    const y = lnFixed(toFixed(m, p), p, Math.log1p(toDouble(d)));
    return { v: fromFixed(y, p), err: -p + 5 };
  }
  // |ln x| ≥ ln 2 − ln 1.5 > 1/4: an absolute precision of wp + 8 bits suffices
  const kb = bitLength(BigInt(Math.abs(k)));
  const p = wp + 8 + kb;
  const lm = d.man === 0n ? 0n : lnFixed(toFixed(m, p), p, Math.log1p(toDouble(d)));
  const y = BigInt(k) * ln2Fixed(p) + lm;
  return { v: fromFixed(y, p), err: errSum(-p + 4, -p + 1 + kb + 1) };
}
