/**
 * A quick numeric comparison of two trees at seeded points (16 digits): the arbiter that
 * accepts or rejects the CAS's answers (derivatives, simplifications) before anything
 * downstream sees them. The final verdicts come from the other checks of this folder.
 *
 * @module
 */
import { GradproofError } from '../errors.js';
import type { Env } from '../numeric/compile.js';
import { compileFast, evaluateFast } from '../numeric/engines.js';
import type { Evaluation } from '../numeric/evaluate.js';
import { digitsAgreed } from '../numeric/finite.js';
import { samplePoints } from '../numeric/sample.js';
import { type Expr, variables } from '../symbolic/tree.js';

/** Points and digits of the screening comparison (the verify layer is the real judge). */
const COMPARE_POINTS = 3;
const COMPARE_DIGITS = 16;

/**
 * Whether `a` and `b` agree to 16 digits at up to three seeded points where both are
 * defined; `where` names the first disagreement.
 *
 * @example
 * ```ts
 * agreeAtSamples(parse('2*x'), parse('x+x')); // { agree: true }
 * ```
 */
export function agreeAtSamples(a: Expr, b: Expr): { agree: boolean; where?: string } {
  const vars = [...new Set([...variables(a), ...variables(b)])];
  const ca = compileFast(a);
  const cb = compileFast(b);
  // the draw tests each point's domain with the comparison's own evaluations (both sides to
  // 16 guaranteed digits), so neither side is evaluated there twice
  const values = new Map<Env, [Evaluation, Evaluation] | undefined>();
  const points = samplePoints(ca, vars, {
    count: COMPARE_POINTS,
    seed: 7,
    tailShare: 0.1,
    defined: (env) => {
      try {
        values.set(env, [evaluateFast(ca, env, COMPARE_DIGITS, 400), evaluateFast(cb, env, COMPARE_DIGITS, 400)]);
      } catch (err) {
        // a value no precision settles is not a domain question: the point is drawn but not compared
        if (!(err instanceof GradproofError && err.code === 'precision')) throw err;
        values.set(env, undefined);
      }
    },
  });
  let compared = 0;
  for (const env of points) {
    const pair = values.get(env);
    if (!pair) continue;
    const [va, vb] = pair;
    compared++;
    if (va.value !== vb.value && digitsAgreed(va.decimal, vb.decimal, COMPARE_DIGITS) < COMPARE_DIGITS - 2) {
      const where = Object.entries(env)
        .map(([k, x]) => `${k}=${x.toString()}`)
        .join(', ');
      return { agree: false, where: `${where} (${va.value} vs ${vb.value})` };
    }
  }
  return { agree: compared >= Math.min(2, points.length) && compared > 0 };
}

