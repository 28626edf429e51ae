/**
 * The interval extension of every function the parser knows (`FUNCTION_ARITY` in
 * symbolic/functions.ts): for an interval X, an interval that contains f(x) for every x
 * in X, with open ends where f maps open ends to them.
 *
 * Values at points come from `numeric/elementary.ts` (REAL_FUNCTIONS) at the working
 * precision p, each widened by two units in its last place. The margin is proved from
 * that module's contract: every function is computed at p + 20 guard digits with
 * relative error about 10^−(p+20) and rounded once to p digits (half-even), so a result
 * r differs from the true value by at most half a unit in the last place of r plus
 * |f(x)|·10^−(p+19) ≤ 10^(r.e − p − 18): together below 0.51 units in the last place of
 * r, and 2 units cover it with room to spare (also when rounding carried r to the next
 * power of ten). Values decided exactly (exp 0 = 1, tanh 0 = 0, √ of a perfect square,
 * a result equal to a bound of the function's range) are not widened, and every
 * enclosure is intersected with the function's known range (tanh ∈ (−1, 1), e^x > 0, …),
 * which is how tanh(100) is enclosed in [1 − 2·10^−p+1, 1) and never reaches 1.
 *
 * Between points, each function's shape does the rest:
 * - monotone functions (exp, log, log10, √, ∛, atan, sinh, tanh, asinh, erf, asin,
 *   atanh, acosh increasing; erfc, acos, asech decreasing) map the ends, with their
 *   limits at open and infinite ends (tanh(∞) = 1, e^(−∞) = 0, log(0⁺) = −∞);
 * - even functions (cosh, sech, |x|) work on |X|, with their extremum at 0;
 * - sin and cos add ±1 wherever a point (k + ½)π or kπ may lie inside X (with π itself
 *   enclosed), and give [−1, 1] for X at least 2π wide or unbounded;
 * - tan, cot, sec, csc, csch, coth, acsch, acoth, asec, acsc and acot are monotone on each
 *   branch between their poles or jumps; an X that may contain a pole is refused
 *   ({@link IntervalDomainError}), acot takes the hull of its two branches at 0;
 * - sign, min and max are exact.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError } from '../../errors.js';
import { REAL_FUNCTIONS } from '../../numeric/elementary.js';
import {
  abs,
  disjoint,
  div,
  ENTIRE,
  extremum,
  HUGE,
  hull,
  type Interval,
  type IntervalContext,
  IntervalDomainError,
  intersect,
  interval,
  isPoint,
  mul,
  negate,
  point,
  subset,
  TINY,
} from './interval.js';

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const POS_INF = new Decimal(Number.POSITIVE_INFINITY);
const NEG_INF = new Decimal(Number.NEGATIVE_INFINITY);

/** An end's value or limit: an enclosure, or ±∞. */
type Lim = Interval | 'inf' | '-inf';

// ---------------------------------------------------------------------------
// Point values
// ---------------------------------------------------------------------------

/** Functions that are exactly 0 at 0. */
const ZERO_AT_ZERO = new Set(['sin', 'tan', 'atan', 'asin', 'sinh', 'tanh', 'asinh', 'atanh', 'erf', 'cbrt', 'sqrt', 'abs', 'sign']);
/** Functions that are exactly 1 at 0. */
const ONE_AT_ZERO = new Set(['exp', 'cos', 'cosh', 'sech', 'erfc']);
/** Functions that are exactly 0 at 1. */
const ZERO_AT_ONE = new Set(['log', 'log10', 'acosh', 'asech', 'acos', 'asec']);

/** An exact value of name(x), when it is one of the special cases. */
function exactValue(name: string, x: Decimal): Decimal | undefined {
  if (x.isZero()) {
    if (ZERO_AT_ZERO.has(name)) return ZERO;
    if (ONE_AT_ZERO.has(name)) return ONE;
  }
  if (x.eq(1)) {
    if (ZERO_AT_ONE.has(name)) return ZERO;
    if (name === 'sqrt' || name === 'cbrt') return ONE;
  }
  if (name === 'log10' && x.gt(0) && x.sd() === 1 && x.toExponential().startsWith('1e')) return new Decimal(x.e);
  if (name === 'abs') return x.abs();
  if (name === 'sign') return new Decimal(x.isZero() ? 0 : x.isNeg() ? -1 : 1);
  return undefined;
}

