/**
 * Numeric statements without variables: `3 - 0.1 \times 4 = 2.6`, `e \approx 2.73`,
 * `\sigma(0) \le 0.25`. Exact rational arithmetic decides when it can (then the result is
 * proved); otherwise guaranteed-digit evaluation does (verified, or refuted when the
 * guaranteed digits differ). `≈ v` is judged at the precision written: the value is
 * rounded to the last digit the author wrote.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { digitsAgreed } from '../numeric/finite.js';
import type { Expr } from '../symbolic/tree.js';
import { numericValue } from './adapter.js';
import { exactValue, type Fraction, fractionText } from './exact.js';

/** The outcome of a numeric comparison. */
export interface NumericOutcome {
  readonly status: 'proved' | 'verified' | 'refuted' | 'inconclusive';
  readonly method: 'exact' | 'numeric';
  readonly left?: string;
  readonly right?: string;
  readonly digitsAgreed: number;
  readonly reason?: string;
  /** The correct value at the precision written (for `≈`) or in full. */
  readonly correct?: string;
}

const cmp = (a: Fraction, b: Fraction): number => {
  const d = a.p * b.q - b.p * a.q;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

/** A value: exact when possible, else to `digits` guaranteed digits. */
function value(e: Expr, digits: number): { exact?: Fraction; decimal?: Decimal; text: string; error?: string } {
  const exact = exactValue(e);
  if (exact) return { exact, text: fractionText(exact), decimal: new Decimal(exact.p.toString()).div(exact.q.toString()) };
  const v = numericValue(e, digits);
  if ('error' in v) return { text: '', error: v.error };
  if (v.zeroBound) return { text: v.value, error: `its value is 0 to within ${v.zeroBound}, which evaluation cannot tell from a tiny non-zero` };
  return { text: v.value, decimal: new Decimal(v.value) };
}

const TEST: Record<string, (c: number) => boolean> = {
  '=': (c) => c === 0,
  '≠': (c) => c !== 0,
  '<': (c) => c < 0,
  '≤': (c) => c <= 0,
  '>': (c) => c > 0,
  '≥': (c) => c >= 0,
};

/**
 * Compares two numeric expressions with a relation (`=`, `≠`, `<`, `≤`, `>`, `≥`).
 *
 * @example
 * ```ts
 * compareNumbers(parse('3 - 0.1*4'), '=', parse('2.6'), 30).status; // 'proved'
 * ```
 */
export function compareNumbers(a: Expr, rel: string, b: Expr, digits: number): NumericOutcome {
  const va = value(a, digits);
  const vb = value(b, digits);
  if (va.error || vb.error) return { status: 'inconclusive', method: 'numeric', digitsAgreed: 0, reason: va.error ?? vb.error ?? '' };
  const test = TEST[rel];
  if (!test) return { status: 'inconclusive', method: 'numeric', digitsAgreed: 0, reason: `the relation ${rel}` };
  if (va.exact && vb.exact) {
    const c = cmp(va.exact, vb.exact);
    return { status: test(c) ? 'proved' : 'refuted', method: 'exact', left: va.text, right: vb.text, digitsAgreed: c === 0 ? digits : 0, correct: va.text };
  }
  const A = va.decimal!;
  const B = vb.decimal!;
  const agreed = A.eq(B) ? digits : digitsAgreed(A, B, digits);
  // fewer than digits − 1 agreeing guaranteed digits: the two values differ for certain
  const differ = agreed < digits - 1;
  if (rel === '=' || rel === '≠') {
    const holds = rel === '=' ? !differ : differ;
    if (rel === '≠' && !differ) return { status: 'inconclusive', method: 'numeric', digitsAgreed: agreed, reason: `the two sides agree to ${agreed} digits` };
    return { status: holds ? 'verified' : 'refuted', method: 'numeric', left: va.text, right: vb.text, digitsAgreed: agreed, correct: va.text };
  }
  if (!differ) return { status: 'inconclusive', method: 'numeric', digitsAgreed: agreed, reason: `the two sides agree to ${agreed} digits: the order cannot be decided by evaluation` };
  return { status: test(A.cmp(B)) ? 'verified' : 'refuted', method: 'numeric', left: va.text, right: vb.text, digitsAgreed: agreed };
}

/**
 * The decimal exponent of the last digit written in a literal (`2.73` → -2, `6000` → 3,
 * `0.006` → -3), or undefined for `0` (no precision written).
 *
 * @example
 * ```ts
 * writtenPrecision('2.73'); // -2
 * ```
 */
export function writtenPrecision(literal: string): number | undefined {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(literal);
  if (!m) return undefined;
  const int = m[1] ?? '';
  const frac = m[2] ?? '';
  if (!/[1-9]/.test(int + frac)) return undefined;
  if (frac.length) return -frac.length;
  return int.length - int.replace(/0+$/, '').length;
}

/**
 * Judges `a ≈ literal` at the precision written: `a` rounded (half away from zero) at the
 * literal's last written digit must equal the literal.
 *
 * @example
 * ```ts
 * compareApprox(parse('e'), '2.73', false, 30).status; // 'refuted' (e rounds to 2.72)
 * ```
 */
export function compareApprox(a: Expr, literal: string, negative: boolean, digits: number, placeOverride?: number): NumericOutcome {
  const place = placeOverride ?? writtenPrecision(literal);
  if (place === undefined) return { status: 'inconclusive', method: 'numeric', digitsAgreed: 0, reason: '"≈ 0" states no precision (how small is negligible is not written)' };
  const va = value(a, digits);
  if (va.error) return { status: 'inconclusive', method: 'numeric', digitsAgreed: 0, reason: va.error };
  const A = va.decimal!;
  const written = new Decimal(literal).times(negative ? -1 : 1);
  const unit = new Decimal(10).pow(place);
  const rounded = A.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
  // exactly on a rounding boundary, more digits could change the rounding
  const onBoundary = !va.exact && A.div(unit).minus(A.div(unit).floor()).minus(0.5).abs().lt(new Decimal(10).pow(-digits + 5));
  if (onBoundary) return { status: 'inconclusive', method: 'numeric', digitsAgreed: 0, reason: 'the value lies on a rounding boundary of the precision written' };
  const holds = rounded.eq(written);
  const correct = place < 0 ? rounded.toFixed(-place) : rounded.toFixed(0);
  return {
    status: holds ? (va.exact ? 'proved' : 'verified') : 'refuted',
    method: va.exact ? 'exact' : 'numeric',
    left: va.text,
    right: `${negative ? '-' : ''}${literal}`,
    digitsAgreed: holds ? Math.max(0, A.isZero() ? 0 : A.abs().log(10).floor().toNumber() - place + 1) : 0,
    correct,
  };
}
