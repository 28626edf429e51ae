/**
 * The verdicts of the calculus tools: each is a {@link Verdict} (the one shape every check
 * returns) with the tool's own fields, and its status combines the checks it ran.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import { checkDigits, evaluate } from '../numeric/evaluate.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format } from '../symbolic/tree.js';
import type { Counterexample, Verdict, VerdictStatus } from '../verify/verdict.js';
import { checkDerivative, type DerivativeCheck, type EqualityCheck } from './adapter.js';
import type { Partial } from './partials.js';

/**
 * One derived and checked partial derivative.
 *
 * @example
 * ```ts
 * const p: PartialReport = gradient('x^2*y', { at: { x: '1', y: '2' } }).partials[0];
 * p.derivative; // '2*x*y'
 * p.value;      // '4'
 * ```
 */
export interface PartialReport {
  /** The variables differentiated by, in order (`['x']` is ∂f/∂x, `['x', 'y']` is ∂/∂y ∂f/∂x). */
  readonly path: readonly string[];
  /** The derivative as gradproof expression text. */
  readonly derivative: string;
  readonly tex: string;
  /** `cas`: the CAS's answer confirmed by gradproof's own rules; `rules`: gradproof's rules. */
  readonly source: 'cas' | 'rules';
  readonly casIssue?: string;
  /** The value at the point asked, to the digits asked (correct significant digits). */
  readonly value?: string;
  /** Its check against finite differences (of f, or of the lower partial it was derived from). */
  readonly check: DerivativeCheck;
}

/**
 * How the calculus tools check: digits (checked), points and seed, defaults filled in.
 *
 * @example
 * ```ts
 * checkSettings({ digits: 30 }); // { digits: 30, points: 12, seed: 1 } (the defaults)
 * ```
 */
export function checkSettings(options: { readonly digits?: number; readonly points?: number; readonly seed?: number }): { digits: number; points: number; seed: number } {
  return { digits: checkDigits(options.digits ?? DEFAULTS.digits), points: options.points ?? DEFAULTS.points, seed: options.seed ?? DEFAULTS.seed };
}

/**
 * The report of the partial `p` = ∂(of)/∂`by`: derived forms, its check against finite
 * differences of `of` (at the seeded points and at `at`), and with `value` its value at `at`.
 *
 * @example
 * ```ts
 * partialReport(f, 'x', table.get(['x']), checkSettings({}), { x: '1', y: '2' }, true).value; // ∂f/∂x at (1, 2)
 * ```
 */
export function partialReport(
  of: Expr,
  by: string,
  p: Partial,
  settings: { readonly digits: number; readonly points: number; readonly seed: number },
  at: Readonly<Record<string, string>> | undefined,
  value: boolean,
): PartialReport {
  const check = checkDerivative(of, by, p.expr, { ...settings, ...(at ? { at: [at] } : {}) });
  return {
    path: p.path,
    derivative: format(p.expr),
    tex: toTex(p.expr),
    source: p.source,
    ...(p.casIssue ? { casIssue: p.casIssue } : {}),
    ...(at && value ? { value: evaluate(p.expr, at, { digits: settings.digits }).value } : {}),
    check,
  };
}

/**
 * The status of several checks together: refuted if one is, inconclusive if one is,
 * proved if all are, verified otherwise.
 *
 * @example
 * ```ts
 * combineStatus(['proved', 'verified']); // 'verified'
 * ```
 */
export function combineStatus(statuses: readonly VerdictStatus[]): VerdictStatus {
  if (statuses.includes('refuted')) return 'refuted';
  if (statuses.includes('inconclusive')) return 'inconclusive';
  if (statuses.length > 0 && statuses.every((s) => s === 'proved')) return 'proved';
  return 'verified';
}

/**
 * The common verdict fields of a list of derivative checks.
 *
 * @example
 * ```ts
 * const v = derivativeVerdict('gradient', '∇(x^2*y)', partials.map((p) => p.check), 50, ['x']);
 * ```
 */
export function derivativeVerdict(
  kind: Verdict['kind'],
  subject: string,
  checks: readonly (DerivativeCheck | EqualityCheck)[],
  digits: number,
  extra: { readonly region?: string; readonly reason?: string } = {},
): Verdict {
  const status = combineStatus(checks.map((c) => c.status));
  const failing = checks.find((c) => c.counterexample);
  const counterexample: Counterexample | undefined = failing?.counterexample;
  const compared = checks.reduce((n, c) => n + c.points, 0);
  const agreed = checks.length ? Math.min(...checks.map((c) => c.digitsAgreed)) : 0;
  const failed = checks.filter((c) => !c.holds).length;
  return {
    kind,
    subject,
    status,
    holds: status === 'proved' || status === 'verified',
    method: 'numeric',
    digitsRequested: digits,
    digitsAgreed: agreed,
    points: compared,
    summary:
      failed === 0
        ? `${checks.length} derivative${checks.length === 1 ? '' : 's'} checked against finite differences: ${agreed} of ${digits} digits agree at every compared point`
        : `${failed} of ${checks.length} derivatives fail their check`,
    ...(counterexample ? { counterexample } : {}),
    ...extra,
  };
}
