/**
 * Outward-rounded interval arithmetic over decimal.js, with open or closed ends and
 * infinite ends.
 *
 * An {@link Interval} `⟨lo, hi⟩` is a set of REAL numbers: it never contains ±∞, so an
 * infinite end is always open, and a finite end is open when every value is strictly
 * beyond it. The open flags are what lets a proof say "σ′ > 0 for every z" on the tail
 * [L, ∞): e^(−z) over [L, ∞) is (0, e^(−L)], not [0, e^(−L)].
 *
 * Rounding: every lower end is computed with ROUND_FLOOR and every upper end with
 * ROUND_CEIL at the working precision (decimal.js rounds + − × ÷ correctly in the
 * direction asked). decimal.js ignores the rounding mode on exponent overflow and
 * underflow, so both are repaired here: an upper end that underflowed to 0 from a
 * non-zero exact result becomes the smallest positive decimal, a lower end that
 * overflowed to +∞ becomes the largest finite one (and symmetrically). Flags follow one
 * rule: an end is open when the operation maps open ends to it (a strictly monotone
 * map); widening an end outward never makes an open flag wrong, because the values stay
 * strictly beyond the widened end too.
 *
 * Products of a zero end and an infinite end count as 0 (the convention of IEEE 1788):
 * the extremes of x·y over a box are limits at its corners, and the corner 0·∞ is never
 * the unique extreme.
 *
 * @module
 */
import { Decimal } from 'decimal.js';

/** A decimal.js constructor (a clone with its own precision and rounding). */
export type DecimalCtor = typeof Decimal;

/**
 * A set of reals between two ends, each open or closed; infinite ends are open.
 *
 * @example
 * ```ts
 * const unit: Interval = { lo: new Decimal(0), hi: new Decimal(1), loOpen: true, hiOpen: false }; // (0, 1]
 * ```
 */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
  /** Every value is > lo (always true when lo = −∞). */
  readonly loOpen: boolean;
  /** Every value is < hi (always true when hi = +∞). */
  readonly hiOpen: boolean;
}

/**
 * The working precision and its three decimal.js constructors: rounding down, up, and to
 * nearest (for calling the elementary functions).
 *
 * @example
 * ```ts
 * const ctx = intervalContext(30);
 * ctx.down.div(1, 3).toString(); // '0.333333333333333333333333333333'
 * ctx.up.div(1, 3).toString();   // '0.333333333333333333333333333334'
 * ```
 */
export interface IntervalContext {
  /** Significant digits of every rounded end. */
  readonly precision: number;
  readonly down: DecimalCtor;
  readonly up: DecimalCtor;
  readonly near: DecimalCtor;
}

const MIN_E = -9e15;
const MAX_E = 9e15;
/** The smallest positive decimal the constructors represent. */
export const TINY = new Decimal(`1e${MIN_E}`);
/** A finite decimal below every overflowing value. */
export const HUGE = new Decimal(`1e${MAX_E}`);
const POS_INF = new Decimal(Number.POSITIVE_INFINITY);
const NEG_INF = new Decimal(Number.NEGATIVE_INFINITY);
const ZERO = new Decimal(0);
const ONE = new Decimal(1);

const contexts = new Map<number, IntervalContext>();

/**
 * The interval context at `precision` significant digits (cached).
 *
 * @example
 * ```ts
 * intervalContext(24).precision; // 24
 * ```
 */
export function intervalContext(precision: number): IntervalContext {
  const p = Math.max(5, Math.ceil(precision));
  let ctx = contexts.get(p);
  if (!ctx) {
    const base = { precision: p, minE: MIN_E, maxE: MAX_E, toExpNeg: -7, toExpPos: 21 };
    ctx = {
      precision: p,
      down: Decimal.clone({ ...base, rounding: Decimal.ROUND_FLOOR }),
      up: Decimal.clone({ ...base, rounding: Decimal.ROUND_CEIL }),
      near: Decimal.clone({ ...base, rounding: Decimal.ROUND_HALF_EVEN }),
    };
    contexts.set(p, ctx);
  }
  return ctx;
}

// ---------------------------------------------------------------------------
// Construction and inspection
// ---------------------------------------------------------------------------

