/**
 * How each function carries an error of its argument into its result: a bound on
 * |f(x) − f(x̂)| for every x with |x − x̂| ≤ 2^dx, from the computed x̂ and ŷ = f(x̂).
 *
 * Each bound is either a slope (a bound on |f′| over the whole interval, valid while the
 * interval stays a stated distance from the nearest singularity: its "reach") or, where
 * f has a square-root singularity (sqrt, asin, acos, asec, acsc, acosh, asech), the
 * Hölder bound C·√|x − x̂|, which holds up to the singularity itself. Beyond the reach
 * of a logarithmic or polar singularity (log, atanh, tan …) the bound is +∞: the caller
 * must work at a higher precision. `sign` is exact when |x̂| > 2^dx (its sign is
 * certain) and has no bound otherwise; `acot`, which jumps by π at 0, likewise.
 *
 * All numbers here are log2 magnitudes (JS numbers); no value passes through them.
 *
 * @module
 */
import { EXACT } from './approx.js';
import { absF, type BigFloat, ONE, sub, top } from './float.js';
import { toDouble } from './log.js';
import { bottom } from './ops.js';

const INF = Number.POSITIVE_INFINITY;
const pos = (t: number): number => Math.max(0, t);

/** bottom(|x̂| − 1) or bottom(1 − |x̂|): the log2 distance of |x̂| from 1 (−∞ at 1). */
function distanceFromOne(x: BigFloat): number {
  return bottom(absF(sub(absF(x), ONE)));
}

type Rule = (x: BigFloat, y: BigFloat, dx: number) => number;

/** slope · 2^dx while 2^dx ≤ 2^reach, else +∞. */
const within = (dx: number, reach: number, slope: number): number => (dx <= reach ? dx + slope : INF);

/** Square-root singularity at distance 2^d: slope 2^s inside half that distance, C·√Δ beyond. */
const rootSingular = (dx: number, d: number, slope: number, c: number): number => (dx < d - 1 ? dx + slope : c + dx / 2);

