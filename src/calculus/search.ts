/**
 * Branch-and-bound over a region for the zeros of ∇f: which boxes hold exactly one, and
 * whether the rest of the region is proved free of them. Deterministic: a budget of boxes,
 * never a timer. Each box X is examined by, in turn:
 * 1. **exclusion by a gradient component**: if the enclosure of some ∂f/∂xᵢ over X
 *    excludes 0, X holds no critical point;
 * 2. **monotonicity**: where ∂²f/∂xᵢ∂xⱼ keeps one sign over X, ∂f/∂xᵢ takes its least
 *    value on one face xⱼ = end of X and its greatest on the opposite one, so it is
 *    enclosed over those faces (boxes of lower dimension, less overestimation); (the
 *    mean-value form ∂f/∂xᵢ(x̃) + Σⱼ ∂²f/∂xᵢ∂xⱼ(X)·(Xⱼ − x̃ⱼ) was tried too, and excluded
 *    one box of 1378 on Beale's function: Krawczyk's test below covers it);
 * 3. **Krawczyk's test** K(X) = x̃ − C·∇f(x̃) + (I − C·H(X))·(X − x̃): K ⊂ int X proves
 *    exactly one zero; K ∩ X = ∅ proves none;
 * 4. **Newton contraction**: every zero in X lies in X ∩ K(X), so X is replaced by that
 *    intersection, and the test repeated while it shrinks X by a quarter or more;
 * 5. **bisection** along the side of greatest smear max_i |∂²f/∂xᵢ∂xⱼ(X)|·w(Xⱼ) (the side
 *    along which the gradient varies most), off-centre so that a simple rational zero
 *    rarely falls on a cut.
 * Every examination counts against the budget.
 *
 * The arithmetic is float64 intervals (`interval64.ts`), outward rounded, where every
 * partial has a float64 form; a partial with a function that has none (erf, sech, …) is
 * enclosed by the decimal interval arithmetic of `verify/interval` at 20 digits, over the
 * same box (its float64 ends converted exactly), and widened to float64 ends.
 *
 * @module
 */
import type { Expr } from '../symbolic/tree.js';
import { enclose, IntervalFailure, type Interval } from './box.js';
import {
  add64,
  exactDecimal,
  hasFloat64Form,
  type Interval64,
  intervalEval64,
  mul64,
  sub64,
  toInterval64,
} from './interval64.js';
import { solve64 } from './linear.js';
import type { PartialTable } from './partials.js';

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
  /** Boxes examined (each contraction step counts). */
  readonly boxes: number;
  /** True when no box was left undecided: every zero of ∇f in the region is in `unique`. */
  readonly complete: boolean;
  /** Why a box was left undecided (the first reason met), when one was. */
  readonly reason?: string;
  /** The partials enclosed by decimal intervals (no float64 form), by path, e.g. `x` or `x,y`. */
  readonly decimal: readonly string[];
}

/** Options of {@link searchRegion}. */
export interface SearchOptions {
  /** Boxes that may be examined. */
  readonly budget: number;
  /** Enclose every partial by decimal intervals, never float64 (to measure what float64 saves). */
  readonly decimalOnly?: boolean;
}

/** Bisection point, off-centre so that a simple rational zero rarely falls on a cut. */
const CUT = 0.4873;
/** A contraction this large (or larger) in some side is worth another round before bisecting. */
const CONTRACTED = 0.75;
const MAX_CONTRACTIONS = 12;
/** Digits of the decimal enclosures of partials without a float64 form. */
const DECIMAL_DIGITS = 20;

type Evaluate = (X: readonly Interval64[]) => Interval64;

/** The enclosure of one partial over float64 boxes: float64 where it has a form, decimal otherwise. */
function evaluator(
  table: PartialTable,
  e: Expr,
  decimalOnly: boolean,
): { ev: Evaluate; decimal: boolean } {
  const vars = table.vars;
  if (!decimalOnly && hasFloat64Form(e))
    return {
      ev: (X) =>
        intervalEval64(e, Object.fromEntries(vars.map((v, i) => [v, X[i]!]))),
      decimal: false,
    };
  return {
    ev: (X) =>
      toInterval64(
        enclose(
          e,
          Object.fromEntries(
            vars.map((v, i) => [
              v,
              { lo: exactDecimal(X[i]![0]), hi: exactDecimal(X[i]![1]) },
            ]),
          ),
          DECIMAL_DIGITS,
        ),
      ),
    decimal: true,
  };
}

/** The enclosures of the gradient and the Hessian over boxes. */
interface BoxTests {
  readonly n: number;
  readonly grad: readonly { ev: Evaluate; decimal: boolean }[];
  readonly hess: readonly (readonly { ev: Evaluate; decimal: boolean }[])[];
}

