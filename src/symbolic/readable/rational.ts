/**
 * Exact rational numbers (BigInt numerator and denominator) for the readable-form
 * rewriter: coefficients are folded exactly (`2/2^2` is `1/2`, `0.044715·3` is
 * `0.134145`), never through a JS `number`.
 *
 * @module
 */

/** A reduced fraction n/d with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
}

/** The fraction n/d, reduced. */
export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('zero denominator');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { n: num / g, d: den / g };
}

export const ZERO = rat(0);
export const ONE = rat(1);

/**
 * A decimal literal as {@link fromDecimal} reads it, or undefined when it is not one or is
 * too large to expand cheaply (an exponent beyond ±40, or more than 80 characters): what the
 * identity questions of symbolic/identity-form.ts and rational-zero.ts take exactly.
 */
export function smallDecimal(text: string): Rational | undefined {
  const exp = /[eE]([+-]?\d+)$/.exec(text);
  if (!/^\d*(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(text) || Math.abs(Number(exp?.[1] ?? 0)) > 40 || text.length > 80) return undefined;
  return fromDecimal(text);
}

/** A decimal literal as written (`0.044715`, `1e-5`, `12`) as an exact fraction. */
export function fromDecimal(text: string): Rational {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw new RangeError(`not a decimal literal: ${text}`);
  const whole = m[1] ?? '';
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? 0) - frac.length;
  const digits = BigInt(`${whole}${frac}` || '0');
  return exp >= 0 ? rat(digits * 10n ** BigInt(exp)) : rat(digits, 10n ** BigInt(-exp));
}

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
export const isZero = (a: Rational): boolean => a.n === 0n;
export const isOne = (a: Rational): boolean => a.n === 1n && a.d === 1n;
export const isInteger = (a: Rational): boolean => a.d === 1n;
export const eq = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;
export const lt = (a: Rational, b: Rational): boolean => a.n * b.d < b.n * a.d;

/** a^k for an integer k (a ≠ 0 when k < 0). */
export function powInt(a: Rational, k: bigint): Rational {
  if (k < 0n) return powInt(div(ONE, a), -k);
  return rat(a.n ** k, a.d ** k);
}

/** The exact k-th root of a non-negative integer, when it is one. */
function intRoot(x: bigint, k: bigint): bigint | undefined {
  if (x < 0n) return undefined;
  if (x < 2n) return x;
  let lo = 1n;
  let hi = x;
  while (lo <= hi) {
    const mid = (lo + hi) / 2n;
    const p = mid ** k;
    if (p === x) return mid;
    if (p < x) lo = mid + 1n;
    else hi = mid - 1n;
  }
  return undefined;
}

/** a^(p/q) when it is rational (`4^(1/2)` = 2), otherwise undefined. */
export function powRational(a: Rational, e: Rational): Rational | undefined {
  if (isInteger(e)) return isZero(a) && e.n < 0n ? undefined : powInt(a, e.n);
  if (a.n < 0n) return undefined;
  const n = intRoot(a.n, e.d);
  const d = intRoot(a.d, e.d);
  return n === undefined || d === undefined ? undefined : powInt(rat(n, d), e.n);
}

/** The gcd of two fractions (gcd of numerators over lcm of denominators), positive. */
export function gcdRational(a: Rational, b: Rational): Rational {
  const den = (a.d / gcd(a.d, b.d)) * b.d;
  return rat(gcd(a.n, b.n), den);
}

/** Integer floor of a fraction. */
export function floor(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Text key: `3/4`, `-2`. */
export const key = (a: Rational): string => (a.d === 1n ? `${a.n}` : `${a.n}/${a.d}`);

/**
 * A short exact decimal for a fraction whose denominator has only the factors 2 and 5
 * (`134145/1000000` → `0.134145`), otherwise undefined.
 */
export function toDecimal(a: Rational): string | undefined {
  let d = a.d;
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
  const places = Math.max(twos, fives);
  const scaled = abs(a.n) * 10n ** BigInt(places) / a.d;
  const s = scaled.toString().padStart(places + 1, '0');
  const text = compactNumber(places ? `${s.slice(0, -places)}.${s.slice(-places)}` : s);
  return a.n < 0n ? `-${text}` : text;
}

/**
 * A long run of zeros written as a power of ten, as a teacher writes it: `2000…0` (31
 * digits) is `2e30`, `0.000…0134` is `1.34e-4001`. Numbers of up to 21 characters stay as
 * they are. `text` is a non-negative integer or decimal.
 */
export function compactNumber(text: string): string {
  if (text.length <= 21) return text;
  const scientific = (digits: string, exponent: number) => `${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${exponent}`;
  const whole = /^([1-9]\d*?)(0+)$/.exec(text);
  if (whole?.[1] && whole[2]) return scientific(whole[1], whole[2].length + whole[1].length - 1);
  const tiny = /^0\.(0+)([1-9]\d*)$/.exec(text);
  if (tiny?.[1] && tiny[2]) return scientific(tiny[2], -(tiny[1].length + 1));
  return text;
}
