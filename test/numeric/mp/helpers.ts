/**
 * Shared assertions of the BigInt engine's tests: agreement with a reference value to
 * within one unit in the last requested digit.
 */
import { Decimal } from 'decimal.js';

/** Arithmetic on references without rounding them (they carry up to 2010 digits). */
const HP = Decimal.clone({ precision: 4200, toExpNeg: -9e15, toExpPos: 9e15 });

/** One unit in the `digits`-th significant digit of a non-zero reference. */
export function ulp(reference: string, digits: number): Decimal {
  const r = new HP(reference);
  const e = r.abs().toExponential().split('e')[1]!;
  return new HP(10).pow(Number(e) - digits + 1);
}

/** How many units of the `digits`-th digit `actual` is away from `reference` (0 for an exact 0 of both). */
export function ulpsOff(actual: Decimal, reference: string, digits: number): Decimal {
  const r = new HP(reference);
  if (r.isZero()) return new HP(actual).isZero() ? new HP(0) : new HP(Number.POSITIVE_INFINITY);
  return new HP(actual).minus(r).abs().div(ulp(reference, digits));
}

/** Throws unless |actual − reference| ≤ 1 unit in the `digits`-th significant digit. */
export function expectWithinUlp(actual: Decimal, reference: string, digits: number, what: string): void {
  const off = ulpsOff(actual, reference, digits);
  if (off.gt(1)) {
    throw new Error(`${what}: ${off.toSignificantDigits(3).toString()} units off\n  got  ${actual.toString().slice(0, 120)}\n  want ${reference.slice(0, 120)}`);
  }
}

/** lo ≤ reference ≤ hi, with the reference known to 10 digits beyond `digits`. */
export function expectEncloses(lo: Decimal, hi: Decimal, reference: string, what: string): void {
  const r = new HP(reference);
  if (new HP(lo).gt(r) || new HP(hi).lt(r)) {
    throw new Error(`${what}: [${lo.toString().slice(0, 60)}, ${hi.toString().slice(0, 60)}] does not contain ${reference.slice(0, 60)}`);
  }
}
