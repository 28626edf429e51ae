/**
 * `gradproof grad "<expression>" [--wrt x,y] [--at x=…,y=…] [--digits 50] [--points 12] [--json]`
 *
 * @module
 */
import { gradient } from '../calculus/gradient.js';
import { gradientText } from '../calculus/text.js';
import { print } from './args.js';
import { parseCalculus, sharedOptions } from './calculus-args.js';

export const usage = `gradproof grad "<expression>" [--wrt x,y] [--at x=0.3,y=1.5] [--digits 50] [--points 12] [--json]

Every partial derivative of the expression (derived, as text and TeX), each checked
against high-precision finite differences at seeded points (and at --at); at --at, the
values, the gradient's norm and its direction to --digits correct significant digits.
Exit code 0 when every partial is verified, 1 when not, 2 on bad input.`;

/** Runs `gradproof grad`; returns the exit code. */
export function runGrad(argv: string[]): number {
  const parsed = parseCalculus(argv, 'grad', 'expression in quotes', { at: { type: 'string' } }, usage);
  if (!parsed) return 0;
  const { values, argument } = parsed;
  const v = gradient(argument, sharedOptions(values));
  print(values.json ? JSON.stringify(v, null, 2) : gradientText(v));
  return v.holds ? 0 : 1;
}