/**
 * The interval from its ends (`-inf`/`inf` or `±Infinity` for unbounded ends, which are
 * forced open).
 *
 * @example
 * ```ts
 * formatInterval(interval('0', 'inf', false, true)); // '[0, ∞)'
 * ```
 */
export function interval(lo: Decimal | string, hi: Decimal | string, loOpen = false, hiOpen = false): Interval {
  const l = toEnd(lo);
  const h = toEnd(hi);
  if (l.isNaN() || h.isNaN() || l.gt(h)) throw new RangeError(`not an interval: ${l.toString()} > ${h.toString()}`);
  const lOpen = loOpen || !l.isFinite();
  const hOpen = hiOpen || !h.isFinite();
  if (l.eq(h) && (lOpen || hOpen)) throw new RangeError(`empty interval at ${l.toString()}`);
  return { lo: l, hi: h, loOpen: lOpen, hiOpen: hOpen };
}

function toEnd(x: Decimal | string): Decimal {
  if (typeof x !== 'string') return x;
  if (x === 'inf' || x === '+inf') return POS_INF;
  if (x === '-inf') return NEG_INF;
  return new Decimal(x);
}

/**
 * The degenerate interval [x, x] (exact: the decimal is not rounded; a JS number must be a
 * safe integer).
 *
 * @example
 * ```ts
 * point('0.1').lo.toString(); // '0.1'
 * ```
 */
export function point(x: Decimal | string | number): Interval {
  if (typeof x === 'number' && !Number.isSafeInteger(x)) throw new RangeError(`a point given as a JS number must be a safe integer, got ${x}`);
  const d = typeof x === 'string' || typeof x === 'number' ? new Decimal(x) : x;
  if (!d.isFinite()) throw new RangeError(`a point must be finite, got ${d.toString()}`);
  return { lo: d, hi: d, loOpen: false, hiOpen: false };
}

/**
 * The whole real line (−∞, ∞).
 *
 * @example
 * ```ts
 * formatInterval(ENTIRE); // '(−∞, ∞)'
 * ```
 */
export const ENTIRE: Interval = Object.freeze({ lo: NEG_INF, hi: POS_INF, loOpen: true, hiOpen: true });

/**
 * Whether the interval is a single point.
 *
 * @example
 * ```ts
 * isPoint(point('2')); // true
 * ```
 */
export function isPoint(a: Interval): boolean {
  return a.lo.eq(a.hi);
}

/**
 * Whether `x` belongs to the interval (respecting open ends).
 *
 * @example
 * ```ts
 * contains(interval('0', '1', true, false), new Decimal(0)); // false
 * ```
 */
export function contains(a: Interval, x: Decimal): boolean {
  const aboveLo = a.loOpen ? x.gt(a.lo) : x.gte(a.lo);
  const belowHi = a.hiOpen ? x.lt(a.hi) : x.lte(a.hi);
  return aboveLo && belowHi;
}

/**
 * Whether every value of `a` is a value of `b`.
 *
 * @example
 * ```ts
 * subset(interval('0', '1', true, false), interval('0', '1')); // true
 * ```
 */
export function subset(a: Interval, b: Interval): boolean {
  const lo = a.lo.gt(b.lo) || (a.lo.eq(b.lo) && (a.loOpen || !b.loOpen));
  const hi = a.hi.lt(b.hi) || (a.hi.eq(b.hi) && (a.hiOpen || !b.hiOpen));
  return lo && hi;
}

/**
 * Whether the two intervals share no value.
 *
 * @example
 * ```ts
 * disjoint(interval('0', '1', false, true), interval('1', '2')); // true
 * ```
 */
export function disjoint(a: Interval, b: Interval): boolean {
  const touchLeft = a.hi.lt(b.lo) || (a.hi.eq(b.lo) && (a.hiOpen || b.loOpen));
  const touchRight = b.hi.lt(a.lo) || (b.hi.eq(a.lo) && (b.hiOpen || a.loOpen));
  return touchLeft || touchRight;
}

/**
 * The smallest interval containing both.
 *
 * @example
 * ```ts
 * formatInterval(hull(point('0'), interval('1', '2', false, true))); // '[0, 2)'
 * ```
 */