/** Known range of each function: values lie in it, so enclosures are intersected with it. */
const RANGES: Readonly<Record<string, Interval>> = {
  exp: interval('0', 'inf', true),
  sqrt: interval('0', 'inf'),
  abs: interval('0', 'inf'),
  tanh: interval('-1', '1', true, true),
  erf: interval('-1', '1', true, true),
  erfc: interval('0', '2', true, true),
  sin: interval('-1', '1'),
  cos: interval('-1', '1'),
  cosh: interval('1', 'inf'),
  sech: interval('0', '1', true, false),
  acosh: interval('0', 'inf'),
  asech: interval('0', 'inf'),
  coth: ENTIRE,
};

function clampToRange(name: string, a: Interval): Interval {
  const r = RANGES[name];
  if (!r) return a;
  return intersect(a, r) ?? a;
}

/**
 * An enclosure of name(x) at a finite point x (throws {@link IntervalDomainError}, certain,
 * where name is undefined at x).
 *
 * @example
 * ```ts
 * const e = pointValue(intervalContext(20), 'exp', new Decimal(1)); // [2.7182818284590452352, 2.7182818284590452356]
 * ```
 */
export function pointValue(ctx: IntervalContext, name: string, x: Decimal): Interval {
  // the same points recur (cell ends shared by neighbours, end values of monotone pieces)
  const key = `${ctx.precision}|${name}|${x.toString()}`;
  const hit = pointCache.get(key);
  if (hit) return hit;
  const out = pointValueUncached(ctx, name, x);
  if (pointCache.size > 20000) pointCache.clear();
  pointCache.set(key, out);
  return out;
}

const pointCache = new Map<string, Interval>();

function pointValueUncached(ctx: IntervalContext, name: string, x: Decimal): Interval {
  const exact = exactValue(name, x);
  if (exact !== undefined) return point(exact);
  const fn = REAL_FUNCTIONS[name];
  if (!fn) throw new RangeError(`unknown function "${name}"`);
  let r: Decimal;
  try {
    r = fn.apply(ctx.near, [new ctx.near(x)]);
  } catch (err) {
    if (err instanceof DomainError) {
      if (/overflows/.test(err.message)) return overflowed(name, x);
      if (/argument reduction|reduced modulo/.test(err.message)) return interval('-1', '1');
      throw new IntervalDomainError(err.message.replace(/^undefined: /, ''), true);
    }
    throw err;
  }
  if (r.isZero()) {
    // A zero result for a non-special argument is an underflow: the value is tiny.
    return clampToRange(name, interval(TINY.neg(), TINY));
  }
  // A perfect square or cube: checked exactly (the product of r's digits, not rounded).
  const X3 = Decimal.clone({ precision: 3 * r.sd() + 3 });
  if (name === 'sqrt' && new X3(r).times(r).eq(x)) return point(r);
  if (name === 'cbrt' && new X3(r).times(r).times(r).eq(x)) return point(r);
  const ulp2 = new Decimal(`2e${r.e - ctx.precision + 1}`);
  return clampToRange(name, { lo: ctx.down.sub(r, ulp2), hi: ctx.up.add(r, ulp2), loOpen: false, hiOpen: false });
}

