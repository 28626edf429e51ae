/**
 * Differentiation with the CAS as an untrusted generator. The CAS differentiates the
 * whole expression (string route, constants exact); gradproof derives the same
 * derivative by its own rules ({@link ruleDerivative}) and compares the two at seeded
 * points to 20 digits. The CAS's form is kept when they agree; otherwise the rule-based
 * derivative is used and the CAS's wrong answer is reported in `casIssue`.
 * Final verification against finite differences is the verify layer's job.
 *
 * @module
 */
import { CasTimeoutError, InputError } from '../errors.js';
import { CasFailure, casDiff, DEFAULT_CAS_TIMEOUT_MS } from './cas.js';
import { PIECEWISE_FUNCTIONS } from './functions.js';
import { agreeAtSamples } from './compare.js';
import { parse } from './parse.js';
import { ruleDerivative } from './rules.js';
import { simplify } from './simplify.js';
import { containsCall, type Expr, format } from './tree.js';

/** Bound of the CAS simplification of a rule-based derivative, in ms. */
const SIMPLIFY_TIMEOUT_MS = 500;

/** Options of {@link derive}. */
export interface DeriveOptions {
  /** Order of the derivative (1…8). Default 1. */
  readonly order?: number;
  /** Bound of each CAS call in ms. Default {@link DEFAULT_CAS_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
}

/** A derivative and where it came from. */
export interface Derivation {
  /** The function differentiated. */
  readonly of: Expr;
  /** The derivative (agreeing with the rule-based one at every compared point). */
  readonly expr: Expr;
  /** The variable. */
  readonly wrt: string;
  /** The order. */
  readonly order: number;
  /** `cas`: the CAS's answer, confirmed by gradproof's rules; `rules`: gradproof's rule-based derivative. */
  readonly source: 'cas' | 'rules';
  /** The CAS's raw answer for the last order, when it gave one. */
  readonly cas?: string;
  /** Why the CAS's answer was not used (wrong, unreadable, timed out, piecewise). */
  readonly casIssue?: string;
}

function deriveOnce(e: Expr, wrt: string, timeoutMs: number): Omit<Derivation, 'of' | 'order'> {
  const rules = ruleDerivative(e, wrt);
  const tidied = (): Expr => simplify(rules, Math.min(timeoutMs, SIMPLIFY_TIMEOUT_MS)).expr;
  if (containsCall(e, PIECEWISE_FUNCTIONS)) {
    return { expr: tidied(), wrt, source: 'rules', casIssue: 'piecewise function: the CAS has no piecewise support' };
  }
  let cas: { tree: Expr; raw: string };
  try {
    cas = casDiff(e, wrt, 1, timeoutMs);
  } catch (err) {
    if (err instanceof CasFailure || err instanceof CasTimeoutError) {
      return { expr: tidied(), wrt, source: 'rules', casIssue: err.message };
    }
    throw err;
  }
  const check = agreeAtSamples(cas.tree, rules);
  if (check.agree) return { expr: cas.tree, wrt, source: 'cas', cas: cas.raw };
  const issue = check.where
    ? `the CAS answered ${cas.raw}, which is wrong at ${check.where}`
    : `the CAS answer ${cas.raw} could not be compared at any point`;
  return { expr: tidied(), wrt, source: 'rules', cas: cas.raw, casIssue: issue };
}

/**
 * The `order`-th partial derivative of `expr` with respect to `wrt`.
 *
 * @example
 * ```ts
 * const d = derive('log(1+e^x)', 'x');
 * format(d.expr); // '(1 + e^x)^(-1)*e^x'
 * d.source;       // 'cas'
 * derive('x*sqrt(x+1)', 'x').source; // 'rules' (the CAS's chain rule is wrong here)
 * ```
 */
export function derive(expr: Expr | string, wrt: string, options: DeriveOptions = {}): Derivation {
  const of = typeof expr === 'string' ? parse(expr) : expr;
  const order = options.order ?? 1;
  const key = `${format(of)}|${wrt}|${order}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = deriveUncached(of, wrt, order, options);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** Derivations are pure functions of (expression, variable, order): the last few hundred are kept. */
const CACHE_SIZE = 500;
const cache = new Map<string, Derivation>();

function deriveUncached(of: Expr, wrt: string, order: number, options: DeriveOptions): Derivation {
  if (!Number.isInteger(order) || order < 1 || order > 8) throw new InputError(`order must be an integer in 1…8, got ${order}`);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(wrt)) throw new InputError(`"${wrt}" is not a variable name`);
  let current = of;
  let last: Omit<Derivation, 'of' | 'order'> = { expr: of, wrt, source: 'cas' };
  let usedRules = false;
  const issues: string[] = [];
  for (let k = 0; k < order; k++) {
    last = deriveOnce(current, wrt, options.timeoutMs ?? DEFAULT_CAS_TIMEOUT_MS);
    if (last.source === 'rules') usedRules = true;
    if (last.casIssue) issues.push(order > 1 ? `order ${k + 1}: ${last.casIssue}` : last.casIssue);
    current = last.expr;
  }
  return {
    of,
    expr: current,
    wrt,
    order,
    source: usedRules ? 'rules' : 'cas',
    ...(last.cas !== undefined ? { cas: last.cas } : {}),
    ...(issues.length ? { casIssue: issues.join('; ') } : {}),
  };
}
