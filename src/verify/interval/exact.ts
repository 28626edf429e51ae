/**
 * Exact rational evaluation: the value of an expression at rational points, when every
 * step is rational (+ − × ÷, integer powers, roots of perfect powers, and the functions
 * at their rational special points: e⁰ = 1, log 1 = 0, tanh 0 = 0, cos 0 = 1, …).
 * This settles "f equals the end exactly here" without a tolerance: σ′(0) = 1/4,
 * softsign′(0) = 1, hardshrink's jump from −λ to 0. Anything else is `undefined`
 * (unknown, not false).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Expr } from '../../symbolic/tree.js';

/**
 * A rational number n/d in lowest terms with d > 0.
 *
 * @example
 * ```ts
 * const quarter: Rational = { n: 1n, d: 4n };
 * ```
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
};

/**
 * n/d in lowest terms (d ≠ 0).
 *
 * @example
 * ```ts
 * rational(2n, -4n); // { n: -1n, d: 2n }
 * ```
 */
export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError('rational with denominator 0');
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}

/**
 * The exact rational value of a decimal string (`0.25`, `-1e-5`, `3`), or undefined for
 * anything else.
 *
 * @example
 * ```ts
 * parseRational('0.044715'); // { n: 8943n, d: 200000n }
 * ```
 */
export function parseRational(text: string): Rational | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const digits = `${m[2]}${m[3] ?? ''}` || '0';
  const exp = Number(m[4] ?? '0') - (m[3] ?? '').length;
  if (Math.abs(exp) > 100000) return undefined;
  let n = BigInt(digits) * (m[1] === '-' ? -1n : 1n);
  let d = 1n;
  if (exp >= 0) n *= 10n ** BigInt(exp);
  else d = 10n ** BigInt(-exp);
  return rational(n, d);
}

/**
 * The rational value of a finite Decimal (always exact).
 *
 * @example
 * ```ts
 * fromDecimal(new Decimal('0.5')); // { n: 1n, d: 2n }
 * ```
 */
export function fromDecimal(x: Decimal): Rational {
  const r = parseRational(x.toFixed());
  if (!r) throw new RangeError(`not a finite decimal: ${x.toString()}`);
  return r;
}

/**
 * Whether a rational is a terminating decimal, and the decimal when it is.
 *
 * @example
 * ```ts
 * toDecimal({ n: 1n, d: 4n })?.toString(); // '0.25'
 * toDecimal({ n: 1n, d: 3n });              // undefined
 * ```
 */
export function toDecimal(r: Rational): Decimal | undefined {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return undefined;
  const k = Math.max(twos, fives);
  const scaled = (r.n * 10n ** BigInt(k)) / r.d;
  return new Decimal(`${scaled}e-${k}`);
}

/**
 * A rational as text: `1/4`, `-3`, `5/2`.
 *
 * @example
 * ```ts
 * formatRational({ n: -5n, d: 2n }); // '-5/2'
 * ```
 */
export function formatRational(r: Rational): string {
  return r.d === 1n ? r.n.toString() : `${r.n}/${r.d}`;
}

/**
 * Compares a finite decimal with a rational exactly (−1, 0, 1), without writing the decimal
 * as a fraction (a decimal like 1e−100000 would make a huge one).
 *
 * @example
 * ```ts
 * compareDecimalRational(new Decimal('0.3333'), { n: 1n, d: 3n }); // -1
 * ```
 */
export function compareDecimalRational(x: Decimal, q: Rational): number {
  const d = new Decimal(q.d.toString());
  const n = new Decimal(q.n.toString());
  // x·d is exact with enough digits: those of x and of d, plus room
  const X = Decimal.clone({ precision: x.sd() + d.sd() + 5, minE: -9e15, maxE: 9e15 });
  return new X(x).times(d).cmp(n);
}

const addR = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
const mulR = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
const negR = (a: Rational): Rational => ({ n: -a.n, d: a.d });

/**
 * Compares two rationals: −1, 0 or 1.
 *
 * @example
 * ```ts
 * compareRational({ n: 1n, d: 3n }, { n: 1n, d: 4n }); // 1
 * ```
 */