const RULES: Readonly<Record<string, Rule>> = {
  abs: (_x, _y, dx) => dx,
  // an unsettled sign has no bound (as in numeric/compile.ts): the precision is raised or the value refused
  sign: (x, _y, dx) => (dx < bottom(x) ? EXACT : INF),
  exp: (_x, y, dx) => within(dx, -1, top(y) + 1),
  log: (x, _y, dx) => within(dx, bottom(x) - 1, 1 - bottom(x)),
  log10: (x, _y, dx) => within(dx, bottom(x) - 1, 1 - bottom(x) - 1.2),
  sqrt: (x, _y, dx) => rootSingular(dx, bottom(x), -(bottom(x) - 1) / 2 - 0.5, 0),
  // |∛a − ∛b| ≤ 2^(2/3)·|a − b|^(1/3)
  cbrt: (x, _y, dx) => (dx < bottom(x) - 1 ? dx - 1.58 - (2 * (bottom(x) - 1)) / 3 : 0.67 + dx / 3),
  sin: (_x, _y, dx) => dx,
  cos: (_x, _y, dx) => dx,
  // on |x − x̂| ≤ 1/(8(1 + |ŷ|)): 1 + tan² ≤ 4(1 + ŷ²)
  tan: (_x, y, dx) => within(dx, -3 - pos(top(y)), 3 + 2 * pos(top(y))),
  cot: (_x, y, dx) => within(dx, -3 - pos(top(y)), 3 + 2 * pos(top(y))),
  // on |x − x̂| ≤ |cos x̂|/4: |sec·tan| ≤ sec² ≤ (4/3)²ŷ²
  sec: (_x, y, dx) => within(dx, -2 - top(y), 1 + 2 * top(y)),
  csc: (_x, y, dx) => within(dx, -2 - top(y), 1 + 2 * top(y)),
  // 1/√(1 − x²) ≤ √(2/d) with 1 − |x| ≥ d/2; |acos a − acos b| ≤ 2.25·√|a − b|
  asin: (x, _y, dx) => rootSingular(dx, distanceFromOne(x), 0.5 - distanceFromOne(x) / 2, 1.17),
  acos: (x, _y, dx) => rootSingular(dx, distanceFromOne(x), 0.5 - distanceFromOne(x) / 2, 1.17),
  atan: (_x, _y, dx) => dx,
  // acot jumps by π at 0: an argument whose sign is not settled has no bound; |acot′| = 1/(1 + x²)
  // ≤ 4/x̂² within |x̂|/2 of x̂ (acot is tiny where |x| is large)
  acot: (x, _y, dx) => (dx >= bottom(x) ? INF : dx < bottom(x) - 1 ? dx + Math.min(0, 2 - 2 * bottom(x)) : dx),
  // 1/(|x|√(x² − 1)) ≤ 1/√d with |x| − 1 ≥ d/2; asec x = acos(1/x) and |Δ(1/x)| ≤ |Δx|
  asec: (x, _y, dx) => rootSingular(dx, distanceFromOne(x), -distanceFromOne(x) / 2, 1.17),
  acsc: (x, _y, dx) => rootSingular(dx, distanceFromOne(x), -distanceFromOne(x) / 2, 1.17),
  // cosh ≤ |sinh| + 1, and e^Δ ≤ 2
  sinh: (_x, y, dx) => within(dx, -1, 2 + pos(top(y))),
  cosh: (_x, y, dx) => within(dx, -1, 1 + top(y)),
  tanh: (_x, _y, dx) => dx,
  // |sech′| = |sech·tanh| ≤ 1/2 everywhere, and ≤ sech, which grows by at most e^(1/2) within 1/2
  // of x̂: a relative bound where sech is tiny
  sech: (_x, y, dx) => Math.min(dx - 1, within(dx, -1, top(y) + 0.72)),
  // |csch·coth| ≤ (1/|x|)(1 + 1/|x|) with |x| ≥ |x̂|/2; for |x̂| ≥ 2 also ≤ 2|csch|, csch
  // growing by at most 1.9 within 1/2 of x̂ (a relative bound where csch is tiny)
  csch: (x, y, dx) => {
    const absolute = within(dx, bottom(x) - 1, 1 - bottom(x) + Math.log2(1 + 2 ** (1 - bottom(x))));
    return bottom(x) >= 1 ? Math.min(absolute, within(dx, -1, top(y) + 2)) : absolute;
  },
  coth: (x, _y, dx) => within(dx, bottom(x) - 1, 2 - 2 * bottom(x)),
  asinh: (_x, _y, dx) => dx,
  // 1/√(x² − 1) ≤ 1/√d; acosh(1 + δ) ≤ √(2δ)
  acosh: (x, _y, dx) => rootSingular(dx, distanceFromOne(x), -distanceFromOne(x) / 2, 0.5),
  // 1/(1 − x²) ≤ 2/d with 1 − |x| ≥ d/2
  atanh: (x, _y, dx) => within(dx, distanceFromOne(x) - 1, 1 - distanceFromOne(x)),
  acoth: (x, _y, dx) => within(dx, distanceFromOne(x) - 1, -distanceFromOne(x)),
  // 1/(x√(1 − x²)) ≤ (2/x̂)·√(2/d); near 1, asech x = acosh(1/x) with |Δ(1/x)| ≤ 4|Δx|/x̂²
  asech: (x, _y, dx) => {
    if (dx >= bottom(x) - 1) return INF;
    const d = distanceFromOne(x);
    return dx < d - 1 ? dx + 1.5 - bottom(x) - d / 2 : 1.5 - bottom(x) + dx / 2;
  },
  // 1/(|x|√(1 + x²)) ≤ 1/x² ≤ 4/x̂²
  acsch: (x, _y, dx) => within(dx, bottom(x) - 1, 2 - 2 * bottom(x)),
  erf: (_x, _y, dx) => dx + 0.18,
  // |erfc′(x)| = (2/√π)e^(−x²) < (2x + 2)·erfc(x) for x ≥ 0, a relative bound where erfc is tiny;
  // within 2^−2/(2x̂ + 2) of x̂, erfc and 2x + 2 grow by factors below 1.29 and 1.13
  erfc: (x, y, dx) => {
    if (x.man <= 0n) return dx + 0.18;
    const scale = Math.log2(2 * Math.min(toDouble(x), 1e300) + 2);
    return Math.min(dx + 0.18, within(dx, -scale - 2, top(y) + scale + 0.6));
  },
};

/**
 * log2 of a bound on |f(x) − f(x̂)| over |x − x̂| ≤ 2^dx (−∞ when dx is −∞, +∞ when no
 * bound is known there). `x` is x̂, `y` is f(x̂) to a few bits.
 *
 * @example
 * ```ts
 * propagate('exp', fromInt(1), fromInt(3), -100); // about −98: e·2^−100 with a margin
 * ```
 */
export function propagate(name: string, x: BigFloat, y: BigFloat, dx: number): number {
  if (dx === EXACT) return EXACT;
  if (dx === INF) return INF;
  const rule = RULES[name];
  return rule === undefined ? INF : rule(x, y, dx);
}
