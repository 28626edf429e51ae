/**
 * The calculus tools' door to gradproof's interval arithmetic (`verify/interval`):
 * outward-rounded decimal enclosures of an expression over a box, for every function the
 * parser knows (erf, the inverse hyperbolic functions, …). The certified parts of the
 * critical-point search use nothing else: Krawczyk's test at digits + 20, the Hessian and
 * f over an enclosure, the sign of a Taylor form on the faces of a cube.
 *
 * Where the expression may be undefined somewhere in the box, {@link IntervalFailure}
 * says so, and whether it is undefined at every point (`outside`: no critical point can
 * lie there).
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { GradproofError } from '../errors.js';
import type { Expr } from '../symbolic/tree.js';
import { compileInterval, type IntervalClosure } from '../verify/interval/evaluate.js';
import { type Interval, IntervalDomainError, interval, intervalContext } from '../verify/interval/interval.js';

export type { Interval } from '../verify/interval/interval.js';

/**
 * A closed range [lo, hi] given by its ends (a box side, an enclosure).
 *
 * @example
 * ```ts
 * const s: Span = { lo: new Decimal(1), hi: new Decimal(2) };
 * ```
 */
export interface Span {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/**
 * Interval evaluation is not possible here: an unbounded result, or an expression that may
 * be undefined somewhere in the box (`outside`: at every point of it).
 *
 * @example
 * ```ts
 * new IntervalFailure('division by an interval containing 0', false);
 * ```
 */
export class IntervalFailure extends GradproofError {
  /** True when the whole box lies outside the expression's domain (no point of it is defined). */
  readonly outside: boolean;
  constructor(message: string, outside: boolean) {
    super('interval', message);
    this.name = 'IntervalFailure';
    this.outside = outside;
  }
}

/**
 * The closed interval [lo, hi].
 *
 * @example
 * ```ts
 * closed(new Decimal(-1), new Decimal(1)); // [-1, 1]
 * ```
 */
export function closed(lo: Decimal, hi: Decimal): Interval {
  return interval(lo, hi);
}

const compiled = new WeakMap<Expr, IntervalClosure>();

/**
 * Encloses every value of `e` over the box `env` (each variable a span) at `precision`
 * significant digits, rounded outward.
 *
 * @example
 * ```ts
 * const I = (a: string, b: string) => ({ lo: new Decimal(a), hi: new Decimal(b) });
 * enclose(parse('x^2 - x'), { x: I('0', '1') }, 20); // [-1, 1] (the natural extension: wider than the true [-1/4, 0])
 * ```
 */
export function enclose(e: Expr, env: Readonly<Record<string, Span>>, precision: number): Interval {
  let f = compiled.get(e);
  if (!f) {
    f = compileInterval(e);
    compiled.set(e, f);
  }
  const box: Record<string, Interval> = {};
  for (const [k, s] of Object.entries(env)) box[k] = 'loOpen' in s ? (s as Interval) : interval(s.lo, s.hi);
  let r: Interval;
  try {
    r = f(intervalContext(precision), box);
  } catch (err) {
    if (err instanceof IntervalDomainError) throw new IntervalFailure(err.message, err.certain);
    throw err;
  }
  if (!r.lo.isFinite() || !r.hi.isFinite()) throw new IntervalFailure('the enclosure is unbounded', false);
  return r;
}