export function hull(a: Interval, b: Interval): Interval {
  const lo = a.lo.lt(b.lo) ? { v: a.lo, o: a.loOpen } : b.lo.lt(a.lo) ? { v: b.lo, o: b.loOpen } : { v: a.lo, o: a.loOpen && b.loOpen };
  const hi = a.hi.gt(b.hi) ? { v: a.hi, o: a.hiOpen } : b.hi.gt(a.hi) ? { v: b.hi, o: b.hiOpen } : { v: a.hi, o: a.hiOpen && b.hiOpen };
  return { lo: lo.v, hi: hi.v, loOpen: lo.o, hiOpen: hi.o };
}

/**
 * The common values of two intervals, or undefined when there are none.
 *
 * @example
 * ```ts
 * formatInterval(intersect(interval('0', '2'), interval('1', '3', true))!); // '(1, 2]'
 * ```
 */
export function intersect(a: Interval, b: Interval): Interval | undefined {
  if (disjoint(a, b)) return undefined;
  const lo = a.lo.gt(b.lo) ? { v: a.lo, o: a.loOpen } : b.lo.gt(a.lo) ? { v: b.lo, o: b.loOpen } : { v: a.lo, o: a.loOpen || b.loOpen };
  const hi = a.hi.lt(b.hi) ? { v: a.hi, o: a.hiOpen } : b.hi.lt(a.hi) ? { v: b.hi, o: b.hiOpen } : { v: a.hi, o: a.hiOpen || b.hiOpen };
  return { lo: lo.v, hi: hi.v, loOpen: lo.o, hiOpen: hi.o };
}

/**
 * Width hi − lo, rounded up (+∞ for an unbounded interval).
 *
 * @example
 * ```ts
 * width(intervalContext(20), interval('1', '3')).toString(); // '2'
 * ```
 */
export function width(ctx: IntervalContext, a: Interval): Decimal {
  if (!a.lo.isFinite() || !a.hi.isFinite()) return POS_INF;
  return ctx.up.sub(a.hi, a.lo);
}

/**
 * Prints an interval with its brackets: `[0, 1)`, `(−∞, 2]`, `{3}` for a point. With
 * `digits`, the ends are rounded outward to that many significant digits.
 *
 * @example
 * ```ts
 * formatInterval(interval('0', '1', true, false)); // '(0, 1]'
 * ```
 */
export function formatInterval(a: Interval, digits?: number): string {
  const show = (x: Decimal): string => {
    if (!x.isFinite()) return x.isNeg() ? '−∞' : '∞';
    return digits === undefined ? x.toString() : x.toSignificantDigits(digits, x === a.lo ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL).toString();
  };
  if (isPoint(a)) return `{${show(a.lo)}}`;
  return `${a.loOpen ? '(' : '['}${show(a.lo)}, ${show(a.hi)}${a.hiOpen ? ')' : ']'}`;
}

// ---------------------------------------------------------------------------
// Directed rounding with the exponent range repaired
// ---------------------------------------------------------------------------

type Op = 'add' | 'sub' | 'mul' | 'div';

/** `x op y` rounded toward −∞ (`dir` = −1) or +∞ (`dir` = 1); the operands are finite or ±∞ as the op allows. */
function rounded(ctx: IntervalContext, op: Op, x: Decimal, y: Decimal, dir: 1 | -1): Decimal {
  const D = dir < 0 ? ctx.down : ctx.up;
  const r = D[op](x, y);
  if (r.isZero() && x.isFinite() && y.isFinite() && !exactlyZero(op, x, y)) {
    // Underflow: the exact result is a non-zero value below TINY in magnitude.
    const positive = exactSign(op, x, y) > 0;
    if (dir < 0) return positive ? ZERO : TINY.neg();
    return positive ? TINY : ZERO;
  }
  if (!r.isFinite() && x.isFinite() && y.isFinite()) {
    if (r.isPos() && dir < 0) return HUGE;
    if (r.isNeg() && dir > 0) return HUGE.neg();
  }
  return r;
}

/** The sign of the exact x op y (which is not zero). */
function exactSign(op: Op, x: Decimal, y: Decimal): number {
  switch (op) {
    case 'add':
      return x.gt(y.neg()) ? 1 : -1;
    case 'sub':
      return x.gt(y) ? 1 : -1;
    default:
      return x.isNeg() === y.isNeg() ? 1 : -1;
  }
}

