/**
 * The ONE place where `gradproof check` reads the results of the library's checks
 * ({@link checkIdentity}, {@link verifyDerivative}, {@link evaluate}, {@link derive}): each
 * a {@link Verdict}, turned into the small {@link Comparison} the checker works with.
 *
 * Every comparison here is a pure function of its arguments (expressions, digits, points,
 * seed), so its result is remembered for the run of the process: notes repeat themselves
 * (σ′ = σ(1 − σ) in every section), and the same comparison is never made twice. The CAS,
 * the slowest part, is asked only about identities that hold numerically.
 *
 * @module
 */
import { DomainError, GradproofError } from '../errors.js';
import { evaluate } from '../numeric/evaluate.js';
import { derive } from '../verify/derive.js';
import { CAS_STEPS, casProvesEqual } from '../symbolic/cas.js';
import { PIECEWISE_FUNCTIONS } from '../symbolic/functions.js';
import { containsCall, type Expr, format } from '../symbolic/tree.js';
import { verifyDerivative } from '../verify/derivative.js';
import { checkIdentity } from '../verify/identity.js';
import { screenDerivative } from './screen.js';
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

/** A bounded memo (oldest entries dropped first). */
class Memo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly size: number) {}
  get(key: string, make: () => T): T {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (this.map.size >= this.size) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }
}

const identities = new Memo<Comparison>(4000);
const derivatives = new Memo<Comparison>(2000);
const values = new Memo<{ value: string; zeroBound?: string } | { error: string }>(4000);
const cas = new Memo<boolean>(4000);

/**
 * Compares `a ≡ b` at seeded points (drawn on `interval` alone when one is given) and, when they all agree and `numericOnly` is not set,
 * asks the CAS to reduce a − b to 0 within its deterministic budget of steps (`proved`).
 *
 * @example
 * ```ts
 * compareIdentity(parse('1 - tanh(x)^2'), parse('sech(x)^2'), { digits: 30, points: 16, seed: 1 }).status; // 'verified'
 * ```
 */
export function compareIdentity(a: Expr, b: Expr, options: CompareOptions & { readonly numericOnly?: boolean; readonly interval?: readonly [string, string] }): Comparison {
  const key = `${format(a)}\u0000${format(b)}\u0000${options.digits}:${options.points}:${options.seed}:${options.numericOnly === true}:${options.interval?.join(',') ?? ''}`;
  return identities.get(key, () => {
    let c: Comparison;
    try {
      c = read(checkIdentity(a, b, { digits: options.digits, points: options.points, seed: options.seed, numericOnly: true, ...(options.interval ? { interval: options.interval } : {}) }), options.digits);
    } catch (err) {
      if (err instanceof GradproofError) return { status: 'inconclusive', method: 'numeric', digits: options.digits, points: 0, digitsAgreed: 0, reason: err.message };
      throw err;
    }
    if (c.status === 'verified' && !options.numericOnly && casEqual(a, b)) return { ...c, status: 'proved', method: 'both' };
    return c;
  });
}

/**
 * Whether `a − b` reduces to 0 symbolically (`casProvesEqual`: exact rational-function
 * arithmetic or the CAS, within its deterministic budget of steps; `false`:
 * not shown). Expressions with piecewise functions (abs, max …) are not given to it.
 *
 * @example
 * ```ts
 * casEqual(parse('alpha*(e^z - 1)'), parse('alpha*e^z - alpha')); // true
 * ```
 */
export function casEqual(a: Expr, b: Expr): boolean {
  if (containsCall(a, PIECEWISE_FUNCTIONS) || containsCall(b, PIECEWISE_FUNCTIONS)) return false;
  return cas.get(`${format(a)}\u0000${format(b)}`, () => {
    try {
      return casProvesEqual(a, b, CAS_STEPS.identity);
    } catch (err) {
      if (err instanceof GradproofError) return false;
      throw err;
    }
  });
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
  return derivatives.get(`${format(f)}\u0000${wrt}\u0000${format(claimed)}\u0000${options.digits}:${options.points}:${options.seed}`, () => {
    try {
      // a point the cheap screen suspects is checked first, alone: a refutation there needs no other point
      const suspect = screenDerivative(f, wrt, claimed, options);
      if (suspect) {
        const one = verifyDerivative(f, wrt, { digits: options.digits, points: 0, seed: options.seed, derivative: claimed, at: [suspect] });
        if (one.status === 'refuted') return read(one, options.digits);
      }
      const r = verifyDerivative(f, wrt, { digits: options.digits, points: options.points, seed: options.seed, derivative: claimed });
      return read(r, options.digits);
    } catch (err) {
      if (err instanceof GradproofError) return { status: 'inconclusive', method: 'numeric', digits: options.digits, points: 0, digitsAgreed: 0, reason: err.message };
      throw err;
    }
  });
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
  return values.get(`${format(e)}\u0000${digits}`, () => {
    try {
      const r = evaluate(e, {}, { digits });
      return r.zeroBound ? { value: r.value, zeroBound: r.zeroBound } : { value: r.value };
    } catch (err) {
      if (err instanceof DomainError || err instanceof GradproofError) return { error: err.message };
      throw err;
    }
  });
}
