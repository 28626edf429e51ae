/**
 * Critical points of f in a box: where ∇f = 0, each found, certified and classified.
 *
 * 1. **Search.** A branch-and-bound over the box with Krawczyk's test (`krawczyk.ts`)
 *    proves which sub-boxes hold exactly one zero of ∇f and which hold none; when every
 *    box is settled, the list is *complete*: there is no other critical point in the box.
 * 2. **Location.** Newton's method in float64 from a grid of starts and from the centre
 *    of every box the search kept.
 * 3. **Settling** (`settle.ts`). A point near small fractions is tried as an exact
 *    rational point, and ∇f = 0 there proved by the CAS; otherwise it is refined by
 *    Newton's method in decimal.js at digits + 20 and enclosed by Krawczyk's test, which
 *    proves a unique zero in a box of radius ~10^−(digits+10); a zero whose Hessian is
 *    singular along a direction in which other zeros follow is reported as a curve.
 * 4. **Classification** (`classify.ts`) by certified Hessian eigenvalues, and by the
 *    higher-order terms at exact degenerate points.
 * 5. **Checks.** Every first and second partial used is checked against finite
 *    differences at the critical points found and at seeded points.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DEFAULTS } from '../defaults.js';
import { GradproofError, InputError } from '../errors.js';
import { checkDigits, evaluate } from '../numeric/evaluate.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, substitute, variables } from '../symbolic/tree.js';
import type { Verdict } from '../verify/verdict.js';
import { rational } from '../verify/interval/exact.js';
import { checkDerivative, type NamedCheck } from './adapter.js';
import { type Classification, type CriticalKind, higherOrderTest, secondDerivativeTest } from './classify.js';
import { type EnclosedValue, enclosedInterval } from './enclosure.js';
import { eigenReport, hessianAt } from './hessian-values.js';
import { resolveWrt, toExpr } from './inputs.js';
import { enclose, type Interval, IntervalFailure } from './box.js';
import type { Interval64 } from './interval64.js';
import { searchRegion } from './search.js';
import { locate64, refine } from './newton.js';
import { PartialTable } from './partials.js';
import { type Region, regionText, resolveRegion } from './region.js';
import { exprsOf, gradientSize, type Settled, settle } from './settle.js';
import { combineStatus, derivativeVerdict, type PartialReport } from './verdict.js';

/**
 * Options of {@link criticalPoints}.
 *
 * @example
 * ```ts
 * const o: CriticalOptions = { region: { x: ['-5', '5'], y: ['-5', '5'] }, digits: 30 };
 * ```
 */
export interface CriticalOptions {
  /** The variables, in order (default: all, sorted; every variable of f must be one). */
  readonly wrt?: readonly string[];
  /** The box searched (default [−10, 10] for each variable). */
  readonly region?: Region;
  /** Correct significant digits of coordinates, values and eigenvalues. Default 50. */
  readonly digits?: number;
  /** Seeded random points of each derivative check. Default 12. */
  readonly points?: number;
  readonly seed?: number;
  /** Boxes the branch-and-bound may examine. Default 4000. */
  readonly budget?: number;
}

/**
 * One critical point.
 *
 * @example
 * ```ts
 * const p: CriticalPoint = criticalPoints('x^2 - y^2').critical[0];
 * p.at;   // { x: '0', y: '0' }
 * p.kind; // 'saddle'
 * ```
 */
export interface CriticalPoint {
  /** The coordinates, each with the digits that are certified (all `digits` for an exact point). */
  readonly at: Readonly<Record<string, string>>;
  /** `exact`: a rational point, ∇f = 0 proved by the CAS; `enclosed`: a unique zero of ∇f certified in a small box; `located`: found, not certified. */
  readonly certainty: 'exact' | 'enclosed' | 'located';
  /** The exact coordinates (`1/2`) of an exact point. */
  readonly exact?: Readonly<Record<string, string>>;
  /** The certified box of an enclosed point: [lo, hi] per variable. */
  readonly enclosure?: Readonly<Record<string, readonly [string, string]>>;
  /** Fewest certified significant digits among the coordinates. */
  readonly correctDigits: number;
  /** f at the point (certified digits, or the value at the located point). */
  readonly value: string;
  readonly kind: CriticalKind;
  readonly degenerate: boolean;
  readonly test: Classification['test'];
  /** The evidence of the classification, in words and numbers. */
  readonly evidence: string;
  /** The Hessian's eigenvalues there, ascending, with their certified digits. */
  readonly eigenvalues: readonly EnclosedValue[];
  /** For a located point: why it is not certified, and |∇f| there. */
  readonly note?: string;
  /**
   * ∇f at the printed coordinates, each component (in the order of `wrt`) held against
   * finite differences of f there: `zero` (0 within a bound on the scale of f) at an exact
   * point, `agrees` to every digit at the rounded coordinates of an enclosed one. Given for
   * the first 16 points.
   */
  readonly gradientCheck?: readonly NamedCheck[];
}

