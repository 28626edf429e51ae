/**
 * Float64 interval arithmetic for the branch-and-bound search (fast; the digits reported
 * come from the decimal certificate in `interval.ts`, never from here). IEEE-754 `+ − × ÷`
 * and `sqrt` round to nearest, so widening each result by one unit in the last place
 * outward encloses the exact value; `Math.exp`, `log`, `sin`, `cos`, `tanh`, `atan`,
 * `sinh`, `cosh`, `asinh` are accurate to about one unit in V8 and are widened by four.
 * Overflow to ±∞ or NaN makes the box undecided ({@link IntervalFailure}).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Expr } from '../symbolic/tree.js';
import type { Interval } from '../verify/interval/interval.js';
import { IntervalFailure } from './box.js';

/**
 * A float64 interval.
 *
 * @example
 * ```ts
 * const x: Interval64 = [1, 2];
 * ```
 */
export type Interval64 = readonly [number, number];

const buffer = new DataView(new ArrayBuffer(8));

/** The next float64 toward +∞ (or −∞ with `dir` = −1). */
function next(x: number, dir: 1 | -1): number {
  if (Number.isNaN(x) || x === dir * Number.POSITIVE_INFINITY) return x;
  if (x === 0) return dir * Number.MIN_VALUE;
  buffer.setFloat64(0, x);
  let bits = buffer.getBigUint64(0);
  bits += (x > 0) === (dir > 0) ? 1n : -1n;
  buffer.setBigUint64(0, bits);
  return buffer.getFloat64(0);
}

const down = (x: number): number => next(x, -1);
const up = (x: number): number => next(x, 1);

function finite(I: Interval64): Interval64 {
  if (!Number.isFinite(I[0]) || !Number.isFinite(I[1])) throw new IntervalFailure('the float64 enclosure overflowed', false);
  return I;
}

function loose(lo: number, hi: number): Interval64 {
  const a = lo - Math.abs(lo) * 9e-16;
  const b = hi + Math.abs(hi) * 9e-16;
  return finite([down(down(a)), up(up(b))]);
}

const add = (a: Interval64, b: Interval64): Interval64 => finite([down(a[0] + b[0]), up(a[1] + b[1])]);
const sub = (a: Interval64, b: Interval64): Interval64 => finite([down(a[0] - b[1]), up(a[1] - b[0])]);

/**
 * The product of two float64 intervals, outward rounded.
 *
 * @example
 * ```ts
 * mul64([1, 2], [-1, 3]); // just wider than [-2, 6]
 * ```
 */
export function mul64(a: Interval64, b: Interval64): Interval64 {
  const p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]].map((x) => (Number.isNaN(x) ? 0 : x));
  return finite([down(Math.min(...p)), up(Math.max(...p))]);
}

/**
 * The sum of two float64 intervals, outward rounded.
 *
 * @example
 * ```ts
 * add64([1, 2], [3, 4]); // just wider than [4, 6]
 * ```
 */
export function add64(a: Interval64, b: Interval64): Interval64 {
  return add(a, b);
}

/**
 * The difference of two float64 intervals, outward rounded.
 *
 * @example
 * ```ts
 * sub64([1, 2], [0, 1]); // just wider than [0, 2]
 * ```
 */
export function sub64(a: Interval64, b: Interval64): Interval64 {
  return sub(a, b);
}

/**
 * The exact decimal value of a float64 (a dyadic rational: m·2^e has a finite decimal
 * expansion), so that a box of float64 ends means the same set to both arithmetics.
 *
 * @example
 * ```ts
 * exactDecimal(0.1).toString(); // '0.1000000000000000055511151231257827021181583404541015625'
 * ```
 */
export function exactDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return new Decimal(0);
  buffer.setFloat64(0, x);
  const bits = buffer.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const e = (exponent === 0 ? 1 : exponent) - 1075;
  const sign = x < 0 ? '-' : '';
  // m·2^e = m·5^(−e)·10^e for e < 0: an integer times a power of ten, exactly
  const text = e >= 0 ? (mantissa << BigInt(e)).toString() : `${(mantissa * 5n ** BigInt(-e)).toString()}e${e}`;
  return new Decimal(`${sign}${text}`);
}

/**
 * A decimal interval widened outward to float64 ends.
 *
 * @example
 * ```ts
 * toInterval64(interval('0.1', '0.2')); // [0.09999999999999999, 0.20000000000000004]
 * ```
 */
export function toInterval64(I: Interval): Interval64 {
  return finite([down(Number(I.lo.toString())), up(Number(I.hi.toString()))]);
}

/** Functions with a float64 interval form here. */
const FLOAT64_FUNCTIONS = new Set(['exp', 'log', 'sqrt', 'tanh', 'sinh', 'atan', 'asinh', 'cosh', 'abs', 'sin', 'cos']);

/**
 * Whether {@link intervalEval64} can enclose `e` (every function it calls has a float64 form).
 *
 * @example
 * ```ts
 * hasFloat64Form(parse('exp(x)*sin(y)')); // true
 * hasFloat64Form(parse('erf(x)'));        // false
 * ```
 */
export function hasFloat64Form(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'var':
      return true;
    case 'neg':
      return hasFloat64Form(e.arg);
    case 'call':
      return FLOAT64_FUNCTIONS.has(e.fn) && e.args.length === 1 && e.args.every(hasFloat64Form);
    default:
      return hasFloat64Form(e.left) && hasFloat64Form(e.right);
  }
}

