/**
 * Interval evaluation of gradproof's expression trees: every node maps intervals to an
 * interval that contains all of its values, so the result contains f(x) for every x in
 * the input box. The semantics are the point evaluator's (numeric/compile.ts): `e^x` is
 * exp, `x^n` for an integer n is a power of any base (0⁰ and 0 to a negative power are
 * undefined), `x^(p/q)` written with an odd q is real for negative x, and any other
 * power needs a non-negative base. Where the expression may be undefined somewhere in
 * the box, {@link IntervalDomainError} says so (and whether it is undefined everywhere).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InputError } from '../../errors.js';
import { parse } from '../../symbolic/parse.js';
import { type Expr, format, oddRootExponent } from '../../symbolic/tree.js';
import { applyFunction, eInterval, piInterval } from './functions.js';
import {
  add,
  contains,
  div,
  hull,
  type Interval,
  type IntervalContext,
  IntervalDomainError,
  intersect,
  interval,
  intervalContext,
  isPoint,
  mul,
  negate,
  point,
  powInt,
  sub,
} from './interval.js';

/** Interval values of the variables, by name. */
export type IntervalEnv = Readonly<Record<string, Interval>>;

/**
 * A compiled expression: evaluates over intervals at the context's precision.
 *
 * @example
 * ```ts
 * const f: IntervalClosure = compileInterval(parse('x^2'));
 * ```
 */
export type IntervalClosure = (ctx: IntervalContext, env: IntervalEnv) => Interval;

type Inner = (ctx: IntervalContext, env: IntervalEnv, memo: (Interval | undefined)[]) => Interval;

const ZERO = new Decimal(0);

/** An integer exponent written as a literal (`2`, `-3`), or undefined. */
function integerLiteral(e: Expr): bigint | undefined {
  if (e.kind === 'num' && /^\d+$/.test(e.value)) return BigInt(e.value);
  if (e.kind === 'neg' && e.arg.kind === 'num' && /^\d+$/.test(e.arg.value)) return -BigInt(e.arg.value);
  return undefined;
}

const POSITIVE = interval('0', 'inf', true);
const NEGATIVE = interval('-inf', '0', false, true);

/** xʸ for x ≥ 0 (an interval within [0, ∞)) and any exponent interval Y: exp(Y·log x), and 0ʸ = 0 for y > 0. */
function powNonNegative(ctx: IntervalContext, X: Interval, Y: Interval): Interval {
  const parts: Interval[] = [];
  const positive = intersect(X, POSITIVE);
  if (positive) parts.push(applyFunction(ctx, 'exp', [mul(ctx, Y, applyFunction(ctx, 'log', [positive]))]));
  if (contains(X, ZERO)) {
    if (!(Y.lo.gt(0) || (Y.lo.isZero() && Y.loOpen))) throw new IntervalDomainError('0 raised to a power ≤ 0', isPoint(X) && Y.hi.lte(0));
    parts.push(point(ZERO));
  }
  return parts.reduce(hull);
}

/** |x|^(p/q)·sign(x)^p for an odd q: real for every x. */
function powOddRoot(ctx: IntervalContext, X: Interval, p: bigint, q: bigint): Interval {
  const k = div(ctx, point(new Decimal(p.toString())), point(new Decimal(q.toString())));
  const parts: Interval[] = [];
  const nonNeg = intersect(X, interval('0', 'inf'));
  if (nonNeg) parts.push(powNonNegative(ctx, nonNeg, k));
  const neg = intersect(X, NEGATIVE);
  if (neg) {
    const magnitude = powNonNegative(ctx, negate(neg), k);
    parts.push(p % 2n === 0n ? magnitude : negate(magnitude));
  }
  return parts.reduce(hull);
}

/** Whether every value of Y is the same integer. */
function integerPoint(Y: Interval): bigint | undefined {
  return isPoint(Y) && Y.lo.isInteger() ? BigInt(Y.lo.toFixed(0)) : undefined;
}

function power(ctx: IntervalContext, X: Interval, Y: Interval): Interval {
  const n = integerPoint(Y);
  if (n !== undefined) return powInt(ctx, X, n);
  if (X.lo.lt(0)) {
    const certain = X.hi.lt(0) && isPoint(Y);
    throw new IntervalDomainError('a negative base raised to a non-integer power', certain);
  }
  return powNonNegative(ctx, X, Y);
}

