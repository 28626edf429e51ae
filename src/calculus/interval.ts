/**
 * Interval arithmetic over expression trees, outward rounded, for the certified parts of
 * the critical-point search (Krawczyk's test and the exclusion of boxes). `+ − × ÷` are
 * computed in decimal.js contexts that round toward −∞ and +∞, so each result contains
 * every exact value; a function of one argument is computed 10 digits above the working
 * precision and widened by 10⁴ of its units before it is rounded outward (decimal.js
 * computes exp, ln, sqrt, sin, cos, atan, tanh and sinh to within one unit), and ranged by
 * its monotonicity (sin and cos by where their extremes fall).
 *
 * Functions outside that list, a division by an interval containing 0, and a logarithm
 * whose argument may be ≤ 0 raise {@link IntervalFailure}: the caller then does without
 * a certificate. (A module for gradproof's own interval proofs is under way elsewhere; this
 * one is the calculus tools' own and small on purpose.)
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { GradproofError } from '../errors.js';
import { type DecimalCtor, decimalContext, piAt } from '../numeric/context.js';
import type { Expr } from '../symbolic/tree.js';

/**
 * A closed interval [lo, hi].
 *
 * @example
 * ```ts
 * const x: Interval = { lo: new Decimal(1), hi: new Decimal(2) };
 * ```
 */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/** Interval values of the variables. */
export type IntervalEnv = Readonly<Record<string, Interval>>;

/**
 * Interval evaluation is not possible here: an unsupported function, an unbounded result,
 * or a box wholly outside the domain (`outside`).
 *
 * @example
 * ```ts
 * new IntervalFailure('erf has no interval form here', false);
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

interface Contexts {
  readonly down: DecimalCtor;
  readonly up: DecimalCtor;
  readonly fine: DecimalCtor;
  readonly slack: Decimal;
  readonly pi: Interval;
}

const cache = new Map<number, Contexts>();

function contexts(precision: number): Contexts {
  let c = cache.get(precision);
  if (!c) {
    const down = Decimal.clone({ precision, rounding: Decimal.ROUND_FLOOR, minE: -9e15, maxE: 9e15 });
    const up = Decimal.clone({ precision, rounding: Decimal.ROUND_CEIL, minE: -9e15, maxE: 9e15 });
    const fine = decimalContext(precision + 10);
    const slack = new Decimal(10).pow(-(precision + 6));
    const p = piAt(fine);
    const w = p.times(slack);
    c = { down, up, fine, slack, pi: { lo: down.sub(p, w), hi: up.add(p, w) } };
    cache.set(precision, c);
  }
  return c;
}

const point = (C: Contexts, value: string): Interval => ({ lo: new C.down(value).plus(0), hi: new C.up(value).plus(0) });

/** f computed finely at x and widened outward (f accurate to one unit at precision + 10). */
function widened(C: Contexts, y: Decimal, side: 'lo' | 'hi'): Decimal {
  const w = y.abs().times(C.slack);
  return side === 'lo' ? C.down.sub(y, w) : C.up.add(y, w);
}

function mul(C: Contexts, a: Interval, b: Interval): Interval {
  const los = [C.down.mul(a.lo, b.lo), C.down.mul(a.lo, b.hi), C.down.mul(a.hi, b.lo), C.down.mul(a.hi, b.hi)];
  const his = [C.up.mul(a.lo, b.lo), C.up.mul(a.lo, b.hi), C.up.mul(a.hi, b.lo), C.up.mul(a.hi, b.hi)];
  return { lo: Decimal.min(...los), hi: Decimal.max(...his) };
}

function div(C: Contexts, a: Interval, b: Interval): Interval {
  if (b.lo.lte(0) && b.hi.gte(0)) throw new IntervalFailure('division by an interval that contains 0', false);
  const los = [C.down.div(a.lo, b.lo), C.down.div(a.lo, b.hi), C.down.div(a.hi, b.lo), C.down.div(a.hi, b.hi)];
  const his = [C.up.div(a.lo, b.lo), C.up.div(a.lo, b.hi), C.up.div(a.hi, b.lo), C.up.div(a.hi, b.hi)];
  return { lo: Decimal.min(...los), hi: Decimal.max(...his) };
}

function intPower(C: Contexts, x: Interval, n: number): Interval {
  if (n === 0) return point(C, '1');
  if (n < 0) return div(C, point(C, '1'), intPower(C, x, -n));
  const p = (v: Decimal, side: 'lo' | 'hi'): Decimal => widened(C, C.fine.pow(v, n), side);
  if (n % 2 === 1) return { lo: p(x.lo, 'lo'), hi: p(x.hi, 'hi') };
  if (x.lo.gte(0)) return { lo: p(x.lo, 'lo'), hi: p(x.hi, 'hi') };
  if (x.hi.lte(0)) return { lo: p(x.hi, 'lo'), hi: p(x.lo, 'hi') };
  return { lo: new C.down(0), hi: Decimal.max(p(x.lo, 'hi'), p(x.hi, 'hi')) };
}

function increasing(C: Contexts, x: Interval, f: (v: Decimal) => Decimal): Interval {
  return { lo: widened(C, f(new C.fine(x.lo)), 'lo'), hi: widened(C, f(new C.fine(x.hi)), 'hi') };
}

/** An integer written as a literal exponent (`2`, `-3`, `(-2)`), or undefined. */
function integerExponent(e: Expr): number | undefined {
  if (e.kind === 'num' && /^\d{1,4}$/.test(e.value)) return Number(e.value);
  if (e.kind === 'neg') {
    const k = integerExponent(e.arg);
    return k === undefined ? undefined : -k;
  }
  return undefined;
}

