/**
 * Bounded, checked simplification: the CAS simplifies within a budget of steps, and its
 * answer is used only when it agrees numerically with the original. A spent budget or a
 * wrong answer means "no simplification", never a failure.
 *
 * @module
 */
import { CAS_STEPS, casSimplify } from '../symbolic/cas.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, format } from '../symbolic/tree.js';
import { agreeAtSamples } from './compare.js';

/** The outcome of {@link simplify}. */
export interface Simplification {
  /** The simplified tree, or the original when no checked simplification was found. */
  readonly expr: Expr;
  /** Whether `expr` differs from the input. */
  readonly simplified: boolean;
  /** Why the CAS's answer was not used, when it was not. */
  readonly note?: string;
}

/**
 * Simplifies with the CAS within a budget of `steps` and checks the answer at seeded points.
 *
 * @example
 * ```ts
 * format(simplify('x*(1+x)^(-1) + (1+x)^(-1)').expr); // '1'
 * ```
 */
export function simplify(expr: Expr | string, steps: number = CAS_STEPS.simplify): Simplification {
  const e = typeof expr === 'string' ? parse(expr) : expr;
  const s = casSimplify(e, steps);
  if (!s) return { expr: e, simplified: false, note: 'the CAS did not simplify within its budget' };
  if (format(s) === format(e)) return { expr: e, simplified: false };
  const check = agreeAtSamples(s, e);
  if (!check.agree) {
    return { expr: e, simplified: false, note: `the CAS's simplification ${format(s)} is wrong${check.where ? ` at ${check.where}` : ''}` };
  }
  // keep the shorter text: the CAS sometimes "simplifies" into a longer form
  return format(s).length <= format(e).length ? { expr: s, simplified: true } : { expr: e, simplified: false };
}