function compileRaw(e: Expr, slots: Map<string, { index: number; body: Inner }>): Inner {
  switch (e.kind) {
    case 'num': {
      const value = point(new Decimal(e.value));
      return () => value;
    }
    case 'const':
      return e.name === 'pi' ? (ctx) => piInterval(ctx) : (ctx) => eInterval(ctx);
    case 'var': {
      const name = e.name;
      return (_ctx, env) => {
        const x = env[name];
        if (x === undefined) throw new InputError(`no value given for the variable "${name}"`);
        return x;
      };
    }
    case 'neg': {
      const a = compileNode(e.arg, slots);
      return (ctx, env, m) => negate(a(ctx, env, m));
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const l = compileNode(e.left, slots);
      const r = compileNode(e.right, slots);
      const op = { add, sub, mul, div }[e.kind];
      return (ctx, env, m) => op(ctx, l(ctx, env, m), r(ctx, env, m));
    }
    case 'pow': {
      const l = compileNode(e.left, slots);
      if (e.left.kind === 'const' && e.left.name === 'e') {
        const r = compileNode(e.right, slots);
        return (ctx, env, m) => applyFunction(ctx, 'exp', [r(ctx, env, m)]);
      }
      const n = integerLiteral(e.right);
      if (n !== undefined) return (ctx, env, m) => powInt(ctx, l(ctx, env, m), n);
      const root = oddRootExponent(e.right);
      if (root) return (ctx, env, m) => powOddRoot(ctx, l(ctx, env, m), root.p, root.q);
      const r = compileNode(e.right, slots);
      return (ctx, env, m) => power(ctx, l(ctx, env, m), r(ctx, env, m));
    }
    case 'call': {
      const args = e.args.map((a) => compileNode(a, slots));
      const name = e.fn;
      return (ctx, env, m) =>
        applyFunction(
          ctx,
          name,
          args.map((a) => a(ctx, env, m)),
        );
    }
  }
}

/** Common subexpressions share one slot per evaluation (the derivatives repeat e^(−z), sech(…), …). */
function compileNode(e: Expr, slots: Map<string, { index: number; body: Inner }>): Inner {
  if (e.kind === 'var' || e.kind === 'num' || e.kind === 'const') return compileRaw(e, slots);
  const key = format(e);
  let slot = slots.get(key);
  if (!slot) {
    const body = compileRaw(e, slots);
    slot = { index: slots.size, body };
    slots.set(key, slot);
  }
  const { index, body } = slot;
  return (ctx, env, m) => {
    const hit = m[index];
    if (hit !== undefined) return hit;
    const value = body(ctx, env, m);
    m[index] = value;
    return value;
  };
}

/**
 * Compiles a tree for interval evaluation.
 *
 * @example
 * ```ts
 * const f = compileInterval(parse('1/(1 + e^(-z))'));
 * formatInterval(f(intervalContext(20), { z: interval('0', 'inf', false, true) })); // '[0.5, 1)'
 * ```
 */
export function compileInterval(e: Expr): IntervalClosure {
  const root = compileNode(e, new Map());
  return (ctx, env) => root(ctx, env, []);
}

/** Options of {@link evaluateInterval}. */
export interface IntervalEvaluateOptions {
  /** Working precision in significant digits. */
  readonly digits: number;
}

/**
 * Encloses the values of an expression over a box of intervals (a variable given as a
 * string is the exact point it names).
 *
 * @example
 * ```ts
 * formatInterval(evaluateInterval('x^2 - 2*x', { x: interval('0', '2') }, { digits: 20 })); // '[-4, 4]'
 * formatInterval(evaluateInterval('tanh(z)', { z: '100' }, { digits: 20 }));              // '[0.9999999999999999998, 1)'
 * ```
 */
export function evaluateInterval(expr: Expr | string, env: Readonly<Record<string, Interval | string>>, options: IntervalEvaluateOptions): Interval {
  const tree = typeof expr === 'string' ? parse(expr) : expr;
  const box: Record<string, Interval> = {};
  for (const [k, v] of Object.entries(env)) box[k] = typeof v === 'string' ? point(v) : v;
  return compileInterval(tree)(intervalContext(options.digits), box);
}
