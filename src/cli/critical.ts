/**
 * `gradproof critical "<expression>" [--wrt x,y] [--in x=a..b,y=c..d] [--digits 50] [--budget 4000] [--json]`
 *
 * @module
 */
import { criticalPoints } from '../calculus/critical.js';
import { parseRegion } from '../calculus/region.js';
import { criticalText } from '../calculus/text.js';
import { print } from './args.js';
import { countOption, parseCalculus, sharedOptions } from './calculus-args.js';

export const usage = `gradproof critical "<expression>" [--wrt x,y] [--in x=-5..5,y=-5..5] [--digits 50] [--budget 4000] [--points 12] [--json]

The critical points (∇f = 0) in the box --in (default −10..10 for every variable): exact
rational points proved by the CAS, others enclosed by Krawczyk's test to --digits certified
digits; each classified (minimum, maximum, saddle, inflection) by the Hessian's certified
eigenvalues, degenerate ones by higher-order terms where possible; a curve of critical
points is said; interval arithmetic proves when no other critical point is in the box.
Exit code 0 when every check holds, 1 when a check fails or nothing could be concluded, 2 on bad input.`;

/** Runs `gradproof critical`; returns the exit code. */
export function runCritical(argv: string[]): number {
  const parsed = parseCalculus(argv, 'critical', 'expression in quotes', { in: { type: 'string' }, budget: { type: 'string' } }, usage);
  if (!parsed) return 0;
  const { values, argument } = parsed;
  const v = criticalPoints(argument, {
    ...sharedOptions(values),
    ...(values.in !== undefined ? { region: parseRegion(values.in) } : {}),
    ...(values.budget !== undefined ? { budget: countOption(values.budget, '--budget', 1, 1_000_000) } : {}),
  });
  print(values.json ? JSON.stringify(v, null, 2) : criticalText(v));
  return v.holds ? 0 : 1;
}
