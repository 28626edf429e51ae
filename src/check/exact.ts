/**
 * Exact rational evaluation of an expression without variables: decimals are exact
 * fractions (BigInt), and the few transcendental values that are rational are exact too
 * (e⁰ = 1, log 1 = 0, tanh 0 = 0, sin 0 = 0, cos 0 = 1, √ of a square). Anything else is
 * `undefined`: the caller then evaluates numerically. A bound on the size of the numbers
 * keeps the work small (`2^40` would be fine, `10^(10^6)` is refused).
 *
 * @module
 */
import type { Expr } from '../symbolic/tree.js';

/** A fraction p/q with q > 0, in lowest terms. */
export interface Fraction {
  readonly p: bigint;
  readonly q: bigint;
}

const MAX_BITS = 4096;

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
};

function make(p: bigint, q: bigint): Fraction | undefined {
  if (q === 0n) return undefined;
  if (q < 0n) {
    p = -p;
    q = -q;
  }
  const g = gcd(p, q) || 1n;
  const r = { p: p / g, q: q / g };
  if (r.p.toString(2).length > MAX_BITS || r.q.toString(2).length > MAX_BITS) return undefined;
  return r;
}

/**
 * The exact value of a decimal literal.
 *
 * @example
 * ```ts
 * fromDecimal('0.25'); // { p: 1n, q: 4n }
 * ```
 */
export function fromDecimal(value: string): Fraction | undefined {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value);
  if (!m) return undefined;
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0') - frac.length;
  if (Math.abs(exp) > 1000) return undefined;
  const digits = BigInt(`${m[1] ?? ''}${frac}` || '0');
  return exp >= 0 ? make(digits * 10n ** BigInt(exp), 1n) : make(digits, 10n ** BigInt(-exp));
}

const ZERO: Fraction = { p: 0n, q: 1n };
const ONE: Fraction = { p: 1n, q: 1n };
const isZero = (f: Fraction): boolean => f.p === 0n;

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/**
 * The exact value of `e`, or `undefined` when it is not a rational number computable here.
 *
 * @example
 * ```ts
 * exactValue(parse('3 - 0.1*4')); // { p: 13n, q: 5n } (2.6)
 * exactValue(parse('1/(1+e^0)')); // { p: 1n, q: 2n }
 * exactValue(parse('e^1'));       // undefined
 * ```
 */
export function exactValue(e: Expr): Fraction | undefined {
  switch (e.kind) {
    case 'num':
      return fromDecimal(e.value);
    case 'const':
    case 'var':
      return undefined;
    case 'neg': {
      const a = exactValue(e.arg);
      return a && { p: -a.p, q: a.q };
    }
    case 'call': {
      const args = e.args.map(exactValue);
      if (args.some((a) => a === undefined)) return undefined;
      const a = args[0] as Fraction;
      switch (e.fn) {
        case 'exp':
        case 'cosh':
        case 'cos':
          return isZero(a) ? ONE : undefined;
        case 'log':
          return a.p === a.q ? ZERO : undefined;
        case 'sin':
        case 'tan':
        case 'sinh':
        case 'tanh':
        case 'asin':
        case 'atan':
        case 'asinh':
        case 'atanh':
        case 'erf':
          return isZero(a) ? ZERO : undefined;
        case 'sech':
          return isZero(a) ? ONE : undefined;
        case 'erfc':
          return isZero(a) ? ONE : undefined;
        case 'abs':
          return { p: a.p < 0n ? -a.p : a.p, q: a.q };
        case 'sign':
          return { p: a.p > 0n ? 1n : a.p < 0n ? -1n : 0n, q: 1n };
        case 'sqrt': {
          if (a.p < 0n) return undefined;
          const sp = isqrt(a.p);
          const sq = isqrt(a.q);
          return sp * sp === a.p && sq * sq === a.q ? { p: sp, q: sq } : undefined;
        }
        case 'max':
        case 'min': {
          const list = args as Fraction[];
          return list.reduce((best, x) => {
            const cmp = x.p * best.q - best.p * x.q;
            return (e.fn === 'max' ? cmp > 0n : cmp < 0n) ? x : best;
          });
        }
        default:
          return undefined;
      }
    }
    case 'pow': {
      const b = exactValue(e.right);
      if (b?.q !== 1n) {
        // e^0 and 1^x are still exact
        if (b && isZero(b)) return ONE;
        return undefined;
      }
      if (e.left.kind === 'const' && e.left.name === 'e') return isZero(b) ? ONE : undefined;
      const a = exactValue(e.left);
      if (!a) return undefined;
      if (b.p > 4096n || b.p < -4096n) return undefined;
      const n = b.p < 0n ? -b.p : b.p;
      const r = make(a.p ** n, a.q ** n);
      if (!r) return undefined;
      return b.p < 0n ? make(r.q, r.p) : r;
    }
    default: {
      const a = exactValue(e.left);
      const b = exactValue(e.right);
      if (!a || !b) return undefined;
      switch (e.kind) {
        case 'add':
          return make(a.p * b.q + b.p * a.q, a.q * b.q);
        case 'sub':
          return make(a.p * b.q - b.p * a.q, a.q * b.q);
        case 'mul':
          return make(a.p * b.p, a.q * b.q);
        case 'div':
          return make(a.p * b.q, a.q * b.p);
      }
    }
  }
}

/**
 * The fraction as a decimal string when it terminates (up to 60 digits), else `p/q`.
 *
 * @example
 * ```ts
 * fractionText({ p: 13n, q: 5n }); // '2.6'
 * fractionText({ p: 1n, q: 3n });  // '1/3'
 * ```
 */
export function fractionText(f: Fraction): string {
  let q = f.q;
  let twos = 0;
  let fives = 0;
  while (q % 2n === 0n) {
    q /= 2n;
    twos++;
  }
  while (q % 5n === 0n) {
    q /= 5n;
    fives++;
  }
  const places = Math.max(twos, fives);
  if (q !== 1n || places > 60) return `${f.p}/${f.q}`;
  const scaled = (f.p * 10n ** BigInt(places)) / f.q;
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = places ? `.${digits.slice(digits.length - places)}` : '';
  return `${neg ? '-' : ''}${int}${frac}`;
}

/**
 * Whether two fractions are equal.
 *
 * @example
 * ```ts
 * sameFraction({ p: 1n, q: 2n }, { p: 1n, q: 2n }); // true
 * ```
 */
export function sameFraction(a: Fraction, b: Fraction): boolean {
  return a.p === b.p && a.q === b.q;
}
