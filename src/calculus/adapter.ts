/**
 * The one place where the calculus tools read the results of {@link verifyDerivative} and
 * {@link checkIdentity}. Everything else in `src/calculus/` sees only the two small shapes
 * below, so a change of those results' fields touches this file alone.
 *
 * @module
 */
import type { Coordinate } from '../numeric/evaluate.js';
import type { Expr } from '../symbolic/tree.js';
import { type PointStatus, verifyDerivative } from '../verify/derivative.js';
import { checkIdentity } from '../verify/identity.js';
import type { Counterexample, VerdictStatus } from '../verify/verdict.js';

/**
 * What the calculus tools need of one derivative check.
 *
 * @example
 * ```ts
 * const c: DerivativeCheck = checkDerivative('x^2*y', 'x', '2*x*y', { digits: 30, at: [{ x: '1', y: '2' }] });
 * c.holds; // true
 * ```
 */
export interface DerivativeCheck {
  readonly holds: boolean;
  readonly status: VerdictStatus;
  readonly digitsRequested: number;
  /** Fewest significant digits agreed at a compared point. */
  readonly digitsAgreed: number;
  /** How many points were compared. */
  readonly points: number;
  readonly summary: string;
  readonly counterexample?: Counterexample;
  readonly reason?: string;
  /** The comparisons at the points the caller named (`at`), in the order given. */
  readonly named: readonly NamedCheck[];
}

/**
 * One comparison at a named point: the formula's value, the finite difference of f, and
 * what holding one against the other found (`zero`: both are 0 within `zeroBound` on the
 * scale of f, as ∂f/∂x is at a critical point).
 *
 * @example
 * ```ts
 * const c: NamedCheck = checkDerivative('x^2 + y^2', 'x', '2*x', { digits: 30, points: 0, seed: 1, at: [{ x: '0', y: '1' }] }).named[0];
 * c.status;    // 'zero'
 * c.zeroBound; // '1e-30'
 * ```
 */
export interface NamedCheck {
  readonly at: Readonly<Record<string, string>>;
  readonly status: PointStatus;
  readonly ok: boolean;
  /** The formula's value there, to the digits asked (`0 (|·| < …)` when it cancels to a bound). */
  readonly derivative: string;
  readonly finiteDifference: string;
  readonly digitsAgreed: number;
  readonly zeroBound?: string;
  readonly note?: string;
}

/**
 * What the calculus tools need of one identity check.
 *
 * @example
 * ```ts
 * const c: EqualityCheck = checkEqual('2*x*y', 'y*x*2', { digits: 30 });
 * c.status; // 'proved' (the CAS reduced the difference to 0)
 * ```
 */
export interface EqualityCheck {
  readonly holds: boolean;
  /** `proved` when the CAS reduced a − b to 0 and no point disagreed; `verified` when only points agree. */
  readonly status: VerdictStatus;
  readonly method: 'symbolic' | 'numeric' | 'both';
  readonly digitsAgreed: number;
  readonly points: number;
  readonly summary: string;
  readonly counterexample?: Counterexample;
  readonly reason?: string;
}

/** Options passed through to the derivative check. */
export interface DerivativeCheckOptions {
  readonly digits: number;
  readonly points: number;
  readonly seed: number;
  readonly at?: readonly Readonly<Record<string, Coordinate>>[];
}

/**
 * Checks `derivative` as ∂f/∂wrt against high-precision finite differences of `f` (at
 * seeded points plus `options.at`), by {@link verifyDerivative}.
 *
 * @example
 * ```ts
 * checkDerivative('sin(x)', 'x', 'sin(x)', { digits: 20, points: 4, seed: 1 }).holds; // false
 * ```
 */
export function checkDerivative(f: Expr | string, wrt: string, derivative: Expr | string, options: DerivativeCheckOptions): DerivativeCheck {
  const v = verifyDerivative(f, wrt, {
    digits: options.digits,
    points: options.points,
    seed: options.seed,
    derivative,
    ...(options.at ? { at: options.at } : {}),
  });
  return {
    holds: v.holds,
    status: v.status,
    digitsRequested: v.digitsRequested,
    digitsAgreed: v.digitsAgreed,
    points: v.points,
    summary: v.summary,
    ...(v.counterexample ? { counterexample: v.counterexample } : {}),
    ...(v.reason ? { reason: v.reason } : {}),
    named: v.checks
      .filter((c) => c.named)
      .map((c) => ({
        at: c.at,
        status: c.status,
        ok: c.ok,
        derivative: c.derivative,
        finiteDifference: c.finiteDifference,
        digitsAgreed: c.digitsAgreed,
        ...(c.zeroBound ? { zeroBound: c.zeroBound } : {}),
        ...(c.note ? { note: c.note } : {}),
      })),
  };
}

/**
 * Checks `a ≡ b` by {@link checkIdentity}: symbolically by the CAS where it can, always
 * numerically at seeded points (one point when neither side has a variable).
 *
 * @example
 * ```ts
 * checkEqual('-14 + 2*3 + 2*2^2 + 4*(-11 + 3^2 + 2)*3', '0', { digits: 30 }).status; // 'proved'
 * ```
 */
export function checkEqual(a: Expr | string, b: Expr | string, options: { readonly digits: number; readonly points?: number; readonly seed?: number }): EqualityCheck {
  const v = checkIdentity(a, b, { digits: options.digits, ...(options.points !== undefined ? { points: options.points } : {}), ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  return {
    holds: v.holds,
    status: v.status,
    method: v.method === 'symbolic' || v.method === 'both' ? v.method : 'numeric',
    digitsAgreed: v.digitsAgreed,
    points: v.points,
    summary: v.summary,
    ...(v.counterexample ? { counterexample: v.counterexample } : {}),
    ...(v.reason ? { reason: v.reason } : {}),
  };
}