function div(a: Interval64, b: Interval64): Interval64 {
  if (b[0] <= 0 && b[1] >= 0) throw new IntervalFailure('division by an interval that contains 0', false);
  const q = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
  return finite([down(Math.min(...q)), up(Math.max(...q))]);
}

function intPower(x: Interval64, n: number): Interval64 {
  if (n === 0) return [1, 1];
  if (n < 0) return div([1, 1], intPower(x, -n));
  if (n % 2 === 1) return loose(x[0] ** n, x[1] ** n);
  const lo = x[0] >= 0 ? x[0] : x[1] <= 0 ? -x[1] : 0;
  const hi = Math.max(Math.abs(x[0]), Math.abs(x[1]));
  const w = loose(lo ** n, hi ** n);
  return [Math.max(0, w[0]), w[1]];
}

function integerExponent(e: Expr): number | undefined {
  if (e.kind === 'num' && /^\d{1,4}$/.test(e.value)) return Number(e.value);
  if (e.kind === 'neg') {
    const k = integerExponent(e.arg);
    return k === undefined ? undefined : -k;
  }
  return undefined;
}

function periodic(x: Interval64, fn: 'sin' | 'cos'): Interval64 {
  if (x[1] - x[0] >= 2 * Math.PI) return [-1, 1];
  const f = fn === 'sin' ? Math.sin : Math.cos;
  const a = f(x[0]);
  const b = f(x[1]);
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  const shift = fn === 'sin' ? Math.PI / 2 : 0;
  // crests at shift + 2kπ, troughs at shift + (2k+1)π; a margin keeps a crest near an end inside
  const first = Math.ceil((x[0] - shift) / Math.PI - 1e-9);
  const last = Math.floor((x[1] - shift) / Math.PI + 1e-9);
  for (let k = first; k <= Math.min(last, first + 2); k++) {
    if (((k % 2) + 2) % 2 === 0) hi = 1;
    else lo = -1;
  }
  const w = loose(lo, hi);
  return [Math.max(-1, w[0]), Math.min(1, w[1])];
}

/**
 * Encloses the range of `e` over the float64 box `env`.
 *
 * @example
 * ```ts
 * intervalEval64(parse('x^2 - x'), { x: [0, 1] }); // ⊇ [-1, 1]
 * ```
 */
export function intervalEval64(e: Expr, env: Readonly<Record<string, Interval64>>): Interval64 {
  const ev = (n: Expr): Interval64 => {
    switch (n.kind) {
      case 'num': {
        const x = Number(n.value);
        return finite([down(x), up(x)]);
      }
      case 'const':
        return n.name === 'pi' ? [down(Math.PI), up(Math.PI)] : [down(Math.E), up(Math.E)];
      case 'var': {
        const x = env[n.name];
        if (!x) throw new IntervalFailure(`no interval for ${n.name}`, false);
        return x;
      }
      case 'neg': {
        const a = ev(n.arg);
        return [-a[1], -a[0]];
      }
      case 'add':
        return add(ev(n.left), ev(n.right));
      case 'sub':
        return sub(ev(n.left), ev(n.right));
      case 'mul':
        return mul64(ev(n.left), ev(n.right));
      case 'div':
        return div(ev(n.left), ev(n.right));
      case 'pow': {
        const k = integerExponent(n.right);
        const base = ev(n.left);
        if (k !== undefined) return intPower(base, k);
        if (base[1] <= 0) throw new IntervalFailure('a power of a non-positive base', true);
        if (base[0] <= 0) throw new IntervalFailure('a power of a base that may be ≤ 0', false);
        const y = ev(n.right);
        const lb = loose(Math.log(base[0]), Math.log(base[1]));
        const p = mul64(y, lb);
        return loose(Math.exp(p[0]), Math.exp(p[1]));
      }
      case 'call':
        return call(n.fn, n.args.map(ev));
    }
  };
  return ev(e);
}

function call(fn: string, args: readonly Interval64[]): Interval64 {
  const x = args[0]!;
  const mono = (f: (v: number) => number): Interval64 => loose(f(x[0]), f(x[1]));
  switch (fn) {
    case 'exp':
      return mono(Math.exp);
    case 'log':
      if (x[1] <= 0) throw new IntervalFailure('log of a non-positive interval', true);
      if (x[0] <= 0) throw new IntervalFailure('log of an interval that reaches 0', false);
      return mono(Math.log);
    case 'sqrt':
      if (x[1] < 0) throw new IntervalFailure('sqrt of a negative interval', true);
      return [Math.max(0, down(Math.sqrt(Math.max(0, x[0])))), up(Math.sqrt(x[1]))];
    case 'tanh':
      return mono(Math.tanh);
    case 'sinh':
      return mono(Math.sinh);
    case 'atan':
      return mono(Math.atan);
    case 'asinh':
      return mono(Math.asinh);
    case 'cosh': {
      const hi = Math.max(Math.cosh(x[0]), Math.cosh(x[1]));
      const lo = x[0] <= 0 && x[1] >= 0 ? 1 : Math.min(Math.cosh(x[0]), Math.cosh(x[1]));
      const w = loose(lo, hi);
      return [Math.max(1, w[0]), w[1]];
    }
    case 'abs':
      if (x[0] >= 0) return x;
      if (x[1] <= 0) return [-x[1], -x[0]];
      return [0, Math.max(-x[0], x[1])];
    case 'sin':
    case 'cos':
      return periodic(x, fn);
    default:
      throw new IntervalFailure(`${fn} has no interval form in the calculus tools`, false);
  }
}
