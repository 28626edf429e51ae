/**
 * The one rule by which a value is held against a finite difference, for derivatives and
 * gradients alike:
 * - `agrees`: the two agree to every digit asked for, and the finite difference is
 *   accurate enough to vouch for that many;
 * - `differs`: they differ by more than ten times the finite difference's own error bound
 *   (a counterexample);
 * - `zero`: they agree within that bound and both lie within 10^−digits of 0 on the scale
 *   of the function (a stationary point; the bound is said: "0 within 1e−N");
 * - `unsettled`: none of these (the finite difference could not be made accurate enough).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { digitsAgreed, type NumericDerivative } from '../numeric/finite.js';

/** What holding a value against a finite difference found. */
export interface Agreement {
  readonly status: 'agrees' | 'differs' | 'zero' | 'unsettled';
  /** Significant digits on which the two agree (the full request for `zero`). */
  readonly digitsAgreed: number;
  /** For `zero`: both lie within this bound of 0, e.g. `1e-50`. */
  readonly zeroBound?: string;
  /** Why the point could not be settled. */
  readonly note?: string;
}

/** The smallest power of ten at or above x > 0, as text: 3.7e-51 → '1e-50'. */
export const powerOfTen = (x: Decimal): string => `1e${x.eq(new Decimal(10).pow(x.e)) ? x.e : x.e + 1}`;

/**
 * Holds `value` (or a value known only to lie below `valueBound` in magnitude) against the
 * finite difference `fd`, asking for `digits` digits.
 *
 * @example
 * ```ts
 * judgeAgreement(new Decimal('2.718281828459045235360287471352662497757'), numericDerivative((x, D) => D.exp(x), new Decimal(1), 40), 40).status; // 'agrees'
 * ```
 */
export function judgeAgreement(value: Decimal, fd: NumericDerivative, digits: number, valueBound?: string): Agreement {
  const zero = fd.scale.times(new Decimal(10).pow(-digits));
  const tolerance = fd.error.times(10);
  if (valueBound !== undefined) {
    // a value known only to lie below a bound: a counterexample when the finite difference is
    // certainly beyond it, "0 within" when both lie below the zero yardstick, else unsettled
    const bound = new Decimal(valueBound);
    if (fd.value.abs().gt(bound.plus(tolerance))) return { status: 'differs', digitsAgreed: 0 };
    if (fd.value.abs().plus(fd.error).lte(zero) && bound.lte(zero)) return { status: 'zero', digitsAgreed: digits, zeroBound: powerOfTen(zero) };
    return { status: 'unsettled', digitsAgreed: 0, note: `the value cancels to below ${valueBound} here and could not be resolved to ${digits} digits` };
  }
  const agreed = digitsAgreed(value, fd.value, digits);
  const accurate = fd.error.lte(fd.value.abs().times(new Decimal(10).pow(-(digits + 1))));
  if (agreed >= digits && accurate) return { status: 'agrees', digitsAgreed: agreed };
  if (value.minus(fd.value).abs().gt(tolerance)) return { status: 'differs', digitsAgreed: agreed };
  // agreeing within the finite difference's accuracy, and both within 10^-digits of 0 on the
  // scale of f: 0 to the digits asked (a stationary point, or a value far below the size of
  // f, as σ′ at 200 next to σ ≈ 1)
  if (fd.value.abs().plus(fd.error).lte(zero) && value.abs().lte(zero)) return { status: 'zero', digitsAgreed: digits, zeroBound: powerOfTen(zero) };
  return { status: 'unsettled', digitsAgreed: agreed, note: `the finite difference did not settle to ${digits} digits here (estimated error ${fd.error.toSignificantDigits(3).toString()})` };
}