/** The value exceeds the decimal exponent range: only its sign is known. */
function overflowed(name: string, x: Decimal): Interval {
  const negative = (name === 'sinh' || name === 'tan' || name === 'csc' || name === 'csch' || name === 'cot' || name === 'coth') && x.isNeg();
  if (name === 'tan' || name === 'sec' || name === 'csc' || name === 'cot') return ENTIRE;
  return negative ? interval(NEG_INF, HUGE.neg()) : interval(HUGE, POS_INF);
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

const piCache = new Map<number, Interval>();

/**
 * An enclosure of π at the context's precision.
 *
 * @example
 * ```ts
 * formatInterval(piInterval(intervalContext(10))); // '[3.141592652, 3.141592656]'
 * ```
 */
export function piInterval(ctx: IntervalContext): Interval {
  let v = piCache.get(ctx.precision);
  if (!v) {
    v = pointValue(ctx, 'acos', new Decimal(-1));
    piCache.set(ctx.precision, v);
  }
  return v;
}

/**
 * An enclosure of e at the context's precision.
 *
 * @example
 * ```ts
 * contains(eInterval(intervalContext(20)), new Decimal('2.718281828459045235360287')); // true
 * ```
 */
export function eInterval(ctx: IntervalContext): Interval {
  return pointValue(ctx, 'exp', ONE);
}

/** k·π/2 + shift·π/2 enclosed, for integer k. */
function halfPiMultiple(ctx: IntervalContext, k: bigint): Interval {
  const pi = piInterval(ctx);
  return mul(ctx, point(new Decimal(k.toString()).div(2)), pi);
}

// ---------------------------------------------------------------------------
// Monotone functions
// ---------------------------------------------------------------------------

interface Monotone {
  readonly increasing: boolean;
  /** The domain, as an interval (open ends are limits). */
  readonly domain: Interval;
  /** Value or limit at −∞/+∞ or at an open domain end. */
  readonly limit: (ctx: IntervalContext, at: Decimal) => Lim;
}

const halfPi = (ctx: IntervalContext): Interval => mul(ctx, point('0.5'), piInterval(ctx));

const MONOTONE: Readonly<Record<string, Monotone>> = {
  exp: { increasing: true, domain: ENTIRE, limit: (_c, at) => (at.isNeg() ? point(ZERO) : 'inf') },
  log: { increasing: true, domain: interval('0', 'inf', true), limit: (_c, at) => (at.isZero() ? '-inf' : 'inf') },
  log10: { increasing: true, domain: interval('0', 'inf', true), limit: (_c, at) => (at.isZero() ? '-inf' : 'inf') },
  sqrt: { increasing: true, domain: interval('0', 'inf'), limit: () => 'inf' },
  cbrt: { increasing: true, domain: ENTIRE, limit: (_c, at) => (at.isNeg() ? '-inf' : 'inf') },
  atan: { increasing: true, domain: ENTIRE, limit: (c, at) => (at.isNeg() ? negate(halfPi(c)) : halfPi(c)) },
  sinh: { increasing: true, domain: ENTIRE, limit: (_c, at) => (at.isNeg() ? '-inf' : 'inf') },
  tanh: { increasing: true, domain: ENTIRE, limit: (_c, at) => point(at.isNeg() ? -1 : 1) },
  asinh: { increasing: true, domain: ENTIRE, limit: (_c, at) => (at.isNeg() ? '-inf' : 'inf') },
  erf: { increasing: true, domain: ENTIRE, limit: (_c, at) => point(at.isNeg() ? -1 : 1) },
  asin: { increasing: true, domain: interval('-1', '1'), limit: () => ENTIRE },
  atanh: { increasing: true, domain: interval('-1', '1', true, true), limit: (_c, at) => (at.isNeg() ? '-inf' : 'inf') },
  acosh: { increasing: true, domain: interval('1', 'inf'), limit: () => 'inf' },
  erfc: { increasing: false, domain: ENTIRE, limit: (_c, at) => point(at.isNeg() ? 2 : 0) },
  acos: { increasing: false, domain: interval('-1', '1'), limit: () => ENTIRE },
  asech: { increasing: false, domain: interval('0', '1', true), limit: () => 'inf' },
};

/** The value (or limit) at one end of X: f(x) for a closed finite end, the limit for an open end at a domain edge or ±∞. */
function endValue(ctx: IntervalContext, name: string, m: Monotone, x: Decimal, open: boolean): Lim {
  if (!x.isFinite()) return m.limit(ctx, x);
  const atOpenEdge = (x.eq(m.domain.lo) && m.domain.loOpen) || (x.eq(m.domain.hi) && m.domain.hiOpen);
  if (atOpenEdge) {
    if (!open) throw new IntervalDomainError(`${name} is undefined at ${x.toString()}`, false);
    return m.limit(ctx, x);
  }
  return pointValue(ctx, name, x);
}

const lowerOf = (l: Lim): Decimal => (l === 'inf' ? POS_INF : l === '-inf' ? NEG_INF : l.lo);
const upperOf = (l: Lim): Decimal => (l === 'inf' ? POS_INF : l === '-inf' ? NEG_INF : l.hi);

/** f over X for f monotone on X (X within its domain). `strict`: f maps open ends to open ends. */
function monotoneImage(X: Interval, atLo: Lim, atHi: Lim, increasing: boolean, strict = true): Interval {
  const [first, second, firstOpen, secondOpen] = increasing ? [atLo, atHi, X.loOpen, X.hiOpen] : [atHi, atLo, X.hiOpen, X.loOpen];
  const lo = lowerOf(first);
  const hi = upperOf(second);
  if (lo.eq(POS_INF) || hi.eq(NEG_INF)) throw new RangeError('monotone image with an infinite wrong end');
  return { lo, hi, loOpen: (strict && firstOpen) || !lo.isFinite(), hiOpen: (strict && secondOpen) || !hi.isFinite() };
}

function applyMonotone(ctx: IntervalContext, name: string, m: Monotone, X: Interval): Interval {
  if (!subset(X, m.domain)) {
    const certain = disjoint(X, m.domain);
    throw new IntervalDomainError(`${name}(x) is undefined for some x in ${describe(X)}`, certain);
  }
  if (isPoint(X)) return pointValue(ctx, name, X.lo);
  const lo = endValue(ctx, name, m, X.lo, X.loOpen);
  const hi = endValue(ctx, name, m, X.hi, X.hiOpen);
  return clampToRange(name, monotoneImage(X, lo, hi, m.increasing));
}

function describe(X: Interval): string {
  const s = (x: Decimal): string => (x.isFinite() ? x.toSignificantDigits(8, Decimal.ROUND_HALF_EVEN).toString() : x.isNeg() ? '−∞' : '∞');
  return `${X.loOpen ? '(' : '['}${s(X.lo)}, ${s(X.hi)}${X.hiOpen ? ')' : ']'}`;
}

// ---------------------------------------------------------------------------
// Even functions
// ---------------------------------------------------------------------------

function cosh(ctx: IntervalContext, X: Interval): Interval {
  const A = abs(X);
  const at = (x: Decimal): Lim => (x.isFinite() ? pointValue(ctx, 'cosh', x) : 'inf');
  return clampToRange('cosh', monotoneImage(A, at(A.lo), at(A.hi), true));
}

function sech(ctx: IntervalContext, X: Interval): Interval {
  const A = abs(X);
  const at = (x: Decimal): Lim => (x.isFinite() ? pointValue(ctx, 'sech', x) : point(ZERO));
  return clampToRange('sech', monotoneImage(A, at(A.lo), at(A.hi), false));
}

// ---------------------------------------------------------------------------
// Periodic functions
// ---------------------------------------------------------------------------

/** The integers k with k·π/2 possibly in X (X finite), or undefined when there are too many to list. */
function halfPiPoints(ctx: IntervalContext, X: Interval): bigint[] | undefined {
  const pi = piInterval(ctx);
  const approx = (x: Decimal): number => ctx.near.div(x, pi.lo).times(2).toNumber();
  const a = approx(X.lo);
  const b = approx(X.hi);
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a) > 1e12 || Math.abs(b) > 1e12 || b - a > 16) return undefined;
  const out: bigint[] = [];
  for (let k = Math.floor(a) - 1; k <= Math.ceil(b) + 1; k++) {
    const K = halfPiMultiple(ctx, BigInt(k));
    if (!disjoint(K, X)) out.push(BigInt(k));
  }
  return out;
}

