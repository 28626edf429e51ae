/**
 * Printing a number known only to lie in an interval: the digits every point of the
 * interval shares. Rounding is monotone, so when both ends round to the same k significant
 * digits, so does the true value: those k digits are correct.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { formatDigits } from '../numeric/context.js';

/**
 * A value printed from an enclosure.
 *
 * @example
 * ```ts
 * const e: EnclosedValue = enclosedValue(new Decimal('1.23456'), new Decimal('1e-4'), 10);
 * e.value;   // '1.23'
 * e.correct; // 3
 * ```
 */
export interface EnclosedValue {
  /** The shared digits (`correct` of them), or `0` when the enclosure contains 0. */
  readonly value: string;
  /** How many significant digits are certain (0 when the enclosure contains 0 but is not {0}). */
  readonly correct: number;
  /** The enclosure's half-width, rounded up, as text (`0` when the value is exact). */
  readonly radius: string;
}

// wide enough for any operand gradproof produces; the directed modes make lo/hi outward
const DOWN = Decimal.clone({ precision: 2000, rounding: Decimal.ROUND_FLOOR });
const UP = Decimal.clone({ precision: 2000, rounding: Decimal.ROUND_CEIL });
const NEAREST = Decimal.ROUND_HALF_EVEN;

/**
 * The longest correctly rounded form (≤ `digits` significant digits) of every number in [lo, hi].
 *
 * @example
 * ```ts
 * enclosedInterval(new Decimal('2.9999999'), new Decimal('3.0000001'), 10).value; // '3.000000'
 * ```
 */
export function enclosedInterval(lo: Decimal, hi: Decimal, digits: number): EnclosedValue {
  const a = new DOWN(lo);
  const b = new UP(hi);
  const radius = UP.sub(b, a).div(2);
  const radiusText = radius.isZero() ? '0' : radius.toSignificantDigits(2, Decimal.ROUND_UP).toExponential();
  if (a.eq(b)) return { value: a.isZero() ? '0' : formatDigits(new Decimal(a).toSignificantDigits(digits, NEAREST), digits), correct: digits, radius: '0' };
  if (a.lte(0) && b.gte(0)) return { value: '0', correct: 0, radius: radiusText };
  for (let k = digits; k >= 1; k--) {
    const x = new Decimal(a).toSignificantDigits(k, NEAREST);
    if (x.eq(new Decimal(b).toSignificantDigits(k, NEAREST))) return { value: formatDigits(x, k), correct: k, radius: radiusText };
  }
  return { value: formatDigits(new Decimal(a).toSignificantDigits(1, NEAREST), 1), correct: 0, radius: radiusText };
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
  return enclosedInterval(DOWN.sub(mid, r), UP.add(mid, r), digits);
}
