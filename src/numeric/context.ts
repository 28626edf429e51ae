/**
 * Precision contexts: one independent decimal.js constructor per working precision,
 * with π and e cached per precision (computing π to 1000 digits is not free).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { REAL_FUNCTIONS } from './elementary.js';

/** A decimal.js constructor configured for one working precision. */
export type DecimalCtor = typeof Decimal;

const contexts = new Map<number, DecimalCtor>();
const piCache = new Map<number, Decimal>();
const eCache = new Map<number, Decimal>();

/**
 * The decimal.js constructor whose arithmetic rounds to `precision` significant digits.
 * Exponent limits are opened wide so that results such as 1e-400 do not underflow.
 *
 * @example
 * ```ts
 * const D = decimalContext(60);
 * D.exp(1).toString(); // e to 60 digits
 * ```
 */
export function decimalContext(precision: number): DecimalCtor {
  const p = Math.max(1, Math.ceil(precision));
  let D = contexts.get(p);
  if (!D) {
    D = Decimal.clone({ precision: p, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -7, toExpPos: 21, minE: -9e15, maxE: 9e15 });
    contexts.set(p, D);
  }
  return D;
}

/**
 * π at the precision of `D`.
 *
 * @example
 * ```ts
 * piAt(decimalContext(30)).toString(); // '3.14159265358979323846264338328'
 * ```
 */
export function piAt(D: DecimalCtor): Decimal {
  let v = piCache.get(D.precision);
  if (!v) {
    v = REAL_FUNCTIONS.acos!.apply(D, [new D(-1)]);
    piCache.set(D.precision, v);
  }
  return v;
}

/**
 * Euler's number e at the precision of `D`.
 *
 * @example
 * ```ts
 * eAt(decimalContext(30)).toString(); // '2.71828182845904523536028747135'
 * ```
 */
export function eAt(D: DecimalCtor): Decimal {
  let v = eCache.get(D.precision);
  if (!v) {
    v = REAL_FUNCTIONS.exp!.apply(D, [new D(1)]);
    eCache.set(D.precision, v);
  }
  return v;
}

/**
 * Formats `x` with exactly `digits` significant digits: plain notation for moderate
 * magnitudes, exponent notation (`-1.47…e-196`) for tiny or huge ones. Every digit is kept.
 *
 * @example
 * ```ts
 * formatDigits(new Decimal('0.000000123456'), 3); // '1.23e-7'
 * ```
 */
export function formatDigits(x: Decimal, digits: number): string {
  if (x.isZero()) return '0';
  const e = x.e;
  if (e < -7 || e >= digits) return x.toExponential(digits - 1).replace('e+', 'e+');
  return x.toPrecision(digits);
}

/**
 * log10 |x| as a JS number, for magnitudes only (how many digits a ratio spans): exact
 * to ~15 digits at any precision of `x`, and never calls a precision-limited function.
 *
 * @example
 * ```ts
 * log10Magnitude(new Decimal('2.5e-300')); // -299.60…
 * ```
 */
export function log10Magnitude(x: Decimal): number {
  if (x.isZero()) return Number.NEGATIVE_INFINITY;
  const [mantissa, exponent] = x.abs().toExponential(15).split('e') as [string, string];
  return Math.log10(Number(mantissa)) + Number(exponent);
}
