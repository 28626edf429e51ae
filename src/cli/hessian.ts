/**
 * `gradproof hessian "<expression>" [--wrt x,y] [--at x=…,y=…] [--digits 50] [--points 12] [--json]`
 *
 * @module
 */
import { hessian } from '../calculus/hessian.js';
import { hessianText } from '../calculus/text.js';
import { InputError } from '../errors.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, pointOption, print } from './args.js';
import { countOption, listOption } from './calculus-args.js';

export const usage = `gradproof hessian "<expression>" [--wrt x,y] [--at x=0.3,y=1.5] [--digits 50] [--points 12] [--json]

The Hessian matrix: every second partial derived from the first and checked against
finite differences of it; the equality of mixed partials proved by the CAS where it can
(otherwise checked numerically, and said so); at --at, the values and the eigenvalues to
--digits certified significant digits. Exit code 0 when verified, 1 when not, 2 on bad input.`;

/** Runs `gradproof hessian`; returns the exit code. */
export function runHessian(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    wrt: { type: 'string' },
    at: { type: 'string' },
    digits: { type: 'string' },
    points: { type: 'string' },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(`hessian takes one expression in quotes, got ${positionals.length} arguments`);
  const v = hessian(positionals[0]!, {
    digits: digitsOption(values.digits),
    ...(values.wrt !== undefined ? { wrt: listOption(values.wrt, '--wrt') } : {}),
    ...(values.at !== undefined ? { at: pointOption(values.at) } : {}),
    ...(values.points !== undefined ? { points: countOption(values.points, '--points', 0, 1000) } : {}),
  });
  print(values.json ? JSON.stringify(v, null, 2) : hessianText(v));
  return v.holds ? 0 : 1;
}
