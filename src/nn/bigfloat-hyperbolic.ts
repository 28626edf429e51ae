/**
 * tanh and sech of one argument from one exponential, for the BigFloat backend. A tanh
 * layer's forward pass asks for tanh z and its backward pass for the catalogue's
 * derivative sech(z)²: evaluated apart they cost two exponentials per unit. Here both
 * come from e = e^(−|z|):
 *
 *   tanh |z| = (1 − e²)/(1 + e²),   sech z = 2e/(1 + e²),
 *
 * computed with the BigInt engine's error-bounded operations (`numeric/mp/ops.ts`) at
 * wp + 8 bits, plus the bits 1 − e² ≈ 2|z| loses to cancellation when |z| is small. The
 * last argument's exponential is kept, so the second function of the same z costs a few
 * division. A result whose error bound does not lie within half a unit of the
 * working precision is not returned (`undefined`: the caller evaluates it the general way).
 *
 * @module
 */
import { type Approx, EXACT_ONE } from '../numeric/mp/approx.js';
import { expApprox } from '../numeric/mp/exp.js';
import { absF, type BigFloat, neg, round, shift, top } from '../numeric/mp/float.js';
import { aAdd, aDiv, aMul, aSub, bottom } from '../numeric/mp/ops.js';

/** Arguments with |z| ≥ 2^6 go the general way (tanh is 1 to within 2^−184 there). */
const LARGE = 6;

interface Parts {
  readonly e: Approx;
  readonly den: Approx;
  readonly oneMinus: Approx;
  readonly p: number;
}

/**
 * Evaluates tanh and sech at wp bits, sharing e^(−|z|) between calls with the same z.
 *
 * @example
 * ```ts
 * const h = hyperbolicPair(200);
 * h('tanh', z); // tanh z rounded to 200 bits (or undefined: evaluate it otherwise)
 * h('sech', z); // sech z, from the same exponential
 * ```
 */
export function hyperbolicPair(wp: number): (fn: 'tanh' | 'sech', z: BigFloat) => BigFloat | undefined {
  // keyed by the argument object: a layer asks for tanh of each z, then sech of each
  const cache = new WeakMap<BigFloat, Parts>();
  return (fn, z) => {
    if (z.man === 0n) return fn === 'tanh' ? z : { man: 1n, exp: 0, bits: 1 };
    if (top(z) > LARGE) return undefined;
    let parts = cache.get(z);
    if (parts === undefined) {
      const a = absF(z);
      const p = wp + 8 + Math.max(0, -bottom(a));
      const e = expApprox(neg(a), p);
      const e2 = aMul(e, e, p);
      parts = { e, den: aAdd(EXACT_ONE, e2, p), oneMinus: aSub(EXACT_ONE, e2, p), p };
      cache.set(z, parts);
    }
    let r: Approx;
    if (fn === 'tanh') {
      r = aDiv(parts.oneMinus, parts.den, parts.p);
      if (z.man < 0n) r = { v: neg(r.v), err: r.err };
    } else {
      const q = aDiv(parts.e, parts.den, parts.p);
      r = { v: shift(q.v, 1), err: q.err + 1 };
    }
    // the bound must leave the rounding to wp bits decided to within half a unit
    if (!(r.err < bottom(r.v) - wp - 2)) return undefined;
    return round(r.v, wp);
  };
}
