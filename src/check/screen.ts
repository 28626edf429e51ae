/**
 * A cheap screen before an expensive check: it never decides anything, it only points the
 * check at a point worth looking at first. The claimed derivative is compared with
 * gradproof's own rule-based derivative at low precision at the same seeded points the full
 * check draws; the first point where the two clearly differ is handed to the full check
 * (finite differences of f at the digits requested) as its one point. When that check
 * refutes there, the refutation is as sound as one found among all the points; otherwise
 * the full check runs as before.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError } from '../errors.js';
import { compile, type Env } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { samplePoints } from '../numeric/sample.js';
import { ruleDerivative } from '../symbolic/rules.js';
import { type Expr, treeSize, variables } from '../symbolic/tree.js';

/** Largest function (tree nodes) screened; bigger ones go straight to the full check. */
const MAX_NODES = 400;
/** Points screened: the first few of the full check's (a wrong formula is wrong almost everywhere). */
const SCREENED = 4;
/** Working precision of the screen, and the relative difference it calls clear. */
const PRECISION = 24;
const CLEAR = new Decimal('1e-8');

/**
 * The first of the full check's first seeded points where the claimed derivative clearly
 * differs from the rule-based one at low precision, as decimal strings; `undefined` when
 * none does (or the screen cannot tell).
 *
 * @example
 * ```ts
 * screenDerivative(parse('x^3'), 'x', parse('2*x^2'), { points: 16, seed: 1 }); // { x: '…' }
 * screenDerivative(parse('x^3'), 'x', parse('3*x^2'), { points: 16, seed: 1 }); // undefined
 * ```
 */
export function screenDerivative(f: Expr, wrt: string, claimed: Expr, options: { readonly points: number; readonly seed: number }): Record<string, string> | undefined {
  if (treeSize(f) > MAX_NODES) return undefined;
  try {
    const reference = compile(ruleDerivative(f, wrt));
    const claim = compile(claimed);
    const vars = [...new Set([...variables(f), ...variables(claimed), wrt])].sort();
    // the same draws as verifyDerivative's, so the first of its points in the same order
    const points = samplePoints(compile(f), vars, { fixed: Object.create(null), count: Math.min(options.points, SCREENED), seed: options.seed });
    const D = decimalContext(PRECISION);
    for (const env of points) {
      const diff = differs(() => reference(D, env), () => claim(D, env));
      if (diff) return Object.fromEntries(Object.entries(env as Env).map(([k, x]) => [k, x.toString()]));
    }
  } catch (err) {
    if (err instanceof GradproofError) return undefined;
    throw err;
  }
  return undefined;
}

/** Whether two values clearly differ (both defined and finite, relative difference above {@link CLEAR}). */
function differs(a: () => Decimal, b: () => Decimal): boolean {
  let x: Decimal;
  let y: Decimal;
  try {
    x = a();
    y = b();
  } catch (err) {
    if (err instanceof DomainError || err instanceof GradproofError) return false;
    throw err;
  }
  if (!x.isFinite() || !y.isFinite()) return false;
  const scale = Decimal.max(x.abs(), y.abs());
  if (scale.isZero()) return false;
  return x.minus(y).abs().div(scale).gt(CLEAR);
}
