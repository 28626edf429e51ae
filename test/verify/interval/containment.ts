/**
 * Shared helpers of the interval tests: random decimals and boxes, and the containment
 * check that every test of an enclosure goes through (and that is itself shown to catch
 * deliberately wrong enclosures).
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { DomainError } from '../../../src/errors.js';
import { compile } from '../../../src/numeric/compile.js';
import { decimalContext } from '../../../src/numeric/context.js';
import { evaluate } from '../../../src/numeric/evaluate.js';
import { parse } from '../../../src/symbolic/parse.js';
import type { Interval } from '../../../src/verify/interval/interval.js';

/** A decimal string m·10^e with a short mantissa (exactly representable, so points are exact). */
export const decimalText = (minExp = -3, maxExp = 1): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: minExp, max: maxExp })).map(([m, e]) => new Decimal(m).times(new Decimal(10).pow(e)).toString());

/** A finite interval [a, b] with a ≤ b, from two decimals, and a few points inside it (ends included). */
export const boxWithPoints = (minExp = -3, maxExp = 1): fc.Arbitrary<{ lo: string; hi: string; points: string[] }> =>
  fc.tuple(decimalText(minExp, maxExp), decimalText(minExp, maxExp), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 })).map(([a, b, ts]) => {
    const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
    // exact: a point beyond the box would make the test wrong, not the code
    const X = Decimal.clone({ precision: 100 });
    const w = new X(hi).minus(lo);
    const points = [lo, hi, ...ts.map((t) => new X(lo).plus(w.times(t).div(1000)).toString())];
    return { lo, hi, points };
  });

/** Whether x lies in the closed hull of the enclosure. */
export function inHull(e: Interval, x: Decimal): boolean {
  return x.gte(e.lo) && x.lte(e.hi);
}

/** A point where a claimed enclosure misses the value of `expr`, or undefined when it contains every value. */
export function containmentViolation(
  expr: string,
  variable: string,
  enclosure: Interval,
  points: readonly string[],
  fixed: Readonly<Record<string, string>> = {},
  digits = 40,
): { at: string; value: string } | undefined {
  for (const at of points) {
    let value: Decimal;
    try {
      const r = evaluate(expr, { ...fixed, [variable]: at }, { digits });
      value = r.decimal;
      if (r.zeroBound !== undefined) {
        // The guaranteed-digits evaluator reports "0 within a bound" when an exact zero
        // subexpression (tanh(x) − tanh(x)) defeats its error tracking; a plain evaluation at
        // 60 digits is then the reference.
        const D = decimalContext(60);
        const env = Object.fromEntries(Object.entries({ ...fixed, [variable]: at }).map(([k, x]) => [k, new D(x)]));
        value = compile(parse(expr))(D, env);
      }
    } catch (err) {
      if (err instanceof DomainError) return { at, value: 'undefined' };
      throw err;
    }
    if (!inHull(enclosure, value)) return { at, value: value.toString() };
  }
  return undefined;
}