function boxTests(table: PartialTable, decimalOnly: boolean): BoxTests {
  return {
    n: table.vars.length,
    grad: table.vars.map((v) =>
      evaluator(table, table.get([v]).expr, decimalOnly),
    ),
    hess: table.vars.map((a) =>
      table.vars.map((b) =>
        evaluator(table, table.get([a, b]).expr, decimalOnly),
      ),
    ),
  };
}

/**
 * One examination of the box X (steps 1–4, without contraction rounds): `none` when X is
 * proved to hold no zero of ∇f, `unique` when exactly one, `undecided` otherwise.
 *
 * @example
 * ```ts
 * examineBox(new PartialTable(parse('(x-1)^2 + (y-3)^2'), ['x', 'y']), [[0.5, 1.5], [2.5, 3.5]]); // 'unique'
 * ```
 */
export function examineBox(
  table: PartialTable,
  X: readonly Interval64[],
): 'none' | 'unique' | 'undecided' {
  try {
    const r = krawczykStep(boxTests(table, false), X);
    return r.kind === 'none' || r.kind === 'unique' ? r.kind : 'undecided';
  } catch (err) {
    if (!(err instanceof IntervalFailure)) throw err;
    return err.outside ? 'none' : 'undecided';
  }
}

/** What one examination of a box concluded. */
type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'unique' }
  | {
      readonly kind: 'split';
      readonly X: readonly Interval64[];
      readonly axis: number | undefined;
      readonly why: string;
      readonly final?: boolean;
    };

const width = (I: Interval64): number => I[1] - I[0];
const mag = (I: Interval64): number => Math.max(Math.abs(I[0]), Math.abs(I[1]));
const excludes0 = (I: Interval64): boolean => I[0] > 0 || I[1] < 0;

/**
 * The branch-and-bound (see the module comment). The region's ends are rounded outward to
 * float64, so the search covers at least the region.
 *
 * @example
 * ```ts
 * searchRegion(new PartialTable(parse('(x^2+y-11)^2+(x+y^2-7)^2'), ['x', 'y']), box, { budget: 4000 }).unique.length; // 9
 * ```
 */
export function searchRegion(
  table: PartialTable,
  region: readonly Interval[],
  options: SearchOptions,
): RegionSearch {
  const tests = boxTests(table, options.decimalOnly ?? false);
  const decimal = [
    ...table.vars.filter((_, i) => tests.grad[i]!.decimal),
    ...table.vars.flatMap((a, i) =>
      table.vars
        .filter((_, j) => tests.hess[i]![j]!.decimal)
        .map((b) => `${a},${b}`),
    ),
  ];
  const unique: Interval64[][] = [];
  const undecided: Interval64[][] = [];
  const start: Interval64[] = region.map((I) => {
    const lo = I.lo.toNumber();
    const hi = I.hi.toNumber();
    return [
      lo - Math.abs(lo) * 2.3e-16 - Number.MIN_VALUE,
      hi + Math.abs(hi) * 2.3e-16 + Number.MIN_VALUE,
    ];
  });
  const widths = start.map(width);
  const stack: (readonly Interval64[])[] = [start];
  let boxes = 0;
  let reason: string | undefined;

  /** Examines X, contracting it while that pays; says what to do with what is left. */
  const examine = (box: readonly Interval64[]): Outcome => {
    let X = box;
    for (let round = 0; ; round++) {
      if (boxes >= options.budget)
        return {
          kind: 'split',
          X,
          axis: undefined,
          why: `the budget of ${options.budget} boxes ran out`,
          final: true,
        };
      boxes++;
      let step:
        | Outcome
        | { kind: 'contract'; X: Interval64[]; axis: number | undefined };
      try {
        step = krawczykStep(tests, X);
      } catch (err) {
        if (!(err instanceof IntervalFailure)) throw err;
        if (err.outside) return { kind: 'none' };
        return { kind: 'split', X, axis: undefined, why: err.message };
      }
      if (step.kind !== 'contract') return step;
      const shrunk = step.X.some(
        (I, i) => width(I) <= CONTRACTED * width(X[i]!),
      );
      X = step.X;
      if (!shrunk || round >= MAX_CONTRACTIONS)
        return {
          kind: 'split',
          X,
          axis: step.axis,
          why: 'the Krawczyk box is not inside the box',
        };
    }
  };

  while (stack.length) {
    const X0 = stack.pop()!;
    const r = examine(X0);
    if (r.kind === 'none') continue;
    if (r.kind === 'unique') {
      unique.push([...X0]);
      continue;
    }
    const X = r.X;
    if (r.final) {
      undecided.push([...X], ...stack.splice(0).map((Y) => [...Y]));
      reason ??= r.why;
      break;
    }
    if (Math.max(...X.map((I, i) => width(I) / (widths[i]! || 1))) < 1e-9) {
      undecided.push([...X]);
      reason ??= `boxes narrower than 1e-9 of the region stayed undecided (${r.why})`;
      continue;
    }
    const axis = r.axis ?? widestAxis(X, widths);
    const I = X[axis]!;
    const cut = I[0] + (I[1] - I[0]) * CUT;
    stack.push(
      X.map((J, i) => (i === axis ? ([cut, J[1]] as const) : J)),
      X.map((J, i) => (i === axis ? ([J[0], cut] as const) : J)),
    );
  }
  return {
    unique,
    undecided,
    boxes,
    complete: undecided.length === 0,
    ...(reason ? { reason } : {}),
    decimal,
  };
}

