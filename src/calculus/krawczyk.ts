/**
 * Krawczyk's test for a zero of ∇f in a box X, with interval arithmetic (`interval.ts`):
 *
 *   K(X) = x̃ − C·∇f(x̃) + (I − C·H(X))·(X − x̃),   x̃ ∈ X, C ≈ H(x̃)⁻¹.
 *
 * If K(X) lies in the interior of X, ∇f has exactly one zero in X, and it lies in K(X)
 * (Krawczyk 1969; Moore's uniqueness form, see Neumaier, *Interval Methods for Systems of
 * Equations*, §5.3). If K(X) misses X, or one component of ∇f(X) excludes 0, X holds no
 * zero. Krawczyk's form is used rather than the interval Newton step because it needs no
 * interval division, so a Hessian that is merely ill-conditioned over X does not stop it.
 *
 * The same test drives a branch-and-bound over the region: boxes without a zero are
 * dropped, boxes with a unique zero kept, the others bisected, within a budget of boxes.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { decimalContext } from '../numeric/context.js';
import { add, type Interval, intervalContext, mul, point, sub } from '../verify/interval/interval.js';
import { enclose, IntervalFailure, type Span } from './box.js';
import { type Interval64, add64, intervalEval64, mul64 } from './interval64.js';
import { inverse, solve64 } from './linear.js';
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
    const gMid = table.vars.map((v) => enclose(table.get([v]).expr, M, precision));
    const J = table.vars.map((a) => table.vars.map((b) => enclose(table.get([a, b]).expr, E, precision)));
    const centre = J.map((row) => row.map((I) => new D(I.lo.plus(I.hi).div(2))));
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

/**
 * The result of {@link searchRegion}.
 *
 * @example
 * ```ts
 * const s: RegionSearch = searchRegion(table, region, { budget: 4000 });
 * s.complete; // true when every box was settled
 * ```
 */
export interface RegionSearch {
  /** Boxes each proved to hold exactly one zero of ∇f. */
  readonly unique: readonly (readonly Interval64[])[];
  /** Boxes neither excluded nor settled when the budget ran out or they became too small. */
  readonly undecided: readonly (readonly Interval64[])[];
  /** Boxes examined. */
  readonly boxes: number;
  /** True when no box was left undecided: every zero of ∇f in the region is in `unique`. */
  readonly complete: boolean;
  /** Why a box was left undecided (the first reason met), when one was. */
  readonly reason?: string;
}

/** Bisection point, off-centre so that a simple rational zero rarely falls on a cut. */
const CUT = 0.4873;

/**
 * Branch-and-bound over `region` with Krawczyk's test in float64 interval arithmetic: which
 * boxes hold exactly one zero of ∇f, and whether the rest of the region is proved free of
 * zeros. Deterministic: a budget of boxes, never a timer. The region's ends are rounded
 * outward to float64, so the search covers at least the region.
 *
 * @example
 * ```ts
 * searchRegion(new PartialTable(parse('(x^2+y-11)^2+(x+y^2-7)^2'), ['x', 'y']), box, { budget: 4000 }).unique.length; // 9
 * ```
 */
export function searchRegion(table: PartialTable, region: readonly Interval[], options: { readonly budget: number }): RegionSearch {
  const unique: Interval64[][] = [];
  const undecided: Interval64[][] = [];
  const start: Interval64[] = region.map((I) => {
    const lo = I.lo.toNumber();
    const hi = I.hi.toNumber();
    return [lo - Math.abs(lo) * 2.3e-16 - Number.MIN_VALUE, hi + Math.abs(hi) * 2.3e-16 + Number.MIN_VALUE];
  });
  const stack: Interval64[][] = [start];
  const widths = start.map((I) => I[1] - I[0]);
  let boxes = 0;
  let reason: string | undefined;
  while (stack.length) {
    const X = stack.pop()!;
    if (boxes >= options.budget) {
      undecided.push(X);
      reason ??= `the budget of ${options.budget} boxes ran out`;
      continue;
    }
    boxes++;
    const k = krawczyk64(table, X);
    if (k.kind === 'none') continue;
    if (k.kind === 'unique') {
      unique.push(X);
      continue;
    }
    if (/no interval form/.test(k.why)) {
      undecided.push(X);
      reason ??= k.why;
      continue;
    }
    // bisect the widest side, relative to the region
    let axis = 0;
    let best = -1;
    X.forEach((I, i) => {
      const rel = (I[1] - I[0]) / (widths[i]! || 1);
      if (rel > best) {
        best = rel;
        axis = i;
      }
    });
    const I = X[axis]!;
    if (best < 1e-9) {
      undecided.push(X);
      reason ??= `boxes narrower than 1e-9 of the region stayed undecided (${k.why})`;
      continue;
    }
    const cut = I[0] + (I[1] - I[0]) * CUT;
    stack.push(
      X.map((J, i) => (i === axis ? ([cut, J[1]] as const) : J)),
      X.map((J, i) => (i === axis ? ([J[0], cut] as const) : J)),
    );
  }
  return { unique, undecided, boxes, complete: undecided.length === 0, ...(reason ? { reason } : {}) };
}

