/**
 * tanh z and sech(z)² from one evaluation, for the BigFloat backend. A tanh layer's
 * forward pass asks for tanh z and its backward pass for the catalogue's derivative
 * sech(z)²: evaluated apart they cost two exponentials per unit. Here the second comes
 * from the first by the identity sech² = 1 − tanh², with the BigInt engine's
 * error-bounded operations (`numeric/mp/ops.ts`). 1 − t² cancels the bits that t shares
 * with 1, about 2|z|·log2 e of them, so t is computed with that many bits beyond the
 * working precision (and 8 more). The last arguments' values are kept, so the slope of a
 * z whose tanh was taken costs one multiplication and one subtraction. A result whose
 * error bound does not lie within an eighth of a unit of the working precision is not
 * returned (`undefined`: the caller evaluates it the general way).
 *
 * @module
 */
import { type Approx, EXACT_ONE } from '../numeric/mp/approx.js';
import { absF, type BigFloat, neg, ONE, round, top } from '../numeric/mp/float.js';
import { MP_FUNCTIONS } from '../numeric/mp/functions.js';
import { aMul, aSub, bottom } from '../numeric/mp/ops.js';

/** Arguments with |z| ≥ 2^6 go the general way. */
const LARGE = 6;
const LOG2_E = Math.LOG2E;

interface Parts {
  /** tanh |z| at p bits, with its error bound. */
  readonly t: Approx;
  readonly p: number;
}

/**
 * Evaluates tanh z and sech(z)² at wp bits, the second from the first.
 *
 * @example
 * ```ts
 * const h = hyperbolicPair(200);
 * h('tanh', z);  // tanh z rounded to 200 bits (or undefined: evaluate it otherwise)
 * h('sech2', z); // sech(z)² = 1 − tanh(z)², from the same evaluation
 * ```
 */
export function hyperbolicPair(wp: number): (fn: 'tanh' | 'sech2', z: BigFloat) => BigFloat | undefined {
  // keyed by the argument object: a layer asks for tanh of each z, then for each slope
  const cache = new WeakMap<BigFloat, Parts>();
  const tanh = MP_FUNCTIONS.tanh!;
  return (fn, z) => {
    if (z.man === 0n) return fn === 'tanh' ? z : ONE;
    if (top(z) > LARGE) return undefined;
    let parts = cache.get(z);
    if (parts === undefined) {
      const a = absF(z);
      // 1 − tanh² a ≥ e^(−2a): 2a·log2 e bits cancel
      const p = wp + 8 + Math.ceil(2 * LOG2_E * 2 ** top(a));
      parts = { t: tanh.approx([{ v: a }], p), p };
      cache.set(z, parts);
    }
    let r: Approx;
    if (fn === 'tanh') {
      r = z.man < 0n ? { v: neg(parts.t.v), err: parts.t.err } : parts.t;
    } else {
      r = aSub(EXACT_ONE, aMul(parts.t, parts.t, parts.p), parts.p);
    }
    // the bound must leave the rounding to wp bits decided to within an eighth of a unit
    if (r.v.man === 0n || !(r.err < bottom(r.v) - wp - 3)) return undefined;
    return round(r.v, wp);
  };
}