function exactlyZero(op: Op, x: Decimal, y: Decimal): boolean {
  switch (op) {
    case 'add':
      return x.eq(y.neg());
    case 'sub':
      return x.eq(y);
    case 'mul':
      return x.isZero() || y.isZero();
    case 'div':
      return x.isZero();
  }
}

/** x·y rounded in direction `dir`, with 0·(±∞) = 0. */
function mulEnd(ctx: IntervalContext, x: Decimal, y: Decimal, dir: 1 | -1): Decimal {
  if (x.isZero() || y.isZero()) return ZERO;
  if (!x.isFinite() || !y.isFinite()) return x.isNeg() !== y.isNeg() ? NEG_INF : POS_INF;
  return rounded(ctx, 'mul', x, y, dir);
}

/** x/y rounded in direction `dir` (y ≠ 0 or an open zero end meaning ±0⁺), or undefined for ∞/∞ and 0/0. */
function divEnd(ctx: IntervalContext, x: Decimal, y: Decimal, ySign: number, dir: 1 | -1): Decimal | undefined {
  if (!x.isFinite() && !y.isFinite()) return undefined;
  if (y.isZero()) {
    if (x.isZero()) return undefined;
    return x.isNeg() !== ySign < 0 ? NEG_INF : POS_INF;
  }
  if (x.isZero()) return ZERO;
  if (!y.isFinite()) return ZERO;
  if (!x.isFinite()) return x.isNeg() !== y.isNeg() ? NEG_INF : POS_INF;
  return rounded(ctx, 'div', x, y, dir);
}

/**
 * Rounds an exact decimal outward to the working precision: [down(x), up(x)].
 *
 * @example
 * ```ts
 * formatInterval(roundOut(intervalContext(5), new Decimal('3.14159265'))); // '[3.1415, 3.1416]'
 * ```
 */
export function roundOut(ctx: IntervalContext, x: Decimal): Interval {
  if (x.sd() <= ctx.precision) return point(x);
  return { lo: new ctx.down(x).toSD(ctx.precision, Decimal.ROUND_FLOOR), hi: new ctx.up(x).toSD(ctx.precision, Decimal.ROUND_CEIL), loOpen: false, hiOpen: false };
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

/**
 * −a.
 *
 * @example
 * ```ts
 * formatInterval(negate(interval('1', '2', true))); // '[-2, -1)'
 * ```
 */
export function negate(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg(), loOpen: a.hiOpen, hiOpen: a.loOpen };
}

/**
 * a + b, rounded outward.
 *
 * @example
 * ```ts
 * formatInterval(add(intervalContext(20), interval('0', '1', true), point('1'))); // '(1, 2]'
 * ```
 */
export function add(ctx: IntervalContext, a: Interval, b: Interval): Interval {
  const lo = !a.lo.isFinite() || !b.lo.isFinite() ? NEG_INF : rounded(ctx, 'add', a.lo, b.lo, -1);
  const hi = !a.hi.isFinite() || !b.hi.isFinite() ? POS_INF : rounded(ctx, 'add', a.hi, b.hi, 1);
  return { lo, hi, loOpen: a.loOpen || b.loOpen || !lo.isFinite(), hiOpen: a.hiOpen || b.hiOpen || !hi.isFinite() };
}

/**
 * a − b, rounded outward.
 *
 * @example
 * ```ts
 * formatInterval(sub(intervalContext(20), point('1'), interval('0', '1', false, true))); // '(0, 1]'
 * ```
 */
export function sub(ctx: IntervalContext, a: Interval, b: Interval): Interval {
  return add(ctx, a, negate(b));
}

interface End {
  readonly v: Decimal;
  readonly open: boolean;
}

const isClosedZero = (e: End): boolean => e.v.isZero() && !e.open;

/** Picks the least (dir −1) or greatest (dir 1) candidate; on a tie a closed end wins. */
function pick(cands: readonly End[], dir: 1 | -1): End {
  let best = cands[0]!;
  for (const c of cands.slice(1)) {
    const better = dir < 0 ? c.v.lt(best.v) : c.v.gt(best.v);
    if (better || (c.v.eq(best.v) && !c.open)) best = c;
  }
  return best;
}

