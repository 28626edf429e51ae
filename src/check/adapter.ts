/**
 * The ONE place where `gradproof check` reads the results of the library's checks
 * ({@link checkIdentity}, {@link verifyDerivative}, {@link evaluate}, {@link derive}): each
 * a {@link Verdict}, turned into the small {@link Comparison} the checker works with.
 *
 * @module
 */
import { DomainError, GradproofError } from '../errors.js';
import { evaluate } from '../numeric/evaluate.js';
import { derive } from '../verify/derive.js';
import type { Expr } from '../symbolic/tree.js';
import { verifyDerivative } from '../verify/derivative.js';
import { checkIdentity } from '../verify/identity.js';
import type { Verdict } from '../verify/verdict.js';

/** What a comparison concluded, in the statuses of the shared Verdict type. */
export interface Comparison {
  readonly status: 'proved' | 'verified' | 'refuted' | 'inconclusive';
  readonly method: 'exact' | 'numeric' | 'symbolic' | 'both';
  /** Digits compared. */
  readonly digits: number;
  /** Points compared. */
  readonly points: number;
  /** The fewest digits agreed at a compared point. */
  readonly digitsAgreed: number;
  /** Where the two sides differ (values as decimal strings). */
  readonly counterexample?: { readonly at: Readonly<Record<string, string>>; readonly left: string; readonly right: string; readonly digitsAgreed: number };
  readonly reason?: string;
}

function read(r: Verdict, digits: number): Comparison {
  const base = { digits, points: r.points, digitsAgreed: r.digitsAgreed, method: (r.status === 'proved' ? 'both' : 'numeric') as Comparison['method'] };
  if (r.holds) return { ...base, status: r.status };
  const c = r.counterexample;
  if (c) return { ...base, status: 'refuted', counterexample: { at: c.at, left: c.claimed, right: c.reference, digitsAgreed: c.digitsAgreed ?? 0 } };
  return { ...base, status: 'inconclusive', reason: r.reason ?? 'nothing could be compared' };
}

/** Options of the comparisons. */
export interface CompareOptions {
  readonly digits: number;
  readonly points: number;
  readonly seed: number;
}

/**
 * Compares `a ≡ b`: symbolically by the CAS where it can (a deterministic budget of
 * steps: `proved`), and at seeded points.
 *
 * @example
 * ```ts
 * compareIdentity(parse('1 - tanh(x)^2'), parse('sech(x)^2'), { digits: 30, points: 16, seed: 1 }).status; // 'verified'
 * ```
 */
export function compareIdentity(a: Expr, b: Expr, options: CompareOptions): Comparison {
  try {
    const r = checkIdentity(a, b, { digits: options.digits, points: options.points, seed: options.seed });
    return read(r, options.digits);
  } catch (err) {
    if (err instanceof GradproofError) return { status: 'inconclusive', method: 'numeric', digits: options.digits, points: 0, digitsAgreed: 0, reason: err.message };
    throw err;
  }
}

/**
 * Checks a claimed derivative `d/dwrt f = claimed` against finite differences.
 *
 * @example
 * ```ts
 * compareDerivative(parse('x^3'), 'x', parse('3*x^2'), { digits: 30, points: 12, seed: 1 }).status; // 'verified'
 * ```
 */
export function compareDerivative(f: Expr, wrt: string, claimed: Expr, options: CompareOptions): Comparison {
  try {
    const r = verifyDerivative(f, wrt, { digits: options.digits, points: options.points, seed: options.seed, derivative: claimed });
    return read(r, options.digits);
  } catch (err) {
    if (err instanceof GradproofError) return { status: 'inconclusive', method: 'numeric', digits: options.digits, points: 0, digitsAgreed: 0, reason: err.message };
    throw err;
  }
}

/**
 * The `order`-th derivative of `e` (the CAS's, checked by gradproof's rules).
 *
 * @example
 * ```ts
 * format(derivativeOf(parse('x^2'), 'x', 1)); // '2*x'
 * ```
 */
export function derivativeOf(e: Expr, wrt: string, order: number): Expr {
  return derive(e, wrt, { order }).expr;
}

/**
 * The value of an expression without variables to `digits` correct digits, or the reason
 * it has none (outside the domain, a precision ceiling).
 *
 * @example
 * ```ts
 * numericValue(parse('e'), 10); // { value: '2.718281828' }
 * ```
 */
export function numericValue(e: Expr, digits: number): { value: string; zeroBound?: string } | { error: string } {
  try {
    const r = evaluate(e, {}, { digits });
    return r.zeroBound ? { value: r.value, zeroBound: r.zeroBound } : { value: r.value };
  } catch (err) {
    if (err instanceof DomainError || err instanceof GradproofError) return { error: err.message };
    throw err;
  }
}
