/**
 * `gradproof hessian "<expression>" [--wrt x,y] [--at x=…,y=…] [--digits 50] [--points 12] [--json]`
 *
 * @module
 */
import { hessian } from '../calculus/hessian.js';
import { hessianText } from '../calculus/text.js';
import { print } from './args.js';
import { parseCalculus, sharedOptions } from './calculus-args.js';

export const usage = `gradproof hessian "<expression>" [--wrt x,y] [--at x=0.3,y=1.5] [--digits 50] [--points 12] [--json]

The Hessian matrix: every second partial derived from the first and checked against
finite differences of it; the equality of mixed partials proved by the CAS where it can
(otherwise checked numerically, and said so); at --at, the values and the eigenvalues to
--digits certified significant digits. Exit code 0 when verified, 1 when not, 2 on bad input.`;

/** Runs `gradproof hessian`; returns the exit code. */
export function runHessian(argv: string[]): number {
  const parsed = parseCalculus(argv, 'hessian', 'expression in quotes', { at: { type: 'string' } }, usage);
  if (!parsed) return 0;
  const { values, argument } = parsed;
  const v = hessian(argument, sharedOptions(values));
  print(values.json ? JSON.stringify(v, null, 2) : hessianText(v));
  return v.holds ? 0 : 1;
}
