/**
 * Krawczyk's test for a zero of ∇f in a box X, in outward-rounded decimal interval
 * arithmetic (`verify/interval`, through `box.ts`), at the working precision:
 *
 *   K(X) = x̃ − C·∇f(x̃) + (I − C·H(X))·(X − x̃),   x̃ ∈ X, C ≈ H(x̃)⁻¹.
 *
 * If K(X) lies in the interior of X, ∇f has exactly one zero in X, and it lies in K(X)
 * (Krawczyk 1969; Moore's uniqueness form, see Neumaier, *Interval Methods for Systems of
 * Equations*, §5.3). If K(X) misses X, or one component of ∇f(X) excludes 0, X holds no
 * zero. Krawczyk's form is used rather than the interval Newton step because it needs no
 * interval division, so a Hessian that is merely ill-conditioned over X does not stop it.
 *
 * Success also proves every matrix of the interval Hessian H(X) regular: with x̃ the
 * midpoint and r > 0 the radius of X, K ⊂ int X gives |I − C·H(X)|·r < r componentwise,
 * so the spectral radius of |I − C·A| is below 1 for every A ∈ H(X) (Perron–Frobenius),
 * and C·A is invertible. The critical point inside is therefore not degenerate.
 *
 * The branch-and-bound over a region (`search.ts`) runs the same test in float64.
 *
 * @module
 */
import { decimalContext } from '../numeric/context.js';
import { add, type Interval, intervalContext, mul, point, sub } from '../verify/interval/interval.js';
import { enclose, IntervalFailure, type Span } from './box.js';
import { inverse } from './linear.js';
import type { PartialTable } from './partials.js';

/** What the test concluded about a box. */
export type KrawczykOutcome =
  | { readonly kind: 'unique'; readonly box: readonly Interval[] }
  | { readonly kind: 'none'; readonly why: string }
  | { readonly kind: 'undecided'; readonly why: string };

const env = (table: PartialTable, box: readonly Span[]): Record<string, Span> => Object.fromEntries(table.vars.map((v, i) => [v, box[i]!]));

/**
 * Krawczyk's test on the box X at `precision` digits (outward-rounded decimal intervals).
 *
 * @example
 * ```ts
 * krawczyk(table, [{ lo: D('0.9'), hi: D('1.1') }, { lo: D('2.9'), hi: D('3.1') }], 30).kind; // 'unique'
 * ```
 */
export function krawczyk(table: PartialTable, X: readonly Span[], precision: number): KrawczykOutcome {
  const n = X.length;
  const D = decimalContext(precision);
  const ctx = intervalContext(precision);
  try {
    const E = env(table, X);
    const G = table.vars.map((v) => enclose(table.get([v]).expr, E, precision));
    if (G.some((g) => g.lo.gt(0) || g.hi.lt(0))) return { kind: 'none', why: 'a component of the gradient has no zero in the box' };
    const mid = X.map((I) => new D(I.lo.plus(I.hi).div(2)));
    const M = env(
      table,
      mid.map((m) => ({ lo: m, hi: m })),
    );
    const J = table.vars.map((a) => table.vars.map((b) => enclose(table.get([a, b]).expr, E, precision)));
    const centre = J.map((row) => row.map((I) => new D(I.lo.plus(I.hi).div(2))));
    let gMid: Interval[];
    try {
      gMid = table.vars.map((v) => enclose(table.get([v]).expr, M, precision));
    } catch (err) {
      // the centre alone outside the domain says nothing about the rest of the box
      if (err instanceof IntervalFailure) return { kind: 'undecided', why: err.message };
      throw err;
    }
    const C = inverse(D, centre);
    if (!C) return { kind: 'undecided', why: 'the Hessian is singular over the box' };
    const K: Interval[] = [];
    for (let i = 0; i < n; i++) {
      // x̃ᵢ − (C·∇f(x̃))ᵢ
      let acc = point(mid[i]!);
      for (let j = 0; j < n; j++) acc = sub(ctx, acc, mul(ctx, point(C[i]![j]!), gMid[j]!));
      // + ((I − C·H(X))·(X − x̃))ᵢ
      for (let j = 0; j < n; j++) {
        let m = point(i === j ? 1 : 0);
        for (let k = 0; k < n; k++) m = sub(ctx, m, mul(ctx, point(C[i]![k]!), J[k]![j]!));
        const d = sub(ctx, { lo: X[j]!.lo, hi: X[j]!.hi, loOpen: false, hiOpen: false }, point(mid[j]!));
        acc = add(ctx, acc, mul(ctx, m, d));
      }
      K.push(acc);
    }
    if (K.some((k, i) => k.hi.lt(X[i]!.lo) || k.lo.gt(X[i]!.hi))) return { kind: 'none', why: 'the Krawczyk box misses the box' };
    if (K.every((k, i) => k.lo.gt(X[i]!.lo) && k.hi.lt(X[i]!.hi))) return { kind: 'unique', box: K };
    return { kind: 'undecided', why: 'the Krawczyk box is not inside the box' };
  } catch (err) {
    if (err instanceof IntervalFailure) return err.outside ? { kind: 'none', why: 'the box lies outside the domain' } : { kind: 'undecided', why: err.message };
    throw err;
  }
}
