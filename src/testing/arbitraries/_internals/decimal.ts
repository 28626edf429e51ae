/**
 * Decimal strings for the arbitraries: drawn as scaled integers, so every value is exact
 * and shrinks toward a simple one; written in plain notation (no exponent).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { type Arbitrary, integer } from 'fast-check';

/**
 * Exact arithmetic for points near kinks (offsets down to 1e-40 on values up to 1e3).
 *
 * @example
 * ```ts
 * new Exact('6').plus('1e-40').toFixed(); // '6.0000000000000000000000000000000000000001'
 * ```
 */
export const Exact = Decimal.clone({ precision: 120 });

/**
 * A Decimal as a plain decimal string, never in exponent notation; −0 as `0`.
 *
 * @example
 * ```ts
 * plain(new Exact('1e-6')); // '0.000001'
 * ```
 */
export function plain(x: Decimal): string {
  return x.isZero() ? '0' : x.toFixed();
}

/**
 * Bounds of a drawn decimal: `lo`…`hi`, each end open or closed.
 *
 * @example
 * ```ts
 * const range: DecimalRange = { lo: '0', hi: '5', loOpen: true, scale: 2 };
 * ```
 */
export interface DecimalRange {
  readonly lo: string;
  readonly hi: string;
  readonly loOpen?: boolean;
  readonly hiOpen?: boolean;
  /** Decimal places. Default 3. */
  readonly scale?: number;
}

/**
 * Decimal strings with `scale` decimal places in the range (shrinking toward 0, or the
 * end nearest 0).
 *
 * @example
 * ```ts
 * decimalIn({ lo: '0', hi: '5', loOpen: true, scale: 2 }); // '0.01' … '5'
 * ```
 */
export function decimalIn(range: DecimalRange): Arbitrary<string> {
  const scale = range.scale ?? 3;
  const unit = new Exact(10).pow(scale);
  let lo = new Exact(range.lo).times(unit).ceil();
  let hi = new Exact(range.hi).times(unit).floor();
  if (range.loOpen && lo.div(unit).eq(range.lo)) lo = lo.plus(1);
  if (range.hiOpen && hi.div(unit).eq(range.hi)) hi = hi.minus(1);
  if (lo.gt(hi)) throw new RangeError(`no decimal with ${scale} places in ${range.loOpen ? '(' : '['}${range.lo}, ${range.hi}${range.hiOpen ? ')' : ']'}`);
  return integer({ min: lo.toNumber(), max: hi.toNumber() }).map((n) => plain(new Exact(n).div(unit)));
}