/**
 * A set of critical points that is not isolated.
 *
 * @example
 * ```ts
 * const c: CriticalCurve = criticalPoints('(x^2+y^2-1)^2', { region: { x: ['-2', '2'], y: ['-2', '2'] } }).curves[0];
 * c.samples.length; // several points of the unit circle
 * ```
 */
export interface CriticalCurve {
  /** Points of the set, each with |∇f| below `gradientBound` there. */
  readonly samples: readonly Readonly<Record<string, string>>[];
  readonly gradientBound: string;
  readonly evidence: string;
}

/**
 * The result of {@link criticalPoints}.
 *
 * @example
 * ```ts
 * const v: CriticalVerdict = criticalPoints('(x^2+y-11)^2+(x+y^2-7)^2', { region: { x: ['-5', '5'], y: ['-5', '5'] } });
 * v.critical.length; // 9
 * v.complete;        // true
 * ```
 */
export interface CriticalVerdict extends Verdict {
  readonly kind: 'derivative';
  readonly tool: 'critical';
  readonly expr: string;
  readonly wrt: readonly string[];
  readonly digits: number;
  readonly critical: readonly CriticalPoint[];
  readonly curves: readonly CriticalCurve[];
  /** True when the search proved there is no other critical point in the region. */
  readonly complete: boolean;
  /** The branch-and-bound: boxes examined, left undecided, and why. */
  readonly search: {
    readonly boxes: number;
    readonly undecided: number;
    /** True when every undecided box lies beside a listed degenerate point (so no other point lies elsewhere). */
    readonly onlyNearDegenerate: boolean;
    readonly reason?: string;
    /** The partials enclosed by decimal intervals in the search, having no float64 form (`x`: ∂f/∂x, `x,y`: ∂²f/∂x∂y). */
    readonly decimal: readonly string[];
  };
  /** The gradient's components, each checked against finite differences (at the points found, too). */
  readonly gradient: readonly PartialReport[];
  /** The Hessian's entries, each checked against finite differences of the first partial. */
  readonly hessian: readonly (readonly PartialReport[])[];
}

/** The critical points at which every partial is checked (the first ones, in order). */
const MAX_NAMED = 16;

/** The most variables a critical-point search takes (its grid, Hessians and boxes grow with n). */
export const MAX_VARIABLES = 6;

/**
 * The critical points of `expr` in a box, certified and classified (see the module comment).
 *
 * @example
 * ```ts
 * const v = criticalPoints('x^3 - 3*x*y^2', { region: { x: ['-1', '1'], y: ['-1', '1'] } });
 * v.critical[0].kind;       // 'saddle'
 * v.critical[0].degenerate; // true (the monkey saddle: H = 0, the cubic term decides)
 * ```
 */