function ends(a: Interval): [End, End] {
  return [
    { v: a.lo, open: a.loOpen },
    { v: a.hi, open: a.hiOpen },
  ];
}

/**
 * a·b, rounded outward.
 *
 * @example
 * ```ts
 * formatInterval(mul(intervalContext(20), interval('-1', '2'), interval('3', '4'))); // '[-4, 8]'
 * ```
 */
export function mul(ctx: IntervalContext, a: Interval, b: Interval): Interval {
  const lows: End[] = [];
  const highs: End[] = [];
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const open = (x.open || y.open) && !isClosedZero(x) && !isClosedZero(y);
      lows.push({ v: mulEnd(ctx, x.v, y.v, -1), open });
      highs.push({ v: mulEnd(ctx, x.v, y.v, 1), open });
    }
  }
  const lo = pick(lows, -1);
  const hi = pick(highs, 1);
  return { lo: lo.v, hi: hi.v, loOpen: lo.open || !lo.v.isFinite(), hiOpen: hi.open || !hi.v.isFinite() };
}

/**
 * Thrown where an expression may be undefined somewhere in the interval it is evaluated
 * on (`certain`: undefined at every point of it).
 *
 * @example
 * ```ts
 * try { div(intervalContext(20), point('1'), interval('-1', '1')); } catch (e) { (e as IntervalDomainError).certain; } // false
 * ```
 */
export class IntervalDomainError extends Error {
  /** True when the expression is undefined at every point of the interval (not only at some). */
  readonly certain: boolean;
  constructor(reason: string, certain: boolean) {
    super(reason);
    this.name = 'IntervalDomainError';
    this.certain = certain;
  }
}

/** The sign of the values of b (−1 or 1) when 0 ∉ b, else throws. */
function signAway(b: Interval, what: string): 1 | -1 {
  const positive = b.lo.gt(0) || (b.lo.isZero() && b.loOpen);
  const negative = b.hi.lt(0) || (b.hi.isZero() && b.hiOpen);
  if (positive) return 1;
  if (negative) return -1;
  throw new IntervalDomainError(`${what} by an interval containing 0`, isPoint(b));
}

/**
 * a/b, rounded outward; throws {@link IntervalDomainError} when 0 ∈ b.
 *
 * @example
 * ```ts
 * formatInterval(div(intervalContext(20), point('1'), interval('0', '2', true))); // '[0.5, ∞)'
 * ```
 */
export function div(ctx: IntervalContext, a: Interval, b: Interval): Interval {
  const s = signAway(b, 'division');
  const lows: End[] = [];
  const highs: End[] = [];
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const open = (x.open || y.open) && !isClosedZero(x);
      const lo = divEnd(ctx, x.v, y.v, s, -1);
      const hi = divEnd(ctx, x.v, y.v, s, 1);
      if (lo !== undefined) lows.push({ v: lo, open });
      if (hi !== undefined) highs.push({ v: hi, open });
    }
  }
  const lo = pick(lows, -1);
  const hi = pick(highs, 1);
  return { lo: lo.v, hi: hi.v, loOpen: lo.open || !lo.v.isFinite(), hiOpen: hi.open || !hi.v.isFinite() };
}

/**
 * |a|.
 *
 * @example
 * ```ts
 * formatInterval(abs(interval('-2', '1', false, true))); // '[0, 2]'
 * ```
 */
export function abs(a: Interval): Interval {
  if (a.lo.gte(0)) return a;
  if (a.hi.lte(0)) return negate(a);
  const m = a.hi.gt(a.lo.neg()) ? { v: a.hi, o: a.hiOpen } : a.hi.lt(a.lo.neg()) ? { v: a.lo.neg(), o: a.loOpen } : { v: a.hi, o: a.hiOpen && a.loOpen };
  return { lo: ZERO, hi: m.v, loOpen: false, hiOpen: m.o || !m.v.isFinite() };
}

/** xⁿ for x ≥ 0 (finite or +∞) and n ≥ 1, rounded in direction `dir`. */
function powEnd(ctx: IntervalContext, x: Decimal, n: bigint, dir: 1 | -1): Decimal {
  if (!x.isFinite()) return POS_INF;
  if (x.isZero()) return ZERO;
  let result = ONE;
  let base = x;
  let k = n;
  while (k > 0n) {
    if (k & 1n) result = rounded(ctx, 'mul', result, base, dir);
    k >>= 1n;
    if (k > 0n) base = rounded(ctx, 'mul', base, base, dir);
  }
  return result;
}