/** sin or cos over X: the end values, and ±1 wherever an extremum may lie inside. */
function sinCos(ctx: IntervalContext, name: 'sin' | 'cos', X: Interval): Interval {
  const full = interval('-1', '1');
  if (!X.lo.isFinite() || !X.hi.isFinite()) return full;
  if (isPoint(X)) return pointValue(ctx, name, X.lo);
  const ks = halfPiPoints(ctx, X);
  if (ks === undefined) return full;
  let out = hull(pointValue(ctx, name, X.lo), pointValue(ctx, name, X.hi));
  // X.lo and X.hi themselves are included even when open: a closed hull is still an enclosure.
  for (const k of ks) {
    // sin has its extrema at odd k (k·π/2 = π/2 + mπ, value (−1)^m), cos at even k (k·π/2 = mπ, value (−1)^m).
    const odd = k % 2n !== 0n;
    if ((name === 'sin') !== odd) continue;
    const m = odd ? (k - 1n) / 2n : k / 2n;
    out = hull(out, point(m % 2n === 0n ? ONE : ONE.neg()));
  }
  return clampToRange(name, out);
}

/** Checks that X avoids the poles k·π/2 with k ≡ parity (mod 2) and returns true when it does. */
function avoidsPoles(ctx: IntervalContext, X: Interval, oddPoles: boolean): boolean {
  if (!X.lo.isFinite() || !X.hi.isFinite()) return false;
  const ks = halfPiPoints(ctx, X);
  if (ks === undefined) return false;
  return !ks.some((k) => (k % 2n !== 0n) === oddPoles);
}