export function criticalPoints(expr: Expr | string, options: CriticalOptions = {}): CriticalVerdict {
  const f = toExpr(expr);
  const wrt = resolveWrt(f, options.wrt);
  const others = variables(f).filter((x) => !wrt.includes(x));
  if (others.length) throw new InputError(`every variable of ${format(f)} must be a coordinate of the search, but ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} not in --wrt`);
  if (wrt.length > MAX_VARIABLES) throw new InputError(`critical points are searched for functions of at most ${MAX_VARIABLES} variables; ${format(f)} has ${wrt.length}`);
  const digits = checkDigits(options.digits ?? DEFAULTS.digits);
  const budget = options.budget ?? 4000;
  if (!Number.isInteger(budget) || budget < 1 || budget > 1_000_000) throw new InputError(`the budget must be an integer in 1…1000000, got ${budget}`);
  const box = resolveRegion(options.region, wrt);
  const table = new PartialTable(f, wrt);
  const precision = digits + 20;
  const search = searchRegion(table, box, { budget });
  const scale = Math.max(...box.map((I) => I.hi.minus(I.lo).toNumber()));
  const inside = (x: readonly number[]): boolean => x.every((xi, i) => xi >= box[i]!.lo.toNumber() - 1e-9 * scale && xi <= box[i]!.hi.toNumber() + 1e-9 * scale);

  // location: a grid of starts, and the centre of every box the search kept
  const starts = [...grid(box), ...search.unique.map(centre), ...search.undecided.slice(0, 200).map(centre)];
  const located: number[][] = [];
  for (const s of starts) {
    const x = locate64(table, s);
    if (!x || !inside(x)) continue;
    if (located.some((y) => Math.hypot(...y.map((yi, i) => yi - x[i]!)) <= 1e-7 * (1 + Math.hypot(...x)))) continue;
    located.push(x);
  }

  const settled: Settled[] = [];
  for (const x of located) {
    let s: Settled;
    try {
      s = settle(table, x, precision, scale);
    } catch (err) {
      if (err instanceof GradproofError && err.code === 'domain') continue;
      throw err;
    }
    if (isDuplicate(s, settled)) continue;
    settled.push(s);
  }
  // a box the search proved to hold a zero that no start reached: settle from its Krawczyk box
  for (const u of search.unique) {
    if (settled.some((s) => within(s, u))) continue;
    const s = settle(table, centre(u), precision, scale);
    if (!isDuplicate(s, settled)) settled.push(s);
  }

  const isolated = settled.filter((s) => s.kind !== 'curve' && insideBox(s, box));
  // the list is complete only when the search settled every box and its boxes and the points
  // agree one to one: each box proved to hold a zero holds a certified point, and each point lies in such a box
  const certified = isolated.filter((s) => s.kind === 'exact' || s.kind === 'enclosed');
  const matched =
    certified.length === isolated.length &&
    search.unique.every((u) => !overlaps(u, box) || certified.filter((s) => within(s, u)).length === 1) &&
    certified.every((s) => search.unique.some((u) => within(s, u)));
  const complete = search.complete && matched;
  const described = isolated.map((s) => describeCritical(table, s, digits, precision)).sort(byCoordinates(wrt));
  const curvePoints = settled.filter((s): s is Extract<Settled, { kind: 'curve' }> => s.kind === 'curve');
  const curves = curvePoints.length ? [describeCurve(table, curvePoints, precision)] : [];

  // checks: every partial used, at seeded points and at the points found
  const at = described.map((p) => p.at);
  const points = options.points ?? DEFAULTS.points;
  const seed = options.seed ?? DEFAULTS.seed;
  // ∇f is checked AT the critical points: there its value is 0 (exact points) or tiny (the
  // rounded coordinates of enclosed ones), and the verifier says "0 within 1e−N" or agrees to every digit
  const named = at.length ? { at: at.slice(0, MAX_NAMED) } : {};
  const gradient = wrt.map((x): PartialReport => report(table, [x], checkDerivative(f, x, table.get([x]).expr, { digits, points, seed, ...named })));
  const critical = described.map((p, i) => (i < MAX_NAMED ? { ...p, gradientCheck: gradient.map((g) => g.check.named[i]!) } : p));
  const hessian = wrt.map((x) =>
    wrt.map((y): PartialReport => report(table, [x, y], checkDerivative(table.get([x]).expr, y, table.get([x, y]).expr, { digits, points, seed, ...named }))),
  );
  const base = derivativeVerdict('derivative', `the critical points of ${format(f)} in ${regionText(wrt, box)}`, [...gradient, ...hessian.flat()].map((p) => p.check), digits, {
    region: regionText(wrt, box),
  });
  // boxes left undecided only around listed points whose Hessian is singular: all else is excluded
  const degenerateAt = critical.filter((p) => p.degenerate).map((p) => wrt.map((x) => Number(p.at[x])));
  const onlyNearDegenerate =
    !search.complete &&
    curves.length === 0 &&
    search.reason?.startsWith('boxes narrower') === true &&
    search.undecided.every((X) => degenerateAt.some((d) => X.every((I, i) => d[i]! >= I[0] - 1e-6 * scale && d[i]! <= I[1] + 1e-6 * scale)));
  const uncertified = critical.filter((p) => p.certainty === 'located').length;
  const unsettled = critical.filter((p) => p.kind === 'undetermined').length;
  const findings: Verdict['status'] = critical.length === 0 && curves.length === 0 && !search.complete ? 'inconclusive' : 'verified';
  const status = combineStatus([base.status, findings]);
  return {
    ...base,
    status,
    holds: status === 'proved' || status === 'verified',
    summary: summaryText(critical, curves, complete, onlyNearDegenerate, uncertified, unsettled, regionText(wrt, box), base.summary),
    ...(findings === 'inconclusive' ? { reason: `no critical point was found, and the search could not exclude ${search.undecided.length} boxes (${search.reason ?? 'undecided'})` } : {}),
    kind: 'derivative',
    tool: 'critical',
    expr: format(f),
    wrt,
    digits,
    critical,
    curves,
    complete: complete && curves.length === 0,
    search: { boxes: search.boxes, undecided: search.undecided.length, onlyNearDegenerate, ...(search.reason ? { reason: search.reason } : {}), decimal: search.decimal },
    gradient,
    hessian,
  };
}