/**
 * Krawczyk's test in float64 interval arithmetic (see {@link krawczyk}); the search's fast form.
 *
 * @example
 * ```ts
 * krawczyk64(table, [[0.9, 1.1], [2.9, 3.1]]).kind; // 'unique'
 * ```
 */
export function krawczyk64(table: PartialTable, X: readonly Interval64[]): KrawczykOutcome64 {
  const n = X.length;
  try {
    const E = Object.fromEntries(table.vars.map((v, i) => [v, X[i]!]));
    const G = table.vars.map((v) => intervalEval64(table.get([v]).expr, E));
    if (G.some((g) => g[0] > 0 || g[1] < 0)) return { kind: 'none', why: 'a component of the gradient has no zero in the box' };
    const mid = X.map((I) => (I[0] + I[1]) / 2);
    const M = Object.fromEntries(table.vars.map((v, i) => [v, [mid[i]!, mid[i]!] as Interval64]));
    const gMid = table.vars.map((v) => intervalEval64(table.get([v]).expr, M));
    const J = table.vars.map((a) => table.vars.map((b) => intervalEval64(table.get([a, b]).expr, E)));
    const centre = J.map((row) => row.map((I) => (I[0] + I[1]) / 2));
    const columns = centre.map((_, j) => solve64(centre, centre.map((__, i) => (i === j ? 1 : 0))));
    if (columns.some((c) => !c)) return { kind: 'undecided', why: 'the Hessian is singular over the box' };
    const C = centre.map((_, i) => columns.map((c) => c![i]!));
    const K: Interval64[] = [];
    for (let i = 0; i < n; i++) {
      let acc: Interval64 = [mid[i]!, mid[i]!];
      for (let j = 0; j < n; j++) {
        const t = mul64([C[i]![j]!, C[i]![j]!], gMid[j]!);
        acc = add64(acc, [-t[1], -t[0]]);
      }
      for (let j = 0; j < n; j++) {
        let m: Interval64 = i === j ? [1, 1] : [0, 0];
        for (let k = 0; k < n; k++) {
          const t = mul64([C[i]![k]!, C[i]![k]!], J[k]![j]!);
          m = add64(m, [-t[1], -t[0]]);
        }
        const d = add64(X[j]!, [-mid[j]!, -mid[j]!]);
        acc = add64(acc, mul64(m, d));
      }
      K.push(acc);
    }
    if (K.some((k, i) => k[1] < X[i]![0] || k[0] > X[i]![1])) return { kind: 'none', why: 'the Krawczyk box misses the box' };
    if (K.every((k, i) => k[0] > X[i]![0] && k[1] < X[i]![1])) return { kind: 'unique', box: K };
    return { kind: 'undecided', why: 'the Krawczyk box is not inside the box' };
  } catch (err) {
    if (err instanceof IntervalFailure) return err.outside ? { kind: 'none', why: 'the box lies outside the domain' } : { kind: 'undecided', why: err.message };
    throw err;
  }
}

/** What {@link krawczyk64} concluded about a box. */
export type KrawczykOutcome64 =
  | { readonly kind: 'unique'; readonly box: readonly Interval64[] }
  | { readonly kind: 'none'; readonly why: string }
  | { readonly kind: 'undecided'; readonly why: string };