/**
 * An enclosure over a part of the box (a face, the centre): a part outside the domain says
 * nothing about the rest of the box, so a failure there only means "no conclusion".
 */
function inner<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (err) {
    if (err instanceof IntervalFailure) return undefined;
    throw err;
  }
}

/** The side whose width, relative to the region's, is largest. */
function widestAxis(
  X: readonly Interval64[],
  widths: readonly number[],
): number {
  let axis = 0;
  let best = -1;
  X.forEach((I, i) => {
    const rel = width(I) / (widths[i]! || 1);
    if (rel > best) {
      best = rel;
      axis = i;
    }
  });
  return axis;
}

/** The side j of greatest smear maxᵢ |Hᵢⱼ(X)|·w(Xⱼ) (Kearfott's rule), or undefined where H gives no lead. */
function smearAxis(
  X: readonly Interval64[],
  H: readonly (readonly Interval64[])[],
): number | undefined {
  let axis: number | undefined;
  let best = 0;
  X.forEach((I, j) => {
    const s = Math.max(...H.map((row) => mag(row[j]!))) * width(I);
    if (s > best) {
      best = s;
      axis = j;
    }
  });
  return axis;
}

/** Steps 1–4 of the module comment on X, once. */
function krawczykStep(
  t: BoxTests,
  X: readonly Interval64[],
): Outcome | { kind: 'contract'; X: Interval64[]; axis: number | undefined } {
  const { n, grad, hess } = t;
  const G = grad.map((g) => g.ev(X));
  if (G.some(excludes0)) return { kind: 'none' };
  const H = hess.map((row) => row.map((h) => h.ev(X)));
  // monotonicity: where ∂gᵢ/∂xⱼ keeps one sign over X, gᵢ takes its extremes on the faces xⱼ = end
  for (let i = 0; i < n; i++) {
    const rising = H[i]!.map((h) => h[0] >= 0);
    const falling = H[i]!.map((h) => h[1] <= 0);
    if (!rising.some((r, j) => r || falling[j])) continue;
    const face = (side: 0 | 1) =>
      X.map(
        (I, j): Interval64 =>
          rising[j]
            ? [I[side], I[side]]
            : falling[j]
              ? [I[1 - side]!, I[1 - side]!]
              : I,
      );
    if (inner(() => grad[i]!.ev(face(0))[0] > 0 || grad[i]!.ev(face(1))[1] < 0))
      return { kind: 'none' };
  }
  const mid = X.map((I) => (I[0] + I[1]) / 2);
  const M = mid.map((m): Interval64 => [m, m]);
  const gMid = inner(() => grad.map((g) => g.ev(M)));
  if (!gMid)
    return {
      kind: 'split',
      X,
      axis: smearAxis(X, H),
      why: 'the gradient is not defined at the centre of the box',
    };
  const D = X.map((I, j) => sub64(I, M[j]!));
  const axis = smearAxis(X, H);
  const centre = H.map((row) => row.map((I) => (I[0] + I[1]) / 2));
  const columns = centre.map((_, j) =>
    solve64(
      centre,
      centre.map((__, i) => (i === j ? 1 : 0)),
    ),
  );
  if (columns.some((c) => !c))
    return {
      kind: 'split',
      X,
      axis,
      why: 'the Hessian is singular over the box',
    };
  const C = centre.map((_, i) => columns.map((c) => c![i]!));
  const K: Interval64[] = [];
  for (let i = 0; i < n; i++) {
    let acc: Interval64 = [mid[i]!, mid[i]!];
    for (let j = 0; j < n; j++)
      acc = sub64(acc, mul64([C[i]![j]!, C[i]![j]!], gMid[j]!));
    for (let j = 0; j < n; j++) {
      let m: Interval64 = i === j ? [1, 1] : [0, 0];
      for (let k = 0; k < n; k++)
        m = sub64(m, mul64([C[i]![k]!, C[i]![k]!], H[k]![j]!));
      acc = add64(acc, mul64(m, D[j]!));
    }
    K.push(acc);
  }
  if (K.some((k, i) => k[1] < X[i]![0] || k[0] > X[i]![1]))
    return { kind: 'none' };
  if (K.every((k, i) => k[0] > X[i]![0] && k[1] < X[i]![1]))
    return { kind: 'unique' };
  return {
    kind: 'contract',
    X: X.map(
      (I, i): Interval64 => [
        Math.max(I[0], K[i]![0]),
        Math.min(I[1], K[i]![1]),
      ],
    ),
    axis,
  };
}
