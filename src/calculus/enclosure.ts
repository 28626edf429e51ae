/**
 * Printing a number known only to lie in an interval: the digits every point of the
 * interval shares. Rounding is monotone, so when both ends round to the same k significant
 * digits, so does the true value: those k digits are correct.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { formatDigits } from '../numeric/context.js';

/**
 * A value printed from an enclosure [mid − radius, mid + radius].
 *
 * @example
 * ```ts
 * const e: EnclosedValue = enclosedValue(new Decimal('1.23456'), new Decimal('1e-4'), 10);
 * e.value;   // '1.235'
 * e.correct; // 4
 * ```
 */
export interface EnclosedValue {
  /** The shared digits (`correct` of them), or `0` when the enclosure contains 0. */
  readonly value: string;
  /** How many significant digits are certain (0 when the enclosure contains 0). */
  readonly correct: number;
  /** The enclosure's radius, as text (`0` when the value is exact). */
  readonly radius: string;
}

/**
 * The longest correctly rounded form (≤ `digits` significant digits) of every number in
 * [mid − radius, mid + radius].
 *
 * @example
 * ```ts
 * enclosedValue(new Decimal('2'), new Decimal('1e-60'), 50).correct; // 50
 * enclosedValue(new Decimal('1e-70'), new Decimal('1e-60'), 50).value; // '0' (contains 0)
 * ```
 */
export function enclosedValue(mid: Decimal, radius: Decimal, digits: number): EnclosedValue {
  const r = radius.abs();
  const radiusText = r.isZero() ? '0' : r.toSignificantDigits(3, 0).toExponential();
  if (r.isZero()) return { value: mid.isZero() ? '0' : formatDigits(mid.toSignificantDigits(digits), digits), correct: mid.isZero() ? digits : digits, radius: '0' };
  const lo = mid.minus(r);
  const hi = mid.plus(r);
  if (lo.lte(0) && hi.gte(0)) return { value: '0', correct: 0, radius: radiusText };
  for (let k = digits; k >= 1; k--) {
    const a = lo.toSignificantDigits(k);
    if (a.eq(hi.toSignificantDigits(k))) return { value: formatDigits(a, k), correct: k, radius: radiusText };
  }
  return { value: formatDigits(mid.toSignificantDigits(1), 1), correct: 0, radius: radiusText };
}
