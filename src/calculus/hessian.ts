/**
 * The Hessian H = (∂²f/∂xᵢ∂xⱼ): every entry derived once from the (checked) first partial
 * and checked against finite differences of it; the equality of mixed partials proved by
 * where ∂²f/∂x∂y − ∂²f/∂y∂x reduces to 0 symbolically, otherwise checked numerically (and
 * said so); at a point, the values and the eigenvalues with certified digits.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import type { Coordinate } from '../numeric/evaluate.js';
import { type Expr, format, variables } from '../symbolic/tree.js';
import type { Verdict } from '../verify/verdict.js';
import { checkEqual, type EqualityCheck } from './adapter.js';
import { gradientOf } from './gradient.js';
import { type EigenReport, hessianAt } from './hessian-values.js';
import { checkPoint, pointExprs, resolveWrt, toExpr } from './inputs.js';
import { PartialTable } from './partials.js';
import { checkSettings, combineStatus, derivativeVerdict, type PartialReport, partialReport } from './verdict.js';

/**
 * Options of {@link hessian}.
 *
 * @example
 * ```ts
 * const o: HessianOptions = { at: { x: '1', y: '2' }, digits: 50 };
 * ```
 */
export interface HessianOptions {
  /** The variables, in order (default: all of the expression's, sorted). */
  readonly wrt?: readonly string[];
  /** The point for values and eigenvalues (every variable of the expression). */
  readonly at?: Readonly<Record<string, Coordinate>>;
  /** Correct significant digits of values and eigenvalues; digits each check agrees to. Default 50. */
  readonly digits?: number;
  /** Seeded random points of each check. Default 12. */
  readonly points?: number;
  readonly seed?: number;
}

/**
 * The equality of one pair of mixed partials.
 *
 * @example
 * ```ts
 * const s: SymmetryCheck = hessian('x^2*y^3').symmetry[0];
 * s.check.status; // 'proved'
 * ```
 */
export interface SymmetryCheck {
  readonly pair: readonly [string, string];
  readonly check: EqualityCheck;
}

/**
 * The result of {@link hessian}.
 *
 * @example
 * ```ts
 * const h: HessianVerdict = hessian('x^2 - y^2', { at: { x: '0', y: '0' } });
 * h.eigenvalues?.map((e) => e.value); // ['-2', '2']
 * ```
 */
export interface HessianVerdict extends Verdict {
  readonly kind: 'derivative';
  readonly tool: 'hessian';
  readonly expr: string;
  readonly wrt: readonly string[];
  readonly digits: number;
  readonly at?: Readonly<Record<string, string>>;
  /** The first partials, each checked against f. */
  readonly gradient: readonly PartialReport[];
  /** `entries[i][j]` = ∂/∂xⱼ (∂f/∂xᵢ), checked against finite differences of ∂f/∂xᵢ. */
  readonly entries: readonly (readonly PartialReport[])[];
  /** One check per pair i < j: ∂²f/∂xᵢ∂xⱼ ≡ ∂²f/∂xⱼ∂xᵢ. */
  readonly symmetry: readonly SymmetryCheck[];
  /** `proved` (the CAS, every pair), `verified` (numerically), `refuted`, or `inconclusive`. */
  readonly symmetric: Verdict['status'];
  /** The values at the point, to `digits` digits. */
  readonly values?: readonly (readonly string[])[];
  /** The eigenvalues at the point, ascending, each with the digits its enclosure certifies. */
  readonly eigenvalues?: EigenReport['values'];
  readonly eigenvectors?: EigenReport['vectors'];
  /** How the eigenvalues were computed and certified. */
  readonly eigenMethod?: string;
}

/**
 * The Hessian of `expr`, every entry checked, its symmetry proved or checked.
 *
 * @example
 * ```ts
 * const h = hessian('x^3 - 3*x*y^2', { at: { x: '1', y: '2' }, digits: 30 });
 * h.values;    // [['6', '-12'], ['-12', '-6']]
 * h.symmetric; // 'proved'
 * ```
 */