export function compareRational(a: Rational, b: Rational): number {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The exact k-th root of a non-negative integer, or undefined. */
function intRoot(x: bigint, k: number): bigint | undefined {
  if (x < 0n) return undefined;
  if (x < 2n) return x;
  const guess = BigInt(Math.round(Number(x) ** (1 / k)));
  for (const r of [guess - 1n, guess, guess + 1n]) if (r >= 0n && r ** BigInt(k) === x) return r;
  // large numbers: bisection
  let lo = 0n;
  let hi = 1n << (BigInt(x.toString(2).length) / BigInt(k) + 1n);
  while (lo <= hi) {
    const mid = (lo + hi) / 2n;
    const p = mid ** BigInt(k);
    if (p === x) return mid;
    if (p < x) lo = mid + 1n;
    else hi = mid - 1n;
  }
  return undefined;
}

/** r^(p/q) exactly, when r is a perfect q-th power (odd q allows negative r). */
function powRational(base: Rational, p: bigint, q: bigint): Rational | undefined {
  if (q > 64n || p > 100000n || p < -100000n) return undefined;
  let b = base;
  if (q !== 1n) {
    const neg = b.n < 0n;
    if (neg && q % 2n === 0n) return undefined;
    const rn = intRoot(neg ? -b.n : b.n, Number(q));
    const rd = intRoot(b.d, Number(q));
    if (rn === undefined || rd === undefined) return undefined;
    b = { n: neg ? -rn : rn, d: rd };
  }
  if (p === 0n) return b.n === 0n ? undefined : rational(1n);
  if (p < 0n) {
    if (b.n === 0n) return undefined;
    b = rational(b.d, b.n);
  }
  const k = p < 0n ? -p : p;
  return rational(b.n ** k, b.d ** k);
}

/** name(x) at the rational points where it is rational. */
function callExact(name: string, args: readonly Rational[]): Rational | undefined {
  if (name === 'min' || name === 'max') {
    return args.reduce((a, b) => (compareRational(a, b) < 0 === (name === 'min') ? a : b));
  }
  const x = args[0];
  if (!x || args.length !== 1) return undefined;
  const zero = x.n === 0n;
  const one = x.n === 1n && x.d === 1n;
  switch (name) {
    case 'abs':
      return x.n < 0n ? negR(x) : x;
    case 'sign':
      return rational(x.n === 0n ? 0n : x.n < 0n ? -1n : 1n);
    case 'sqrt':
      return x.n < 0n ? undefined : powRational(x, 1n, 2n);
    case 'cbrt':
      return powRational(x, 1n, 3n);
    case 'exp':
    case 'cos':
    case 'cosh':
    case 'sech':
    case 'erfc':
      return zero ? rational(1n) : undefined;
    case 'sin':
    case 'tan':
    case 'atan':
    case 'asin':
    case 'sinh':
    case 'tanh':
    case 'asinh':
    case 'atanh':
    case 'erf':
      return zero ? rational(0n) : undefined;
    case 'log':
    case 'acosh':
    case 'asech':
    case 'acos':
    case 'asec':
      return one ? rational(0n) : undefined;
    case 'log10': {
      if (x.n <= 0n) return undefined;
      for (let k = 0n; k < 400n; k++) {
        if (x.d === 1n && x.n === 10n ** k) return rational(k);
        if (x.n === 1n && x.d === 10n ** k) return rational(-k);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The exact value of `e` where every variable is the given rational, or undefined when
 * some step is not rational (π, e¹, √2, log 2 …) or undefined (division by zero).
 *
 * @example
 * ```ts
 * formatRational(exactValue(parse('e^(-z)/(1 + e^(-z))^2'), { z: rational(0n) })!); // '1/4'
 * exactValue(parse('tanh(z)'), { z: rational(100n) }); // undefined
 * ```
 */
export function exactValue(e: Expr, env: Readonly<Record<string, Rational>>): Rational | undefined {
  switch (e.kind) {
    case 'num':
      return parseRational(e.value);
    case 'const':
      return undefined;
    case 'var':
      return env[e.name];
    case 'neg': {
      const a = exactValue(e.arg, env);
      return a && negR(a);
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const a = exactValue(e.left, env);
      if (!a) return undefined;
      // 0·anything defined is 0, but "anything" must still be rational to be known defined
      const b = exactValue(e.right, env);
      if (!b) return undefined;
      if (e.kind === 'add') return addR(a, b);
      if (e.kind === 'sub') return addR(a, negR(b));
      if (e.kind === 'mul') return mulR(a, b);
      return b.n === 0n ? undefined : rational(a.n * b.d, a.d * b.n);
    }
    case 'pow': {
      const y = exactValue(e.right, env);
      if (!y) return undefined;
      if (e.left.kind === 'const' && e.left.name === 'e') return y.n === 0n ? rational(1n) : undefined;
      const b = exactValue(e.left, env);
      if (!b) return undefined;
      // a negative base with a non-integer power: left to the interval evaluator's rules
      if (b.n < 0n && y.d !== 1n) return undefined;
      if (b.n === 0n) return y.n > 0n ? rational(0n) : undefined;
      return powRational(b, y.n, y.d);
    }
    case 'call': {
      const args: Rational[] = [];
      for (const a of e.args) {
        const v = exactValue(a, env);
        if (!v) return undefined;
        args.push(v);
      }
      return callExact(e.fn, args);
    }
  }
}