/** sin or cos over x: the values at the ends, and ±1 where a crest or trough may fall inside. */
function periodic(C: Contexts, x: Interval, fn: 'sin' | 'cos'): Interval {
  const f = (v: Decimal): Decimal => (fn === 'sin' ? C.fine.sin(v) : C.fine.cos(v));
  const a = f(new C.fine(x.lo));
  const b = f(new C.fine(x.hi));
  let lo = Decimal.min(widened(C, a, 'lo'), widened(C, b, 'lo'));
  let hi = Decimal.max(widened(C, a, 'hi'), widened(C, b, 'hi'));
  // crests of cos at 2kπ, troughs at (2k+1)π; sin is cos shifted by π/2
  const shift = fn === 'sin' ? div(C, C.pi, point(C, '2')) : point(C, '0');
  const u = { lo: C.down.sub(x.lo, shift.hi), hi: C.up.sub(x.hi, shift.lo) };
  const turns = div(C, u, C.pi);
  const first = turns.lo.ceil();
  const last = turns.hi.floor();
  if (first.lte(last)) {
    const k0 = first.toNumber();
    const k1 = Math.min(last.toNumber(), k0 + 2);
    for (let k = k0; k <= k1; k++) {
      if (k % 2 === 0) hi = new C.up(1);
      else lo = new C.down(-1);
    }
  }
  return { lo: Decimal.max(lo, new C.down(-1)), hi: Decimal.min(hi, new C.up(1)) };
}

/**
 * Encloses the range of `e` over the box `env` at `precision` significant digits.
 *
 * @example
 * ```ts
 * const I = (a: string, b: string) => ({ lo: new Decimal(a), hi: new Decimal(b) });
 * intervalEval(parse('x^2 - x'), { x: I('0', '1') }, 20); // [-1, 1] (natural extension: wider than the true [-1/4, 0])
 * ```
 */
export function intervalEval(e: Expr, env: IntervalEnv, precision: number): Interval {
  const C = contexts(precision);
  const ev = (n: Expr): Interval => {
    switch (n.kind) {
      case 'num':
        return point(C, n.value);
      case 'const':
        return n.name === 'pi' ? C.pi : increasing(C, point(C, '1'), (v) => C.fine.exp(v));
      case 'var': {
        const x = env[n.name];
        if (!x) throw new IntervalFailure(`no interval for ${n.name}`, false);
        return x;
      }
      case 'neg': {
        const a = ev(n.arg);
        return { lo: a.hi.neg(), hi: a.lo.neg() };
      }
      case 'add': {
        const a = ev(n.left);
        const b = ev(n.right);
        return { lo: C.down.add(a.lo, b.lo), hi: C.up.add(a.hi, b.hi) };
      }
      case 'sub': {
        const a = ev(n.left);
        const b = ev(n.right);
        return { lo: C.down.sub(a.lo, b.hi), hi: C.up.sub(a.hi, b.lo) };
      }
      case 'mul':
        return mul(C, ev(n.left), ev(n.right));
      case 'div':
        return div(C, ev(n.left), ev(n.right));
      case 'pow': {
        const k = integerExponent(n.right);
        const base = ev(n.left);
        if (k !== undefined) return intPower(C, base, k);
        if (base.hi.lte(0)) throw new IntervalFailure('a power of a non-positive base', true);
        if (base.lo.lte(0)) throw new IntervalFailure('a power of a base that may be ≤ 0', false);
        const y = ev(n.right);
        const logBase = increasing(C, base, (v) => C.fine.ln(v));
        return increasing(C, mul(C, y, logBase), (v) => C.fine.exp(v));
      }
      case 'call':
        return call(C, n.fn, n.args.map(ev));
    }
  };
  return ev(e);
}

function call(C: Contexts, fn: string, args: readonly Interval[]): Interval {
  const x = args[0]!;
  switch (fn) {
    case 'exp':
      return increasing(C, x, (v) => C.fine.exp(v));
    case 'log':
      if (x.hi.lte(0)) throw new IntervalFailure('log of a non-positive interval', true);
      if (x.lo.lte(0)) throw new IntervalFailure('log of an interval that reaches 0', false);
      return increasing(C, x, (v) => C.fine.ln(v));
    case 'sqrt': {
      if (x.hi.lt(0)) throw new IntervalFailure('sqrt of a negative interval', true);
      // only the part of the box where f is defined can hold a critical point
      const lo = x.lo.lt(0) ? new C.down(0) : x.lo;
      return increasing(C, { lo, hi: x.hi }, (v) => C.fine.sqrt(v));
    }
    case 'tanh':
      return increasing(C, x, (v) => C.fine.tanh(v));
    case 'sinh':
      return increasing(C, x, (v) => C.fine.sinh(v));
    case 'atan':
      return increasing(C, x, (v) => C.fine.atan(v));
    case 'asinh':
      return increasing(C, x, (v) => C.fine.asinh(v));
    case 'cosh': {
      const a = widened(C, C.fine.cosh(new C.fine(x.lo)), 'hi');
      const b = widened(C, C.fine.cosh(new C.fine(x.hi)), 'hi');
      const hi = Decimal.max(a, b);
      if (x.lo.lte(0) && x.hi.gte(0)) return { lo: new C.down(1), hi };
      const m = x.lo.gt(0) ? x.lo : x.hi;
      return { lo: widened(C, C.fine.cosh(new C.fine(m)), 'lo'), hi };
    }
    case 'abs': {
      if (x.lo.gte(0)) return x;
      if (x.hi.lte(0)) return { lo: x.hi.neg(), hi: x.lo.neg() };
      return { lo: new C.down(0), hi: Decimal.max(x.lo.neg(), x.hi) };
    }
    case 'sin':
    case 'cos':
      return periodic(C, x, fn);
    default:
      throw new IntervalFailure(`${fn} has no interval form in the calculus tools`, false);
  }
}