/**
 * aⁿ for an integer n (n ≤ 0 needs 0 ∉ a; 0⁰ is undefined, as in the evaluator).
 *
 * @example
 * ```ts
 * formatInterval(powInt(intervalContext(20), interval('-2', '1'), 2n)); // '[0, 4]'
 * ```
 */
export function powInt(ctx: IntervalContext, a: Interval, n: bigint): Interval {
  if (n === 0n) {
    if (contains(a, ZERO)) throw new IntervalDomainError('0^0 is undefined', isPoint(a));
    return point(ONE);
  }
  if (n < 0n) {
    if (contains(a, ZERO)) throw new IntervalDomainError('0 raised to a negative power', isPoint(a));
    return div(ctx, point(ONE), powInt(ctx, a, -n));
  }
  const even = n % 2n === 0n;
  if (even) {
    const m = abs(a);
    return { lo: powEnd(ctx, m.lo, n, -1), hi: powEnd(ctx, m.hi, n, 1), loOpen: m.loOpen, hiOpen: m.hiOpen || !m.hi.isFinite() };
  }
  const odd = (x: Decimal, dir: 1 | -1): Decimal => (x.isNeg() ? powEnd(ctx, x.neg(), n, dir < 0 ? 1 : -1).neg() : powEnd(ctx, x, n, dir));
  return { lo: odd(a.lo, -1), hi: odd(a.hi, 1), loOpen: a.loOpen, hiOpen: a.hiOpen };
}

/**
 * The least and greatest of several intervals' values, end by end (min or max of the arguments).
 *
 * @example
 * ```ts
 * formatInterval(extremum('max', [interval('-1', '1'), point('0')])); // '[0, 1]'
 * ```
 */
export function extremum(which: 'min' | 'max', args: readonly Interval[]): Interval {
  const dir = which === 'min' ? -1 : 1;
  // min: the lower end is the least lower end (open only if every tied end is open),
  // the upper end the least upper end (open if any tied end is open); max mirrors it.
  const chooseLo = (a: End, b: End): End => {
    if (a.v.eq(b.v)) return { v: a.v, open: dir < 0 ? a.open && b.open : a.open || b.open };
    return (dir < 0 ? a.v.lt(b.v) : a.v.gt(b.v)) ? a : b;
  };
  const chooseHi = (a: End, b: End): End => {
    if (a.v.eq(b.v)) return { v: a.v, open: dir < 0 ? a.open || b.open : a.open && b.open };
    return (dir < 0 ? a.v.lt(b.v) : a.v.gt(b.v)) ? a : b;
  };
  let lo: End = { v: args[0]!.lo, open: args[0]!.loOpen };
  let hi: End = { v: args[0]!.hi, open: args[0]!.hiOpen };
  for (const a of args.slice(1)) {
    lo = chooseLo(lo, { v: a.lo, open: a.loOpen });
    hi = chooseHi(hi, { v: a.hi, open: a.hiOpen });
  }
  return { lo: lo.v, hi: hi.v, loOpen: lo.open, hiOpen: hi.open };
}

/**
 * The midpoint of a finite interval, exact in decimal (halving a decimal is exact).
 *
 * @example
 * ```ts
 * midpoint(interval('1', '2')).toString(); // '1.5'
 * ```
 */
export function midpoint(a: Interval): Decimal {
  if (!a.lo.isFinite() || !a.hi.isFinite()) throw new RangeError('the midpoint of an unbounded interval');
  // Enough digits for the exact sum (from the larger leading digit to the smaller last digit) and the halving.
  const last = (x: Decimal): number => (x.isZero() ? 0 : x.e - x.sd() + 1);
  const lead = Math.max(a.lo.isZero() ? 0 : a.lo.e, a.hi.isZero() ? 0 : a.hi.e);
  const P = Decimal.clone({ precision: lead - Math.min(last(a.lo), last(a.hi)) + 4, rounding: Decimal.ROUND_HALF_EVEN });
  return P.add(a.lo, a.hi).div(2);
}
