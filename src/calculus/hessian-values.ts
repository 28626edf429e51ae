/**
 * The Hessian's values at an exact point and its eigenvalues, certified (see `eigen.ts`).
 * Entries are evaluated to guaranteed digits; an entry that evaluates to 0 is proved 0 by
 * the CAS (the point substituted, the difference reduced to 0) or bounded.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { formatDigits } from '../numeric/context.js';
import { evaluate } from '../numeric/evaluate.js';
import { type Expr, substitute } from '../symbolic/tree.js';
import { checkEqual } from './adapter.js';
import { symmetricEigen } from './eigen.js';
import { type EnclosedValue, enclosedValue } from './enclosure.js';
import type { PartialTable } from './partials.js';

/**
 * Eigenvalues of a symmetric matrix, each printed with the digits its enclosure certifies.
 *
 * @example
 * ```ts
 * const r: EigenReport = hessianAt(table, pointExprs({ x: '0', y: '0' }), 50);
 * r.values.map((e) => e.value); // ['-2', '2'] for x^2 - y^2 (each to 50 digits)
 * ```
 */
export interface EigenReport {
  /** Ascending. */
  readonly values: readonly EnclosedValue[];
  /** Unit eigenvectors (to 20 digits; a direction, not a certified value). */
  readonly vectors: readonly (readonly string[])[];
  /** How they were obtained and certified. */
  readonly method: string;
  /** The raw enclosure: midpoints and radius. */
  readonly mids: readonly Decimal[];
  readonly radius: Decimal;
}

/**
 * The eigenvalues of the symmetric matrix `A` (known to within `inputRadius` in the
 * Frobenius norm) with certified digits.
 *
 * @example
 * ```ts
 * eigenReport([[new Decimal(2), new Decimal(1)], [new Decimal(1), new Decimal(2)]], new Decimal(0), 30).values[1].value; // '3'
 * ```
 */
export function eigenReport(A: readonly (readonly Decimal[])[], inputRadius: Decimal, digits: number): EigenReport {
  const e = symmetricEigen(A, inputRadius, digits + 12);
  return {
    values: e.values.map((mu) => enclosedValue(mu, e.radius, digits)),
    vectors: e.vectors.map((vec) => vec.map((x) => x.toSignificantDigits(20).toString())),
    method: `Jacobi rotations at ${digits + 22} digits (${e.sweeps} sweep${e.sweeps === 1 ? '' : 's'}); enclosure radius ${e.radius.toSignificantDigits(3, Decimal.ROUND_UP).toExponential()} from the residual ‖Hv − λv‖ (Kahan's theorem) and the entries' rounding (Weyl)`,
    mids: e.values,
    radius: e.radius,
  };
}

/**
 * The Hessian at the exact point `at` (coordinates as exact expressions, e.g. from {@link pointExprs}): its entries (H[i][j] = ∂²f/∂xᵢ∂xⱼ, the symmetric
 * part when the two orders were both derived) to `digits` digits, and its eigenvalues,
 * certified. The working precision is raised until every non-zero eigenvalue has all
 * `digits` certified, or three tries are spent.
 *
 * @example
 * ```ts
 * hessianAt(new PartialTable(parse('x^2 - y^2'), ['x', 'y']), pointExprs({ x: '0', y: '0' }), 30).eigen.values.map((v) => v.value); // ['-2', '2']
 * ```
 */
export function hessianAt(table: PartialTable, at: Readonly<Record<string, Expr>>, digits: number): { values: string[][]; eigen: EigenReport; exactZeros: boolean[][] } {
  const n = table.vars.length;
  const exactZeros: boolean[][] = [];
  const values: string[][] = [];
  let work = digits + 10;
  for (let attempt = 0; ; attempt++) {
    const A: Decimal[][] = [];
    let r2 = new Decimal(0);
    for (let i = 0; i < n; i++) {
      A.push([]);
      if (attempt === 0) {
        exactZeros.push([]);
        values.push([]);
      }
      for (let j = 0; j < n; j++) {
        const { value, error, exactZero, text } = entry(table, i, j, at, work, digits, attempt === 0 ? undefined : exactZeros[i]![j]);
        A[i]!.push(value);
        r2 = r2.plus(error.times(error));
        if (attempt === 0) {
          exactZeros[i]!.push(exactZero);
          values[i]!.push(text);
        }
      }
    }
    // the symmetric part: both orders were evaluated; their mean is within the larger error of the true (symmetric) entry
    const S = A.map((row, i) => row.map((x, j) => x.plus(A[j]![i]!).div(2)));
    const eigen = eigenReport(S, r2.sqrt(), digits);
    const short = eigen.values.some((v) => v.correct < digits && v.value !== '0');
    const zeroUnsettled = eigen.values.some((v) => v.value === '0' && v.radius !== '0');
    if ((!short && !zeroUnsettled) || attempt >= 2) return { values, eigen, exactZeros };
    work += digits + 20;
  }
}

function entry(
  table: PartialTable,
  i: number,
  j: number,
  at: Readonly<Record<string, Expr>>,
  work: number,
  digits: number,
  knownZero: boolean | undefined,
): { value: Decimal; error: Decimal; exactZero: boolean; text: string } {
  const path = [table.vars[i]!, table.vars[j]!];
  const there = substitute(table.get(path).expr, at);
  const ev = evaluate(there, {}, { digits: work });
  if (ev.value === '0') {
    const exact = knownZero ?? checkEqual(there, '0', { digits: 30 }).status === 'proved';
    const bound = exact ? new Decimal(0) : new Decimal(ev.zeroBound ?? '0');
    return { value: new Decimal(0), error: bound, exactZero: exact, text: '0' };
  }
  // `work` correct significant digits: the error is below one unit of the last digit
  const error = new Decimal(10).pow(ev.decimal.abs().e - work + 1);
  return { value: ev.decimal, error, exactZero: false, text: formatDigits(ev.decimal.toSignificantDigits(digits), digits) };
}