function report(table: PartialTable, path: readonly string[], check: PartialReport['check']): PartialReport {
  const p = table.get(path);
  return { path: p.path, derivative: format(p.expr), tex: toTex(p.expr), source: p.source, ...(p.casIssue ? { casIssue: p.casIssue } : {}), check };
}

function summaryText(
  critical: readonly CriticalPoint[],
  curves: readonly CriticalCurve[],
  complete: boolean,
  onlyNearDegenerate: boolean,
  uncertified: number,
  unsettled: number,
  region: string,
  checks: string,
): string {
  const parts: string[] = [];
  if (critical.length === 0 && curves.length === 0) {
    parts.push(complete ? `no critical point in ${region} (proved: interval arithmetic excludes every box)` : `no critical point found in ${region} (not proved: the search did not settle every box)`);
  } else {
    const counts = new Map<string, number>();
    for (const p of critical) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    parts.push(
      `${critical.length} isolated critical point${critical.length === 1 ? '' : 's'}${critical.length ? ` (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}`,
    );
    if (curves.length) parts.push('and a curve of critical points (not isolated)');
    parts.push(
      complete && curves.length === 0
        ? '— all of them in the region (proved)'
        : onlyNearDegenerate
          ? '— no other in the region except possibly within 1e-6 of the degenerate point(s) listed, where Krawczyk’s test cannot decide (proved)'
          : '— other critical points in the region are not excluded',
    );
    if (uncertified) parts.push(`; ${uncertified} located but not certified`);
    if (unsettled) parts.push(`; ${unsettled} not classified`);
  }
  return `${parts.join(' ')}; ${checks}`;
}

function grid(box: readonly Interval[]): number[][] {
  const n = box.length;
  // about 600 starts at most, spread evenly
  const m = n === 1 ? 41 : n === 2 ? 15 : Math.max(1, Math.floor(600 ** (1 / n)));
  let points: number[][] = [[]];
  for (const I of box) {
    const lo = I.lo.toNumber();
    const w = I.hi.toNumber() - lo;
    points = points.flatMap((p) => Array.from({ length: m }, (_, i) => [...p, lo + ((i + 0.5) / m) * w]));
  }
  return points;
}

function centre(X: readonly Interval64[]): number[] {
  return X.map((I) => (I[0] + I[1]) / 2);
}

function midpoint(s: Settled): Decimal[] {
  switch (s.kind) {
    case 'exact':
      return s.point.map((r) => new Decimal(r.p.toString()).div(r.q.toString()));
    case 'enclosed':
      return s.box.map((I) => I.lo.plus(I.hi).div(2));
    case 'curve':
      return s.x.map((v) => new Decimal(v));
    case 'located':
      return [...s.x];
  }
}

function within(s: Settled, X: readonly Interval64[]): boolean {
  return midpoint(s).every((m, i) => m.gte(X[i]![0]) && m.lte(X[i]![1]));
}

function overlaps(X: readonly Interval64[], box: readonly Interval[]): boolean {
  return X.every((I, i) => I[1] >= box[i]!.lo.toNumber() && I[0] <= box[i]!.hi.toNumber());
}

function insideBox(s: Settled, box: readonly Interval[]): boolean {
  return midpoint(s).every((m, i) => m.gte(box[i]!.lo) && m.lte(box[i]!.hi));
}

function isDuplicate(s: Settled, seen: readonly Settled[]): boolean {
  const m = midpoint(s);
  return seen.some((t) => {
    if (t.kind === 'curve' || s.kind === 'curve') return false;
    const n = midpoint(t);
    const d = m.reduce((acc, v, i) => Decimal.max(acc, v.minus(n[i]!).abs()), new Decimal(0));
    const size = m.reduce((acc, v) => Decimal.max(acc, v.abs()), new Decimal(1));
    return d.lte(size.times('1e-12'));
  });
}

function byCoordinates(vars: readonly string[]): (a: CriticalPoint, b: CriticalPoint) => number {
  return (a, b) => {
    for (const x of vars) {
      const c = new Decimal(a.at[x] === undefined ? 0 : a.at[x]!).comparedTo(b.at[x] === undefined ? 0 : b.at[x]!);
      if (c) return c;
    }
    return 0;
  };
}

/**
 * The report of one settled, isolated point: coordinates, value, classification (shared
 * with the `toHaveCriticalPoint` matcher).
 *
 * @example
 * ```ts
 * describeCritical(table, settle(table, [1, 1], 50, 4), 30, 50).kind; // 'minimum' for Rosenbrock
 * ```
 */
export function describeCritical(table: PartialTable, s: Settled, digits: number, precision: number): CriticalPoint {
  const vars = table.vars;
  if (s.kind === 'exact') {
    const at = exprsOf(table, s.point);
    const coords = Object.fromEntries(vars.map((x, i) => [x, s.point[i]!.decimal ?? evaluate(s.point[i]!.expr, {}, { digits }).value]));
    const { eigen } = hessianAt(table, at, digits);
    let c = secondDerivativeTest(eigen);
    if (c.test === 'none') c = higherOrderTest(table, at, s.point.map((r) => rational(r.p, r.q))) ?? c;
    return {
      at: coords,
      certainty: 'exact',
      exact: Object.fromEntries(vars.map((x, i) => [x, s.point[i]!.text])),
      correctDigits: digits,
      value: evaluate(substitute(table.f, at), {}, { digits }).value,
      ...c,
      evidence: `∇f = 0 exactly at this rational point (proved by the CAS); ${c.evidence}`,
      eigenvalues: eigen.values,
    };
  }
  if (s.kind === 'enclosed') {
    const coords = s.box.map((I) => enclosedInterval(I.lo, I.hi, digits));
    const env = Object.fromEntries(vars.map((x, i) => [x, s.box[i]!]));
    const H = vars.map((a) => vars.map((b) => enclose(table.get([a, b]).expr, env, precision)));
    const mids = H.map((row) => row.map((I) => I.lo.plus(I.hi).div(2)));
    const rad = H.flat().reduce((acc, I) => acc.plus(I.hi.minus(I.lo).div(2).pow(2)), new Decimal(0)).sqrt();
    // Weyl: the true (symmetric) Hessian at the point is within ‖radius‖_F of the symmetrised
    // midpoint; the factor 2 covers the rounding of the midpoint and radius themselves
    const eigen = eigenReport(
      mids.map((row, i) => row.map((x, j) => x.plus(mids[j]![i]!).div(2))),
      rad.times(2),
      digits,
    );
    let value: string;
    try {
      const fv = enclose(table.f, env, precision);
      value = enclosedInterval(fv.lo, fv.hi, digits).value;
    } catch (err) {
      if (!(err instanceof IntervalFailure)) throw err;
      value = evaluate(table.f, Object.fromEntries(vars.map((x, i) => [x, coords[i]!.value])), { digits }).value;
    }
    const c = secondDerivativeTest(eigen);
    const caveat = c.test === 'none' ? ' (the point is known only to an enclosure, so higher-order terms cannot be examined)' : '';
    const correct = Math.min(...coords.map((e) => (e.value === '0' ? digits : e.correct)));
    return {
      at: Object.fromEntries(vars.map((x, i) => [x, coords[i]!.value])),
      certainty: 'enclosed',
      enclosure: Object.fromEntries(vars.map((x, i) => [x, [s.box[i]!.lo.toSignificantDigits(digits + 5, Decimal.ROUND_FLOOR).toString(), s.box[i]!.hi.toSignificantDigits(digits + 5, Decimal.ROUND_CEIL).toString()] as const])),
      correctDigits: correct,
      value,
      ...c,
      evidence: `a unique zero of ∇f in a box of radius ≤ ${maxRadius(s.box)} (Krawczyk's test); ${c.evidence}${caveat}`,
      eigenvalues: eigen.values,
    };
  }
  // located: not certified
  const x = s.kind === 'located' ? s.x : [];
  const at = Object.fromEntries(vars.map((v, i) => [v, x[i]!.toSignificantDigits(digits).toString()]));
  const size = gradientSize(table, x, precision);
  const exprs = Object.fromEntries(vars.map((v, i) => [v, { kind: 'num', value: x[i]!.abs().toString() } as Expr])) as Record<string, Expr>;
  for (const [i, v] of vars.entries()) if (x[i]!.isNegative()) exprs[v] = { kind: 'neg', arg: exprs[v]! };
  const { eigen } = hessianAt(table, exprs, Math.min(digits, 20));
  const tested = secondDerivativeTest(eigen);
  // beside a degenerate zero the signs of the near-0 eigenvalues at the located point say nothing of the zero itself
  const c: Classification =
    s.kind === 'located' && s.singular && tested.test !== 'none'
      ? { kind: 'undetermined', degenerate: true, test: 'none', evidence: `${tested.evidence.replace(/: [^:]*$/, '')} at the located point: the Hessian is singular there, so their signs beside the zero do not classify it` }
      : tested;
  return {
    at,
    certainty: 'located',
    correctDigits: 0,
    value: evaluate(substitute(table.f, exprs), {}, { digits }).value,
    ...c,
    evidence: `located by Newton's method, not certified (${s.kind === 'located' ? s.why : ''}); ${c.evidence}${c === tested ? ' at the located point' : ''}`,
    eigenvalues: eigen.values,
    note: `|∇f| ≈ ${size.toSignificantDigits(3).toExponential()} at the located point`,
  };
}

function maxRadius(box: readonly Interval[]): string {
  const r = box.reduce((m, I) => Decimal.max(m, I.hi.minus(I.lo).div(2)), new Decimal(0));
  return r.toSignificantDigits(2, Decimal.ROUND_UP).toExponential();
}

function describeCurve(table: PartialTable, points: readonly Extract<Settled, { kind: 'curve' }>[], precision: number): CriticalCurve {
  const picked: Extract<Settled, { kind: 'curve' }>[] = [];
  const sorted = [...points].sort((a, b) => Math.atan2(a.x[1] ?? 0, a.x[0]!) - Math.atan2(b.x[1] ?? 0, b.x[0]!));
  const step = Math.max(1, Math.floor(sorted.length / 6));
  for (let i = 0; i < sorted.length && picked.length < 6; i += step) picked.push(sorted[i]!);
  let bound = new Decimal(0);
  const samples = picked.map((p) => {
    const r = refineOnCurve(table, p.x, precision);
    bound = Decimal.max(bound, r.size);
    return Object.fromEntries(table.vars.map((v, i) => [v, r.x[i]!.toSignificantDigits(12).toString()]));
  });
  const boundText = bound.isZero() ? '0' : bound.toSignificantDigits(2, Decimal.ROUND_UP).toExponential();
  return {
    samples,
    gradientBound: boundText,
    evidence: `${points.length} of the located zeros of ∇f are not isolated: restarting Newton's method a step t along the Hessian's null direction (t = 1e-3 and 1e-2 of the region) lands on another zero about t away, and the Hessian is singular there too; ∇f is below ${boundText} at the ${samples.length} samples refined at ${precision} digits (numerically, not a proof)`,
  };
}


function refineOnCurve(table: PartialTable, x: readonly number[], precision: number): { x: Decimal[]; size: Decimal } {
  const r = refine(table, x.map((v) => new Decimal(v)), precision, 40);
  return { x: r.x, size: gradientSize(table, r.x, precision) };
}
