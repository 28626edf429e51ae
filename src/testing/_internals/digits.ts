/**
 * `toEqualToDigits`: two numbers agree to `digits` significant digits when
 * {@link digitsAgreed} of the two is at least `digits`, that is when they are equal or
 * |value − reference| ≤ 10^−digits · max(|value|, |reference|): the same relative
 * measure every verdict's "digits agreed" uses. It is not "both round to the same
 * digits", which jumps at rounding boundaries: 1.2345649999 and 1.2345650001 agree to 6
 * (indeed 9) digits, though rounded to 6 they are 1.23456 and 1.23457; and 0.99999 and
 * 1.00001 agree to 4. Zero agrees only with zero (no absolute tolerance).
 *
 * @module
 */
import { InputError } from '../../errors.js';
import { digitsAgreed } from '../../numeric/finite.js';
import { hint, type MatcherContext, type MatcherOutcome } from './result.js';
import { exactDecimal, indent, table } from './values.js';

/** Largest digit count the matcher compares. */
const MAX_COMPARED = 1000;

/**
 * The matcher: `received` agrees with `reference` to `digits` significant digits.
 *
 * @example
 * ```ts
 * toEqualToDigits({ isNot: false }, '0.99999', '1.00001', 4).pass; // true
 * ```
 */
export function toEqualToDigits(ctx: MatcherContext, received: unknown, reference: unknown, digits: unknown): MatcherOutcome {
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 1 || digits > MAX_COMPARED) {
    throw new InputError(`toEqualToDigits: digits must be an integer in 1…${MAX_COMPARED}, got ${String(digits)}`);
  }
  const a = exactDecimal(received, 'the received value');
  const b = exactDecimal(reference, 'the reference');
  const agreed = digitsAgreed(a, b, digits);
  const pass = agreed >= digits;
  const gap = a.minus(b).abs();
  const rel = gap.isZero() ? '0' : gap.div(a.abs().gt(b.abs()) ? a.abs() : b.abs()).toSignificantDigits(3).toString();
  const rows = table([
    ['received', a.toString()],
    ['reference', b.toString()],
    ['difference', `${gap.toSignificantDigits(6).toString()} (relative ${rel}; at most 1e-${digits} is needed)`],
    ['digits agreed', `${agreed}${agreed === digits ? ' or more' : ''} of ${digits}`],
  ]);
  const message = () =>
    [
      hint(ctx, 'toEqualToDigits', 'received', 'reference', 'digits'),
      '',
      ctx.isNot ? `Expected the values to differ within ${digits} significant digits, but they agree to all ${digits}.` : `Expected the values to agree to ${digits} significant digits; they agree to ${agreed}.`,
      '',
      indent(rows),
    ].join('\n');
  return { pass, message, ...(!pass ? { actual: a.toString(), expected: b.toString() } : {}) };
}