export function hessian(expr: Expr | string, options: HessianOptions = {}): HessianVerdict {
  const f = toExpr(expr);
  const wrt = resolveWrt(f, options.wrt);
  return hessianOf(new PartialTable(f, wrt), options);
}

/** The Hessian from a table whose partials may already be derived. */
export function hessianOf(table: PartialTable, options: Omit<HessianOptions, 'wrt'>): HessianVerdict {
  const f = table.f;
  const settings = checkSettings(options);
  const { digits, seed } = settings;
  const vars = [...new Set([...table.vars, ...variables(f)])];
  const at = options.at ? checkPoint(options.at, vars, '--at') : undefined;
  const grad = gradientOf(table, { ...settings, ...(at ? { at } : {}) });
  // each second partial checked against finite differences of the first it was derived from
  const entries = table.vars.map((xi) => table.vars.map((xj) => partialReport(table.get([xi]).expr, xj, table.get([xi, xj]), settings, at, false)));
  const symmetry: SymmetryCheck[] = [];
  for (let i = 0; i < table.vars.length; i++) {
    for (let j = i + 1; j < table.vars.length; j++) {
      const a = table.get([table.vars[i]!, table.vars[j]!]).expr;
      const b = table.get([table.vars[j]!, table.vars[i]!]).expr;
      symmetry.push({ pair: [table.vars[i]!, table.vars[j]!], check: checkEqual(a, b, { digits: Math.min(digits, DEFAULTS.identityDigits), seed }) });
    }
  }
  const symmetric = symmetry.length === 0 ? 'proved' : symmetryStatus(symmetry);
  const checks = [...grad.partials.map((p) => p.check), ...entries.flat().map((e) => e.check)];
  const subject = `the Hessian of ${format(f)} with respect to (${table.vars.join(', ')})`;
  const derivatives = derivativeVerdict('derivative', subject, checks, digits);
  const status = combineStatus([derivatives.status, symmetric]);
  const failedSymmetry = symmetry.find((s) => s.check.counterexample);
  const base = {
    ...derivatives,
    status,
    holds: status === 'proved' || status === 'verified',
    ...(!derivatives.counterexample && failedSymmetry?.check.counterexample ? { counterexample: failedSymmetry.check.counterexample } : {}),
  };
  const symmetryText =
    symmetric === 'proved'
      ? symmetry.length
        ? 'symmetric: mixed partials proved equal by the CAS'
        : 'symmetric (one variable)'
      : symmetric === 'verified'
        ? `symmetric numerically: mixed partials agree at ${Math.min(...symmetry.map((s) => s.check.points))} points (the CAS did not prove it)`
        : 'NOT symmetric: mixed partials differ';
  let valuesAt: { values: string[][]; eigen: EigenReport } | undefined;
  if (at && (symmetric === 'proved' || symmetric === 'verified')) valuesAt = hessianAt(table, pointExprs(at), digits);
  return {
    ...base,
    kind: 'derivative',
    tool: 'hessian',
    summary: `${base.summary}; ${symmetryText}`,
    expr: format(f),
    wrt: table.vars,
    digits,
    ...(at ? { at } : {}),
    gradient: grad.partials,
    entries: entries.map((row, i) => row.map((e, j) => (valuesAt ? { ...e, value: valuesAt.values[i]![j]! } : e))),
    symmetry,
    symmetric,
    ...(valuesAt
      ? { values: valuesAt.values, eigenvalues: valuesAt.eigen.values, eigenvectors: valuesAt.eigen.vectors, eigenMethod: valuesAt.eigen.method }
      : {}),
  };
}

function symmetryStatus(checks: readonly SymmetryCheck[]): Verdict['status'] {
  const s = checks.map((c) => c.check.status);
  if (s.includes('refuted')) return 'refuted';
  if (s.includes('inconclusive')) return 'inconclusive';
  return s.every((x) => x === 'proved') ? 'proved' : 'verified';
}