function tanCot(ctx: IntervalContext, name: 'tan' | 'cot', X: Interval): Interval {
  if (isPoint(X)) return pointValue(ctx, name, X.lo);
  if (!avoidsPoles(ctx, X, name === 'tan')) throw new IntervalDomainError(`${name}(x) may have a pole in ${describe(X)}`, false);
  return monotoneImage(X, pointValue(ctx, name, X.lo), pointValue(ctx, name, X.hi), name === 'tan');
}

function secCsc(ctx: IntervalContext, name: 'sec' | 'csc', X: Interval): Interval {
  if (isPoint(X)) return pointValue(ctx, name, X.lo);
  const base = sinCos(ctx, name === 'sec' ? 'cos' : 'sin', X);
  try {
    return div(ctx, point(ONE), base);
  } catch (err) {
    if (err instanceof IntervalDomainError) throw new IntervalDomainError(`${name}(x) may have a pole in ${describe(X)}`, false);
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Functions monotone on two branches
// ---------------------------------------------------------------------------

interface Branches {
  /** The gap between the branches (excluded from the domain), as an interval; a point gap for 1/x-like functions. */
  readonly gap: Interval;
  readonly increasing: boolean;
  /** Value or limit at ±∞ or at the edge of the gap (approached from the side of `side`). */
  readonly limit: (ctx: IntervalContext, at: Decimal, side: 'below' | 'above') => Lim;
}

const BRANCHES: Readonly<Record<string, Branches>> = {
  csch: { gap: point(ZERO), increasing: false, limit: (_c, at, side) => (at.isFinite() ? (side === 'above' ? 'inf' : '-inf') : point(ZERO)) },
  coth: {
    gap: point(ZERO),
    increasing: false,
    limit: (_c, at, side) => (at.isFinite() ? (side === 'above' ? 'inf' : '-inf') : point(at.isNeg() ? -1 : 1)),
  },
  acsch: { gap: point(ZERO), increasing: false, limit: (_c, at, side) => (at.isFinite() ? (side === 'above' ? 'inf' : '-inf') : point(ZERO)) },
  acoth: {
    gap: interval('-1', '1'),
    increasing: false,
    limit: (_c, at, side) => (at.isFinite() ? (side === 'above' ? 'inf' : '-inf') : point(ZERO)),
  },
  asec: { gap: interval('-1', '1', true, true), increasing: true, limit: (c) => halfPi(c) },
  acsc: { gap: interval('-1', '1', true, true), increasing: false, limit: () => point(ZERO) },
};

function applyBranches(ctx: IntervalContext, name: string, b: Branches, X: Interval): Interval {
  if (!disjoint(X, b.gap)) {
    const certain = subset(X, b.gap);
    throw new IntervalDomainError(`${name}(x) is undefined for some x in ${describe(X)}`, certain);
  }
  if (isPoint(X)) return pointValue(ctx, name, X.lo);
  const side: 'below' | 'above' = X.hi.lte(b.gap.lo) ? 'below' : 'above';
  const at = (x: Decimal, open: boolean): Lim => {
    // a limit at ±∞, or at an edge of the gap that is itself outside the domain (0 for csch,
    // ±1 for acoth); asec and acsc are defined at ±1, so their value there is the point value
    const excludedEdge = (x.eq(b.gap.lo) && !b.gap.loOpen) || (x.eq(b.gap.hi) && !b.gap.hiOpen);
    if (!x.isFinite() || (excludedEdge && open)) return b.limit(ctx, x, side);
    return pointValue(ctx, name, x);
  };
  return monotoneImage(X, at(X.lo, X.loOpen), at(X.hi, X.hiOpen), b.increasing);
}

/** acot: decreasing on (−∞, 0) (from 0⁻ to −π/2) and on [0, ∞) (from π/2 = acot 0 to 0⁺). */
function acot(ctx: IntervalContext, X: Interval): Interval {
  if (isPoint(X)) return pointValue(ctx, 'acot', X.lo);
  const hp = halfPi(ctx);
  const neg = intersect(X, interval('-inf', '0', true, true));
  const pos = intersect(X, interval('0', 'inf', false, true));
  const parts: Interval[] = [];
  const value = (x: Decimal): Lim => (x.isFinite() ? pointValue(ctx, 'acot', x) : point(ZERO));
  if (neg) {
    const hiLim: Lim = neg.hi.isZero() ? negate(hp) : value(neg.hi);
    parts.push(isPoint(neg) ? pointValue(ctx, 'acot', neg.lo) : monotoneImage(neg, value(neg.lo), hiLim, false));
  }
  if (pos) parts.push(isPoint(pos) ? pointValue(ctx, 'acot', pos.lo) : monotoneImage(pos, pos.lo.isZero() ? hp : value(pos.lo), value(pos.hi), false));
  return parts.reduce(hull);
}

function sign(X: Interval): Interval {
  const s = (x: Decimal, open: boolean, side: 'lo' | 'hi'): number => {
    if (x.isZero()) return open ? (side === 'lo' ? 1 : -1) : 0;
    return x.isNeg() ? -1 : 1;
  };
  const lo = s(X.lo, X.loOpen, 'lo');
  const hi = s(X.hi, X.hiOpen, 'hi');
  return interval(new Decimal(lo), new Decimal(hi));
}

// ---------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------

/**
 * name(X…) over intervals: an enclosure of every value, or {@link IntervalDomainError}
 * where the function may be undefined somewhere in X.
 *
 * @example
 * ```ts
 * const ctx = intervalContext(20);
 * formatInterval(applyFunction(ctx, 'tanh', [interval('0', 'inf', false, true)])); // '[0, 1)'
 * formatInterval(applyFunction(ctx, 'sin', [interval('0', '4')]), 6);               // '[-0.756803, 1]'
 * ```
 */
export function applyFunction(ctx: IntervalContext, name: string, args: readonly Interval[]): Interval {
  if (name === 'min' || name === 'max') {
    if (args.length === 0) throw new RangeError(`${name} needs at least one argument`);
    return extremum(name, args);
  }
  if (args.length !== 1) throw new RangeError(`${name} takes 1 argument, got ${args.length}`);
  const X = args[0]!;
  const m = MONOTONE[name];
  if (m) return applyMonotone(ctx, name, m, X);
  const b = BRANCHES[name];
  if (b) return applyBranches(ctx, name, b, X);
  switch (name) {
    case 'abs':
      return abs(X);
    case 'sign':
      return sign(X);
    case 'cosh':
      return cosh(ctx, X);
    case 'sech':
      return sech(ctx, X);
    case 'sin':
    case 'cos':
      return sinCos(ctx, name, X);
    case 'tan':
    case 'cot':
      return tanCot(ctx, name, X);
    case 'sec':
    case 'csc':
      return secCsc(ctx, name, X);
    case 'acot':
      return acot(ctx, X);
    default:
      throw new RangeError(`unknown function "${name}"`);
  }
}

/**
 * Every function name {@link applyFunction} knows (kept equal to FUNCTION_ARITY by a test).
 *
 * @example
 * ```ts
 * INTERVAL_FUNCTIONS.includes('erf'); // true
 * ```
 */
export const INTERVAL_FUNCTIONS: readonly string[] = Object.freeze([
  ...Object.keys(MONOTONE),
  ...Object.keys(BRANCHES),
  'abs',
  'sign',
  'cosh',
  'sech',
  'sin',
  'cos',
  'tan',
  'cot',
  'sec',
  'csc',
  'acot',
  'min',
  'max',
]);

