/**
 * `gradproof critical "<expression>" [--wrt x,y] [--in x=a..b,y=c..d] [--digits 50] [--budget 4000] [--json]`
 *
 * @module
 */
import { criticalPoints } from '../calculus/critical.js';
import { parseRegion } from '../calculus/region.js';
import { criticalText } from '../calculus/text.js';
import { InputError } from '../errors.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, print } from './args.js';
import { countOption, listOption } from './calculus-args.js';

export const usage = `gradproof critical "<expression>" [--wrt x,y] [--in x=-5..5,y=-5..5] [--digits 50] [--budget 4000] [--points 12] [--json]

The critical points (∇f = 0) in the box --in (default −10..10 for every variable): exact
rational points proved by the CAS, others enclosed by Krawczyk's test to --digits certified
digits; each classified (minimum, maximum, saddle, inflection) by the Hessian's certified
eigenvalues, degenerate ones by higher-order terms where possible; a curve of critical
points is said; interval arithmetic proves when no other critical point is in the box.
Exit code 0 when every check holds, 1 when a check fails or nothing could be concluded, 2 on bad input.`;

/** Runs `gradproof critical`; returns the exit code. */
export function runCritical(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    wrt: { type: 'string' },
    in: { type: 'string' },
    digits: { type: 'string' },
    budget: { type: 'string' },
    points: { type: 'string' },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(`critical takes one expression in quotes, got ${positionals.length} arguments`);
  const v = criticalPoints(positionals[0]!, {
    digits: digitsOption(values.digits),
    ...(values.wrt !== undefined ? { wrt: listOption(values.wrt, '--wrt') } : {}),
    ...(values.in !== undefined ? { region: parseRegion(values.in) } : {}),
    ...(values.budget !== undefined ? { budget: countOption(values.budget, '--budget', 1, 1_000_000) } : {}),
    ...(values.points !== undefined ? { points: countOption(values.points, '--points', 0, 1000) } : {}),
  });
  print(values.json ? JSON.stringify(v, null, 2) : criticalText(v));
  return v.holds ? 0 : 1;
}
