/**
 * Differentiation with the CAS as an untrusted generator. The CAS differentiates the
 * whole expression (string route, constants exact); gradproof derives the same
 * derivative by its own rules (`symbolic/rules.ts`) and compares the two at seeded
 * points to 16 digits. The CAS's form is kept when they agree; otherwise the rule-based
 * derivative is used, tidied by gradproof's own exact rewriting, and the CAS's wrong answer
 * is reported in `casIssue`. The CAS is
 * asked only about expressions of bounded size and within a budget of steps, so the same
 * input gives the same derivation on every machine. The final check against finite
 * differences is {@link verifyDerivative}'s.
 *
 * @module
 */
import { CasTimeoutError, InputError } from '../errors.js';
import { CAS_STEPS, CasFailure, casDiff } from '../symbolic/cas.js';
import { PIECEWISE_FUNCTIONS } from '../symbolic/functions.js';
import { parse } from '../symbolic/parse.js';
import { ruleDerivative } from '../symbolic/rules.js';
import { tidyForm } from '../symbolic/readable.js';
import { containsCall, type Expr, format, treeSize } from '../symbolic/tree.js';
import { agreeAtSamples } from './compare.js';

/**
 * A rule-based derivative as it is read: gradproof's own exact rewriting (coefficients
 * folded and factors collected: `symbolic/readable.ts`'s tidy form), kept when
 * it agrees with the rules' tree at the seeded points and is no longer. The CAS's
 * `simplify` did this before; on the catalogue and bench/foundation.ts's expressions it gave
 * up on every derivative above 40 nodes after 30–150 ms, and took 10–40 ms on the others.
 */
function tidied(rules: Expr): Expr {
  if (treeSize(rules) > CAS_MAX_NODES) return rules;
  const tidy = tidyForm(rules);
  if (format(tidy).length > format(rules).length || !agreeAtSamples(tidy, rules).agree) return rules;
  return tidy;
}

/**
 * Largest expression (in tree nodes) sent to the CAS. Bigger ones are differentiated by
 * gradproof's rules alone (linear in the size of the tree), because the CAS's work grows
 * much faster than its step count on long sums and deep nests.
 */
export const CAS_MAX_NODES = 250;

/**
 * Largest derivative (in tree nodes) gradproof goes on with: a product of n factors has a
 * derivative of about n² nodes, and every later stage (simplify, compile, evaluate) is
 * bounded by this size.
 */
export const MAX_DERIVED_NODES = 20_000;

/** Options of {@link derive}. */
export interface DeriveOptions {
  /** Order of the derivative (1…8). Default 1. */
  readonly order?: number;
  /** Step budget of each CAS call (a deterministic bound). Default `CAS_STEPS.diff`. */
  readonly casSteps?: number;
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
  /** Why the CAS's answer was not used (wrong, unreadable, out of steps, too large, piecewise). */
  readonly casIssue?: string;
}

function deriveOnce(e: Expr, wrt: string, steps: number): Omit<Derivation, 'of' | 'order'> {
  const rules = ruleDerivative(e, wrt);
  if (containsCall(e, PIECEWISE_FUNCTIONS)) {
    return { expr: tidied(rules), wrt, source: 'rules', casIssue: 'piecewise function: the CAS has no piecewise support' };
  }
  const size = treeSize(e);
  if (size > CAS_MAX_NODES) {
    return { expr: rules, wrt, source: 'rules', casIssue: `not sent to the CAS: ${size} nodes, more than its limit of ${CAS_MAX_NODES}` };
  }
  let cas: { tree: Expr; raw: string };
  try {
    cas = casDiff(e, wrt, 1, steps);
  } catch (err) {
    if (err instanceof CasFailure || err instanceof CasTimeoutError) {
      return { expr: tidied(rules), wrt, source: 'rules', casIssue: err.message };
    }
    throw err;
  }
  const check = agreeAtSamples(cas.tree, rules);
  if (check.agree) return { expr: cas.tree, wrt, source: 'cas', cas: cas.raw };
  const issue = check.where
    ? `the CAS answered ${cas.raw}, which is wrong at ${check.where}`
    : `the CAS answer ${cas.raw} could not be compared at any point`;
  return { expr: tidied(rules), wrt, source: 'rules', cas: cas.raw, casIssue: issue };
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
  const steps = options.casSteps ?? CAS_STEPS.diff;
  // every option that changes the result is part of the key
  const key = `${format(of)}|${wrt}|${order}|${steps}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = deriveUncached(of, wrt, order, steps);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** Derivations are pure functions of (expression, variable, order, budget): the last few hundred are kept. */
const CACHE_SIZE = 500;
const cache = new Map<string, Derivation>();

function deriveUncached(of: Expr, wrt: string, order: number, steps: number): Derivation {
  if (!Number.isInteger(order) || order < 1 || order > 8) throw new InputError(`order must be an integer in 1…8, got ${order}`);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(wrt)) throw new InputError(`"${wrt}" is not a variable name`);
  if (!Number.isInteger(steps) || steps < 1) throw new InputError(`casSteps must be a positive integer, got ${steps}`);
  let current = of;
  let last: Omit<Derivation, 'of' | 'order'> = { expr: of, wrt, source: 'cas' };
  let usedRules = false;
  const issues: string[] = [];
  for (let k = 0; k < order; k++) {
    last = deriveOnce(current, wrt, steps);
    const size = treeSize(last.expr);
    if (size > MAX_DERIVED_NODES) {
      throw new InputError(`the ${order > 1 ? `order-${k + 1} ` : ''}derivative has ${size} nodes, more than the limit of ${MAX_DERIVED_NODES}: the expression is too large to differentiate and verify in bounded time`);
    }
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
